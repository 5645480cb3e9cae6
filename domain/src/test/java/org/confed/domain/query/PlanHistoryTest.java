package org.confed.domain.query;

import static org.confed.domain.fixtures.AesFacts.DEFENCE_PLAN;
import static org.confed.domain.fixtures.AesFacts.date;
import static org.confed.domain.fixtures.AesFacts.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanStatus;
import org.junit.jupiter.api.Test;

class PlanHistoryTest {

    private static PlanHistory defencePlan() {
        return PlanHistory.of(AesFacts.planEvents().stream().filter(event -> event.plan().equals(DEFENCE_PLAN)).toList());
    }

    private static PlanStatus statusOn(PlanHistory history, String day) {
        return history.statusOn(day(day)).map(PlanEvent::status).orElse(null);
    }

    @Test
    void the_status_on_a_day_is_that_of_the_latest_event_on_or_before_it() {
        PlanHistory history = defencePlan();

        assertEquals(PlanStatus.VALIDATED, statusOn(history, "2024-11-05"));
        assertEquals(PlanStatus.PRESENTED, statusOn(history, "2024-11-06"));
        assertEquals(PlanStatus.PRESENTED, statusOn(history, "2030-01-01"));
    }

    @Test
    void a_plan_has_no_status_before_its_first_event() {
        PlanHistory unifiedForce = PlanHistory.of(AesFacts.planEvents().stream()
                .filter(event -> event.plan().equals(AesFacts.UNIFIED_FORCE)).toList());

        assertTrue(unifiedForce.statusOn(day("2024-12-31")).isEmpty());
        assertTrue(unifiedForce.statusOn(day("2025-01-01")).isPresent());
    }

    @Test
    void an_event_of_month_precision_counts_from_the_first_of_the_month() {
        assertEquals(PlanStatus.VALIDATED, statusOn(defencePlan(), "2024-11-01"));
    }

    @Test
    void events_come_oldest_first_whatever_order_they_were_given_in() {
        List<PlanEvent> events = new ArrayList<>(AesFacts.planEvents().subList(0, 2));
        events.add(new PlanEvent(DEFENCE_PLAN, PlanStatus.ADOPTED, date("2025"), null, null, null, null));
        Collections.reverse(events);

        PlanHistory history = PlanHistory.of(events);

        assertEquals(List.of(PlanStatus.VALIDATED, PlanStatus.PRESENTED, PlanStatus.ADOPTED),
                history.events().stream().map(PlanEvent::status).toList());
        assertEquals(PlanStatus.ADOPTED, history.latest().orElseThrow().status());
    }

    @Test
    void events_of_one_day_follow_the_state_machine() {
        PlanHistory history = PlanHistory.of(List.of(
                new PlanEvent(DEFENCE_PLAN, PlanStatus.ADOPTED, date("2025-03-01"), null, null, null, null),
                new PlanEvent(DEFENCE_PLAN, PlanStatus.PRESENTED, date("2025-03-01"), null, null, null, null)));

        assertEquals(PlanStatus.ADOPTED, statusOn(history, "2025-03-01"));
    }

    @Test
    void a_plan_without_events_has_no_status() {
        PlanHistory empty = PlanHistory.of(List.of());

        assertTrue(empty.statusOn(day("2025-01-01")).isEmpty());
        assertTrue(empty.latest().isEmpty());
    }
}
