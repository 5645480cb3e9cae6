package org.confed.application.asking;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.PlanEvent;

/**
 * Where an action plan stood on a day.
 *
 * @param plan    the plan
 * @param at      the day
 * @param status  its latest event on or before the day, or empty before its first
 * @param history every event of the plan, in order
 */
public record PlanAnswer(ActionPlan plan, LocalDate at, Optional<PlanEvent> status, List<PlanEvent> history) {
    /**
     * Keeps an unmodifiable copy of the history.
     *
     * @param plan    the plan
     * @param at      the day
     * @param status  its status on the day
     * @param history its events
     */
    public PlanAnswer {
        history = List.copyOf(history);
    }
}
