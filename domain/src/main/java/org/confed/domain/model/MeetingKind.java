package org.confed.domain.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What sort of gathering a {@link Meeting} was. */
public enum MeetingKind {
    /** A meeting of heads of state. */
    SUMMIT,
    /** A head of state receiving someone. */
    AUDIENCE,
    /** A meeting of ministers. */
    MINISTERIAL,
    /** A meeting of a committee, of experts or of officials. */
    COMMITTEE,
    /** Any other gathering. */
    OTHER;

    /**
     * The name used in files and the API.
     *
     * @return the constant's name in lower case: {@code summit}, {@code audience}, ...
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a kind by its {@link #code()}.
     *
     * @param code a code such as {@code summit}; case matters
     * @return the kind with that code
     * @throws InvalidFieldException (field {@code kind}) for {@code null} or a code not in the list
     */
    public static MeetingKind parse(String code) {
        for (MeetingKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new InvalidFieldException("kind", Checks.quote(code) + " is not one of "
                + Arrays.stream(values()).map(MeetingKind::code).collect(Collectors.joining(", ")));
    }
}
