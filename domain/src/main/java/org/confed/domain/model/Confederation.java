package org.confed.domain.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confed.domain.meta.EventDate;
import org.confed.domain.meta.Key;
import org.confed.domain.meta.MaxLength;
import org.confed.domain.meta.RecordType;
import org.confed.domain.meta.References;
import org.confed.domain.meta.Required;

/**
 * A body of states that governs itself together: the AES, the G5 Sahel, ECOWAS, the Council of the EU.
 *
 * @param code               its code, the key ({@code AES})
 * @param name               its name
 * @param kind               what sort of body it is; {@code null} stands for a confederation
 * @param names              its names by language tag
 * @param founded            when it was founded
 * @param foundingInstrument the treaty or charter that founded it: its text, or the id of an {@link Instrument}
 * @param headquarters       its seat, or {@code null} when it has none
 * @param presidencyTerm     how long one presidency lasts, when the rules say
 * @param rotation           the order in which the presidency passes between states (no state twice)
 * @param pillars            the pillars its work is organised in
 * @param sources            where these facts were reported
 * @param disputes other values for its fields, as other sources report them
 */
@RecordType(value = "confederation", plural = "confederations")
public record Confederation(
        @Key @Required ConfederationCode code,
        @Required @MaxLength(300) String name,
        BodyKind kind,
        Map<String, String> names,
        @EventDate PartialDate founded,
        @MaxLength(1000) String foundingInstrument,
        @MaxLength(300) String headquarters,
        TermLength presidencyTerm,
        @References(State.class) List<StateCode> rotation,
        List<PillarCode> pillars,
        List<Citation> sources,
        List<Dispute> disputes) implements ConfedRecord {

    /**
     * Checks every field and keeps unmodifiable copies of the lists and the map.
     *
     * @param code               its code, the key
     * @param name               its name, at most 300 characters
     * @param kind               what sort of body it is; {@code null} for a confederation, the default
     * @param names              its names by language tag ({@code fr}, {@code en}); {@code null} for none
     * @param founded            when it was founded; {@code null} when unknown
     * @param foundingInstrument the treaty or charter that founded it, at most 1000 characters; {@code null} when unknown
     * @param headquarters       its seat, at most 300 characters; {@code null} when it has none
     * @param presidencyTerm     how long one presidency lasts; {@code null} when the rules do not say
     * @param rotation           the order of the presidency, no state twice; {@code null} for none
     * @param pillars            the pillars of its work, none twice; {@code null} for none
     * @param sources            where these facts were reported; {@code null} for none
     * @param disputes other values for its fields; {@code null} for none
     * @throws InvalidFieldException naming the first field that breaks its rule: a required field
     *                               absent, a text blank, too long or holding a control character, a list item
     *                               empty or repeated, or a name under a key that is not a language tag
     */
    public Confederation {
        Checks.required(code, "confederation.code");
        name = Checks.requiredText(name, "confederation.name", 300);
        names = Checks.names(names, "confederation.names");
        foundingInstrument = Checks.text(foundingInstrument, "confederation.founding_instrument", 1000);
        headquarters = Checks.text(headquarters, "confederation.headquarters", 300);
        rotation = Checks.distinctList(rotation, "confederation.rotation");
        pillars = Checks.distinctList(pillars, "confederation.pillars");
        sources = Checks.distinctList(sources, "confederation.sources");
        disputes = Checks.disputes(disputes, "confederation", Confederation.class);
    }

    /**
     * The seat, when the body has one.
     *
     * @return the headquarters, or empty
     */
    public Optional<String> seat() {
        return Optional.ofNullable(headquarters);
    }

    /**
     * The state that presides after {@code state} in the rotation; after the last state comes the first.
     *
     * @param state a state of the rotation
     * @return the state that follows it, or empty when {@code state} is not in the rotation
     */
    public Optional<StateCode> nextInRotation(StateCode state) {
        int index = rotation.indexOf(state);
        return index < 0 ? Optional.empty() : Optional.of(rotation.get((index + 1) % rotation.size()));
    }

    /**
     * A confederation whose presidency rotates among states for terms of one length, with nothing else recorded yet.
     *
     * @param code           its code
     * @param name           its name
     * @param presidencyTerm how long one presidency lasts
     * @param rotation       the order of the presidency
     * @return the confederation
     */
    public static Confederation of(ConfederationCode code, String name, TermLength presidencyTerm, List<StateCode> rotation) {
        return new Confederation(code, name, null, null, null, null, null, presidencyTerm, rotation, null, null, null);
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code confederation} and the code
     */
    @Override
    public RecordKey key() {
        return RecordKey.of(Confederation.class, code);
    }
}
