package org.confed.domain.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What sort of gathering a {@link Meeting} was. */
public enum MeetingKind {
    SUMMIT,
    AUDIENCE,
    MINISTERIAL,
    COMMITTEE,
    OTHER;

    /** The name used in files and the API: {@code summit}, {@code audience}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws InvalidFieldException (field {@code kind}) for a name not in the list */
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
