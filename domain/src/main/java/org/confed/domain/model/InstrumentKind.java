package org.confed.domain.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What sort of instrument a text is. */
public enum InstrumentKind {
    /** A charter (the Liptako-Gourma Charter). */
    CHARTER,
    /** A treaty (the Niamey treaty creating the Confederation). */
    TREATY,
    /** A communiqué. */
    COMMUNIQUE,
    /** A decision. */
    DECISION,
    /** A declaration. */
    DECLARATION,
    /** Anything else. */
    OTHER;

    /**
     * The kind's name in the interchange format.
     *
     * @return {@code charter}, {@code treaty}, {@code communique}, {@code decision}, {@code declaration} or {@code other}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind of that name.
     *
     * @param code a name, as {@link #code()} gives it
     * @return the kind
     * @throws InvalidFieldException (field {@code kind}) for any other text
     */
    public static InstrumentKind parse(String code) {
        for (InstrumentKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new InvalidFieldException("kind", Checks.quote(code) + " is not one of "
                + Arrays.stream(values()).map(InstrumentKind::code).collect(Collectors.joining(", ")));
    }
}
