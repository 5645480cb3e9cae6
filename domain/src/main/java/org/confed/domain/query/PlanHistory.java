package org.confed.domain.query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.rules.Consistency;

/** One action plan's status changes in order, and its status on any day. */
public final class PlanHistory {
    private final List<PlanEvent> events;

    private PlanHistory(List<PlanEvent> events) {
        this.events = events;
    }

    /**
     * The history of one plan from its events.
     *
     * @param events the plan's events, in any order
     * @return the history, events in date order
     */
    public static PlanHistory of(Collection<PlanEvent> events) {
        return new PlanHistory(events.stream().sorted(Consistency.HISTORY_ORDER).toList());
    }

    /**
     * The events.
     *
     * @return the events, oldest first (events of one date along the state machine)
     */
    public List<PlanEvent> events() {
        return events;
    }

    /**
     * The event that set the plan's status on {@code day}: the latest one dated on or before it
     * (an event of month or year precision counts from its span's first day).
     *
     * @param day a day
     * @return that event, or empty when the plan had no status yet
     */
    public Optional<PlanEvent> statusOn(LocalDate day) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (!events.get(i).date().firstDay().isAfter(day)) {
                return Optional.of(events.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The latest event.
     *
     * @return the last event, or empty when there is none
     */
    public Optional<PlanEvent> latest() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }
}
