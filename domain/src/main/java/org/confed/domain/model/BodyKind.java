package org.confed.domain.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What sort of body of states a confederation record describes. */
public enum BodyKind {
    /** A confederation (the AES since 2024-07-06); what an absent kind stands for. */
    CONFEDERATION,
    /** An alliance (the Alliance of Sahel States of 2023, a collective-defence pact). */
    ALLIANCE,
    /** An economic community (ECOWAS). */
    COMMUNITY,
    /** An international organization (the UN, the AU). */
    ORGANIZATION;

    /**
     * The kind's name in the interchange format.
     *
     * @return {@code confederation}, {@code alliance}, {@code community} or {@code organization}
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
    public static BodyKind parse(String code) {
        for (BodyKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new InvalidFieldException("kind", Checks.quote(code) + " is not one of "
                + Arrays.stream(values()).map(BodyKind::code).collect(Collectors.joining(", ")));
    }
}
