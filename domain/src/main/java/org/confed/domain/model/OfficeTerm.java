package org.confed.domain.model;

import java.time.LocalDate;
import java.util.List;
import org.confed.domain.meta.Key;
import org.confed.domain.meta.MaxLength;
import org.confed.domain.meta.RecordType;
import org.confed.domain.meta.References;
import org.confed.domain.meta.Required;
import org.confed.domain.meta.ValidFrom;
import org.confed.domain.meta.ValidTo;

/**
 * A person's time in an office, such as a state's chief of defence staff.
 *
 * @param person  who held it
 * @param office  the office, as written ({@code Chef d'état-major général des armées})
 * @param state   the state the office belongs to, if any
 * @param post    the post the term fills, if one is recorded
 * @param start   when the person took it
 * @param end     when the person left it, inclusive; {@code null} while in office
 * @param sources where this was reported
 * @param disputes other values for its fields, as other sources report them
 */
@RecordType(value = "office_term", plural = "office_terms")
public record OfficeTerm(
        @Key @Required @References(Person.class) PersonId person,
        @Key @Required @MaxLength(300) String office,
        @References(State.class) StateCode state,
        @References(Post.class) PostId post,
        @Key @Required @ValidFrom PartialDate start,
        @ValidTo PartialDate end,
        List<Citation> sources,
        List<Dispute> disputes) implements ConfedRecord {

    /**
     * Checks every field and keeps an unmodifiable copy of the sources.
     *
     * @param person  who held it
     * @param office  the office, as written, at most 300 characters
     * @param state   the state the office belongs to; {@code null} for none
     * @param post    the post the term fills; {@code null} for none
     * @param start   when the person took it
     * @param end     when the person left it, inclusive; {@code null} while in office
     * @param sources where this was reported; {@code null} for none
     * @param disputes other values for its fields; {@code null} for none
     * @throws InvalidFieldException naming the first field that breaks its rule: a required field absent, the
     *                               office blank or too long, an end before the start, or a source empty or repeated
     */
    public OfficeTerm {
        Checks.required(person, "office_term.person");
        office = Checks.requiredText(office, "office_term.office", 300);
        Checks.required(start, "office_term.start");
        start.checkEnd(end, "office_term.end");
        sources = Checks.distinctList(sources, "office_term.sources");
        disputes = Checks.disputes(disputes, "office_term", OfficeTerm.class);
    }

    /**
     * The days the person holds the office.
     *
     * @return from the start's first day to the end's last day, or open
     */
    public Span span() {
        return Span.of(start, end);
    }

    /**
     * Whether the person holds the office on {@code day}.
     *
     * @param day a day
     * @return whether {@link #span()} contains it
     */
    public boolean coversDay(LocalDate day) {
        return span().contains(day);
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code office_term}, the person, the office and the start
     */
    @Override
    public RecordKey key() {
        return RecordKey.of(OfficeTerm.class, person, office, start);
    }
}
