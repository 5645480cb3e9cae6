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
    DRAFTED,
    VALIDATED,
    PRESENTED,
    ADOPTED,
    IN_PROGRESS,
    COMPLETED,
    ABANDONED;

    /** The name used in files and the API: {@code drafted}, {@code in_progress}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws InvalidFieldException (field {@code status}) for a name not in the list */
    public static PlanStatus parse(String code) {
        for (PlanStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new InvalidFieldException("status", Checks.quote(code) + " is not one of "
                + Arrays.stream(values()).map(PlanStatus::code).collect(Collectors.joining(", ")));
    }

    /** Whether a plan with this status may move to {@code next}. */
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
