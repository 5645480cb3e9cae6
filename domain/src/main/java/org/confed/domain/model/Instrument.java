package org.confed.domain.model;

import java.util.List;
import org.confed.domain.meta.EventDate;
import org.confed.domain.meta.Key;
import org.confed.domain.meta.MaxLength;
import org.confed.domain.meta.RecordType;
import org.confed.domain.meta.References;
import org.confed.domain.meta.Required;
import org.confed.domain.meta.Searchable;

/**
 * A text that binds or decides: a charter, a treaty, a communiqué, a decision, a declaration.
 *
 * @param id            the key ({@code liptako-gourma-charter})
 * @param kind          what sort of text
 * @param title         its title
 * @param confederation the body it belongs to, if any
 * @param signed        when it was signed
 * @param signedAt      the meeting where it was signed
 * @param inForce       when it took effect
 * @param parties       the states party to it
 * @param sources       where this was reported
 * @param disputes      other values for its fields, as other sources report them
 */
@RecordType(value = "instrument", plural = "instruments")
public record Instrument(
        @Key @Required InstrumentId id,
        @Required InstrumentKind kind,
        @Required @Searchable @MaxLength(1000) String title,
        @References(Confederation.class) ConfederationCode confederation,
        @EventDate PartialDate signed,
        @References(Meeting.class) MeetingId signedAt,
        PartialDate inForce,
        @References(State.class) List<StateCode> parties,
        List<Citation> sources,
        List<Dispute> disputes) implements ConfedRecord {

    /**
     * Checks every field and keeps unmodifiable copies of the lists.
     *
     * @param id            the key
     * @param kind          what sort of text
     * @param title         its title, at most 1000 characters
     * @param confederation the body it belongs to; {@code null} for none
     * @param signed        when it was signed; {@code null} when unknown
     * @param signedAt      the meeting where it was signed; {@code null} when unknown
     * @param inForce       when it took effect; {@code null} when unknown
     * @param parties       the states party to it, none twice; {@code null} for none
     * @param sources       where this was reported; {@code null} for none
     * @param disputes      other values for its fields; {@code null} for none
     * @throws InvalidFieldException naming the first field that breaks its rule
     */
    public Instrument {
        Checks.required(id, "instrument.id");
        Checks.required(kind, "instrument.kind");
        title = Checks.requiredText(title, "instrument.title", 1000);
        parties = Checks.distinctList(parties, "instrument.parties");
        sources = Checks.distinctList(sources, "instrument.sources");
        disputes = Checks.disputes(disputes, "instrument", Instrument.class);
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code instrument} and the id
     */
    @Override
    public RecordKey key() {
        return RecordKey.of(Instrument.class, id);
    }
}
