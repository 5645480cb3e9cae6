package org.confed.domain.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.domain.schema.ValueKind;

/**
 * The words a search finds a record by: those of its searchable fields ({@link org.confed.domain.meta.Searchable}),
 * folded ({@link TextFold}). A store indexes them; the in-memory registry matches them directly.
 */
public final class SearchWords {
    private SearchWords() {
    }

    /**
     * The distinct folded words of a record's searchable fields.
     *
     * @param record a record
     * @return its words, in the order they first appear; empty when its type has no searchable field
     */
    public static Set<String> of(ConfedRecord record) {
        Set<String> words = new LinkedHashSet<>();
        for (FieldSchema field : RecordSchemas.of(record).fields()) {
            if (!field.searchable()) {
                continue;
            }
            Object value = field.valueOf(record);
            if (value instanceof String text) {
                words.addAll(TextFold.words(text));
            } else if (value instanceof List<?> items && field.kind() == ValueKind.LIST) {
                items.forEach(item -> words.addAll(TextFold.words(item.toString())));
            } else if (value instanceof Map<?, ?> names) {
                names.values().forEach(name -> words.addAll(TextFold.words(name.toString())));
            }
        }
        return words;
    }
}
