package org.confed.domain.model;

import java.util.List;
import org.confed.domain.meta.MaxLength;
import org.confed.domain.meta.Required;
import org.confed.domain.meta.ValueOf;

/**
 * Another value for one of a record's fields, as another source reports it. The record keeps the value the registry
 * prefers; the dispute keeps the other, with its sources.
 *
 * @param field   the disputed field's name, snake_case ({@code start})
 * @param value   the other value, of the field's own type (a date for {@code start}, a state code for {@code state})
 * @param sources who reports it; at least one
 * @param note    a note, or {@code null}
 */
public record Dispute(
        @Required @MaxLength(60) String field,
        @Required @ValueOf("field") Object value,
        @Required List<Citation> sources,
        @MaxLength(2000) String note) {

    /**
     * Checks that every part is present and keeps an unmodifiable copy of the sources. That the value fits its field
     * is checked by the record that holds the dispute.
     *
     * @param field   the disputed field
     * @param value   the other value
     * @param sources who reports it
     * @param note    a note, or {@code null}
     * @throws InvalidFieldException naming the part at fault
     */
    public Dispute {
        field = Checks.requiredText(field, "dispute.field", 60);
        Checks.required(value, "dispute.value");
        sources = Checks.distinctList(sources, "dispute.sources");
        if (sources.isEmpty()) {
            throw new InvalidFieldException("dispute.sources", "is required: a dispute names who reports the other value");
        }
        note = Checks.text(note, "dispute.note", 2000);
    }
}
