package org.confed.domain.model;

import java.util.List;
import org.confed.domain.meta.Key;
import org.confed.domain.meta.RecordType;
import org.confed.domain.meta.References;
import org.confed.domain.meta.Required;
import org.confed.domain.meta.ValidFrom;
import org.confed.domain.meta.ValidTo;

/**
 * One term of a confederation's rotating presidency. A term without {@code end} runs until the day before
 * the confederation's next term starts (see {@code org.confed.domain.query.PresidencyHistory}).
 *
 * @param confederation the confederation presided over
 * @param state         the presiding state
 * @param holder        the person who presides, when known
 * @param start         the first day of the term
 * @param end           the last day, inclusive, when it was set
 * @param designatedAt  the meeting where the term was decided
 * @param instrument    the instrument that decided it
 * @param sources       where this was reported
 * @param disputes other values for its fields, as other sources report them
 */
@RecordType(value = "presidency", plural = "presidencies")
public record RotatingPresidency(
        @Key @Required @References(Confederation.class) ConfederationCode confederation,
        @Required @References(State.class) StateCode state,
        @References(Person.class) PersonId holder,
        @Key @Required @ValidFrom PartialDate start,
        @ValidTo PartialDate end,
        @References(Meeting.class) MeetingId designatedAt,
        @References(Instrument.class) InstrumentId instrument,
        List<Citation> sources,
        List<Dispute> disputes) implements ConfedRecord {

    /**
     * Checks every field and keeps an unmodifiable copy of the sources. Whether the term overlaps another, or
     * the state is a member, depends on other records: {@code org.confed.domain.rules.Consistency} checks it.
     *
     * @param confederation the confederation presided over
     * @param state         the presiding state
     * @param holder        the person who presides; {@code null} when unknown
     * @param start         the first day of the term
     * @param end           the last day, inclusive; {@code null} when it was not set
     * @param designatedAt  the meeting where the term was decided; {@code null} when unknown
     * @param instrument    the instrument that decided it; {@code null} for none
     * @param sources       where this was reported; {@code null} for none
     * @param disputes other values for its fields; {@code null} for none
     * @throws InvalidFieldException naming the first field that breaks its rule: a required field absent, an end
     *                               before the start, or a source empty or repeated
     */
    public RotatingPresidency {
        Checks.required(confederation, "presidency.confederation");
        Checks.required(state, "presidency.state");
        Checks.required(start, "presidency.start");
        start.checkEnd(end, "presidency.end");
        sources = Checks.distinctList(sources, "presidency.sources");
        disputes = Checks.disputes(disputes, "presidency", RotatingPresidency.class);
    }

    /**
     * A term from a start, running until the next, with no sources yet.
     *
     * @param confederation the confederation presided over
     * @param state         the presiding state
     * @param holder        the person who presides, or {@code null}
     * @param start         the first day of the term
     * @return the term
     */
    public static RotatingPresidency of(ConfederationCode confederation, StateCode state, PersonId holder, PartialDate start) {
        return new RotatingPresidency(confederation, state, holder, start, null, null, null, null, null);
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code presidency}, the confederation and the start
     */
    @Override
    public RecordKey key() {
        return RecordKey.of(RotatingPresidency.class, confederation, start);
    }
}
