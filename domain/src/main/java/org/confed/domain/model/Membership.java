package org.confed.domain.model;

import java.time.LocalDate;
import java.util.List;
import org.confed.domain.meta.Key;
import org.confed.domain.meta.RecordType;
import org.confed.domain.meta.References;
import org.confed.domain.meta.Required;
import org.confed.domain.meta.ValidFrom;
import org.confed.domain.meta.ValidTo;

/**
 * A state's membership of a confederation, from its start to its end (inclusive) or open.
 *
 * @param confederation the confederation
 * @param state         the member state
 * @param start         when it joined
 * @param end           when it left, inclusive (its last day as a member); {@code null} while it is a member
 * @param startAnnounced when the accession was announced, which may come long before it takes effect
 * @param endAnnounced  when the withdrawal was announced
 * @param instrument    the instrument that began or ended it
 * @param sources       where this was reported
 * @param disputes other values for its fields, as other sources report them
 */
@RecordType(value = "membership", plural = "memberships")
public record Membership(
        @Key @Required @References(Confederation.class) ConfederationCode confederation,
        @Key @Required @References(State.class) StateCode state,
        @Key @Required @ValidFrom PartialDate start,
        @ValidTo PartialDate end,
        PartialDate startAnnounced,
        PartialDate endAnnounced,
        @References(Instrument.class) InstrumentId instrument,
        List<Citation> sources,
        List<Dispute> disputes) implements ConfedRecord {

    /**
     * Checks every field and keeps an unmodifiable copy of the sources.
     *
     * @param confederation the confederation
     * @param state         the member state
     * @param start         when it joined
     * @param end           when it left, inclusive; {@code null} while it is a member
     * @param startAnnounced when the accession was announced; {@code null} when unknown
     * @param endAnnounced  when the withdrawal was announced; {@code null} when unknown or none
     * @param instrument    the instrument that began or ended it; {@code null} for none
     * @param sources       where this was reported; {@code null} for none
     * @param disputes other values for its fields; {@code null} for none
     * @throws InvalidFieldException naming the first field that breaks its rule: a required field absent, an end
     *                               before the start, or a source empty or repeated
     */
    public Membership {
        Checks.required(confederation, "membership.confederation");
        Checks.required(state, "membership.state");
        Checks.required(start, "membership.start");
        start.checkEnd(end, "membership.end");
        sources = Checks.distinctList(sources, "membership.sources");
        disputes = Checks.disputes(disputes, "membership", Membership.class);
    }

    /**
     * The days it covers.
     *
     * @return from the start's first day to the end's last day, or open
     */
    public Span span() {
        return Span.of(start, end);
    }

    /**
     * Whether the state is a member on {@code day}.
     *
     * @param day a day
     * @return whether {@link #span()} contains it
     */
    public boolean coversDay(LocalDate day) {
        return span().contains(day);
    }

    /**
     * A membership from a start, open, with no sources yet.
     *
     * @param confederation the confederation
     * @param state         the member state
     * @param start         when it joined
     * @return the membership
     */
    public static Membership of(ConfederationCode confederation, StateCode state, PartialDate start) {
        return new Membership(confederation, state, start, null, null, null, null, null, null);
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code membership}, the confederation, the state and the start
     */
    @Override
    public RecordKey key() {
        return RecordKey.of(Membership.class, confederation, state, start);
    }
}
