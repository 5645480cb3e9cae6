package org.confed.domain.model;

import java.util.ArrayList;
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
 * @param aliases   other names the person is known by, such as the name of a record merged into this one
 */
@RecordType(value = "person", plural = "persons")
public record Person(
        @Key @Required PersonId id,
        @Required @Searchable @MaxLength(300) String name,
        @MaxLength(200) String honorific,
        List<Citation> sources,
        List<Dispute> disputes,
        @Searchable @MaxLength(300) List<String> aliases) implements ConfedRecord {

    /**
     * Checks every field and keeps an unmodifiable copy of the sources.
     *
     * @param id        a slug, the key
     * @param name      the name, accents kept, at most 300 characters
     * @param honorific a rank or title, at most 200 characters; {@code null} for none
     * @param sources   where this was reported; {@code null} for none
     * @param disputes other values for its fields; {@code null} for none
     * @param aliases   other names, each at most 300 characters, none repeated; {@code null} for none
     * @throws InvalidFieldException naming the first field that breaks its rule: a required field
     *                               absent, a text blank, too long or holding a control character, or a list item
     *                               empty or repeated
     */
    public Person {
        Checks.required(id, "person.id");
        name = Checks.requiredText(name, "person.name", 300);
        honorific = Checks.text(honorific, "person.honorific", 200);
        aliases = Checks.distinctList(Checks.texts(aliases, "person.aliases", 300), "person.aliases");
        sources = Checks.distinctList(sources, "person.sources");
        disputes = Checks.disputes(disputes, "person", Person.class);
    }

    /**
     * A person known by no other name.
     *
     * @param id        a slug, the key
     * @param name      the name
     * @param honorific a rank or title, or {@code null}
     * @param sources   where this was reported, or {@code null}
     * @param disputes  other values for its fields, or {@code null}
     * @throws InvalidFieldException as the canonical constructor
     */
    public Person(PersonId id, String name, String honorific, List<Citation> sources, List<Dispute> disputes) {
        this(id, name, honorific, sources, disputes, null);
    }

    /**
     * The same person, also known by {@code other}: a name kept once, and never the person's own name.
     *
     * @param other another name
     * @return this person with {@code other} among its aliases, or this person when it already knows the name
     */
    public Person alsoKnownAs(String other) {
        if (other.equals(name) || aliases.contains(other)) {
            return this;
        }
        List<String> more = new ArrayList<>(aliases);
        more.add(other);
        return new Person(id, name, honorific, sources, disputes, more);
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
