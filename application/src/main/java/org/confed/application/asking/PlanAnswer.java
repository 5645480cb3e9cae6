package org.confed.application.asking;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.query.Uncertainty;

/**
 * Where an action plan stood on a day.
 *
 * @param plan    the plan
 * @param at      the day
 * @param status  its latest event on or before the day, or empty before its first
 * @param history   every event of the plan, in order
 * @param uncertain what could change its status on the day; empty when it is certain
 */
public record PlanAnswer(ActionPlan plan, LocalDate at, Optional<PlanEvent> status, List<PlanEvent> history,
                         List<Uncertainty> uncertain) {
    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @param plan      the plan
     * @param at        the day
     * @param status    its status on the day
     * @param history   its events
     * @param uncertain what could change its status
     */
    public PlanAnswer {
        history = List.copyOf(history);
        uncertain = List.copyOf(uncertain);
    }
}
