package org.confed.domain.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where an {@link ActionPlan} stands. The main line runs
 * {@code drafted → validated → presented → adopted → in_progress → completed}; a plan may skip forwards,
 * go back from {@code validated} to {@code drafted} (returned for rework), and be {@code abandoned}
 * from any status but {@code completed}.
 */
public enum PlanStatus {
    /** Drawn up, not yet validated. */
    DRAFTED,
    /** Validated by the experts or officials who examine it. */
    VALIDATED,
    /** Presented to the body that decides on it. */
    PRESENTED,
    /** Adopted by that body. */
    ADOPTED,
    /** Being carried out. */
    IN_PROGRESS,
    /** Carried out; no status follows. */
    COMPLETED,
    /** Given up; no status follows. */
    ABANDONED;

    /**
     * The name used in files and the API.
     *
     * @return the constant's name in lower case: {@code drafted}, {@code in_progress}, ...
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a status by its {@link #code()}.
     *
     * @param code a code such as {@code in_progress}; case matters
     * @return the status with that code
     * @throws InvalidFieldException (field {@code status}) for {@code null} or a code not in the list
     */
    public static PlanStatus parse(String code) {
        for (PlanStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new InvalidFieldException("status", Checks.quote(code) + " is not one of "
                + Arrays.stream(values()).map(PlanStatus::code).collect(Collectors.joining(", ")));
    }

    /**
     * Whether a plan with this status may move to {@code next}: forwards along the main line, back from
     * {@code validated} to {@code drafted}, or to {@code abandoned}; never from {@code completed} or
     * {@code abandoned}, nor to the same status.
     *
     * @param next the status the plan would move to
     * @return whether the move is allowed
     */
    public boolean mayMoveTo(PlanStatus next) {
        if (this == COMPLETED || this == ABANDONED) {
            return false;
        }
        if (next == ABANDONED) {
            return true;
        }
        if (this == VALIDATED && next == DRAFTED) {
            return true;
        }
        return next.ordinal() > ordinal();
    }
}
