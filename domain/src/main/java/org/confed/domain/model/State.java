package org.confed.domain.model;

import java.util.List;
import java.util.Map;
import org.confed.domain.meta.Key;
import org.confed.domain.meta.MaxLength;
import org.confed.domain.meta.RecordType;
import org.confed.domain.meta.References;
import org.confed.domain.meta.Required;

/**
 * A sovereign state that may belong to confederations.
 *
 * @param code    its ISO 3166-1 alpha-3 code, the key
 * @param name    its name as usually written in the registry's working language
 * @param names   its names by language tag
 * @param sources where the facts about it were reported (an extension of the format)
 * @param disputes other values for its fields, as other sources report them
 */
@RecordType(value = "state", plural = "states")
public record State(
        @Key @Required StateCode code,
        @Required @MaxLength(300) String name,
        Map<String, String> names,
        List<Citation> sources,
        List<Dispute> disputes) implements ConfedRecord {

    /**
     * Checks every field and keeps unmodifiable copies of the names and sources.
     *
     * @param code    its ISO 3166-1 alpha-3 code, the key
     * @param name    its name, at most 300 characters
     * @param names   its names by language tag; {@code null} for none
     * @param sources where the facts about it were reported; {@code null} for none
     * @param disputes other values for its fields; {@code null} for none
     * @throws InvalidFieldException naming the first field that breaks its rule: the code absent, the name absent,
     *                               blank or too long, a name under a key that is not a language tag, or a source
     *                               empty or repeated
     */
    public State {
        Checks.required(code, "state.code");
        name = Checks.requiredText(name, "state.name", 300);
        names = Checks.names(names, "state.names");
        sources = Checks.distinctList(sources, "state.sources");
        disputes = Checks.disputes(disputes, "state", State.class);
    }

    /**
     * A state with its code and name, nothing else.
     *
     * @param code its code
     * @param name its name
     * @return the state
     */
    public static State of(StateCode code, String name) {
        return new State(code, name, null, null, null);
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code state} and the code
     */
    @Override
    public RecordKey key() {
        return RecordKey.of(State.class, code);
    }
}
