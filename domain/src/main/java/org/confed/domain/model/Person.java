package org.confed.domain.model;

import java.util.List;
import org.confed.domain.meta.Key;
import org.confed.domain.meta.MaxLength;
import org.confed.domain.meta.RecordType;
import org.confed.domain.meta.References;
import org.confed.domain.meta.Required;
import org.confed.domain.meta.Searchable;

/**
 * A person who holds offices, presides or takes part in meetings.
 *
 * @param id        a slug, the key ({@code assimi-goita})
 * @param name      the name, accents kept ({@code Assimi Goïta})
 * @param honorific a rank or title ({@code Général d'Armée})
 * @param sources   where this was reported
 * @param disputes other values for its fields, as other sources report them
 */
@RecordType(value = "person", plural = "persons")
public record Person(
        @Key @Required PersonId id,
        @Required @Searchable @MaxLength(300) String name,
        @MaxLength(200) String honorific,
        List<Citation> sources,
        List<Dispute> disputes) implements ConfedRecord {

    /**
     * Checks every field and keeps an unmodifiable copy of the sources.
     *
     * @param id        a slug, the key
     * @param name      the name, accents kept, at most 300 characters
     * @param honorific a rank or title, at most 200 characters; {@code null} for none
     * @param sources   where this was reported; {@code null} for none
     * @param disputes other values for its fields; {@code null} for none
     * @throws InvalidFieldException naming the first field that breaks its rule: a required field
     *                               absent, a text blank, too long or holding a control character, or a list item
     *                               empty or repeated
     */
    public Person {
        Checks.required(id, "person.id");
        name = Checks.requiredText(name, "person.name", 300);
        honorific = Checks.text(honorific, "person.honorific", 200);
        sources = Checks.distinctList(sources, "person.sources");
        disputes = Checks.disputes(disputes, "person", Person.class);
    }

    /**
     * A person with an id and a name, nothing else.
     *
     * @param id   the key
     * @param name the name
     * @return the person
     */
    public static Person of(PersonId id, String name) {
        return new Person(id, name, null, null, null);
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code person} and the id
     */
    @Override
    public RecordKey key() {
        return RecordKey.of(Person.class, id);
    }
}
