package org.confed.domain.contract;

import static org.confed.domain.fixtures.AesFacts.AES;
import static org.confed.domain.fixtures.AesFacts.BARMOU;
import static org.confed.domain.fixtures.AesFacts.BFA;
import static org.confed.domain.fixtures.AesFacts.DEFENCE_PLAN;
import static org.confed.domain.fixtures.AesFacts.GOITA;
import static org.confed.domain.fixtures.AesFacts.MLI;
import static org.confed.domain.fixtures.AesFacts.NER;
import static org.confed.domain.fixtures.AesFacts.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanStatus;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Registry;
import org.confed.domain.query.Answer;
import org.confed.domain.query.AsOf;
import org.confed.domain.query.PresidencyTerm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link org.confed.domain.port.AsOfQueries} must answer, on the AES facts. */
public abstract class AsOfQueriesContract {
    private Registry registry;

    /** A new, empty registry for each test. */
    protected abstract Registry registry();

    @BeforeEach
    void loadTheAesFacts() {
        registry = registry();
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new org.confed.domain.port.Actor("test"));
    }

    @Test
    void members_on_2024_11_06_are_burkina_faso_mali_and_niger() {
        List<Membership> members = AsOf.members(registry, AES, day("2024-11-06")).value();

        assertEquals(List.of(BFA, MLI, NER), members.stream().map(Membership::state).toList());
    }

    @Test
    void there_are_no_members_before_the_charter() {
        assertTrue(AsOf.members(registry, AES, day("2023-09-15")).value().isEmpty());
    }

    @Test
    void mali_presides_on_2024_11_06_held_by_goita() {
        PresidencyTerm term = AsOf.presidency(registry, AES, day("2024-11-06")).value().orElseThrow();

        assertEquals(MLI, term.term().state());
        assertEquals(GOITA, term.term().holder());
        assertEquals(day("2025-07-05"), term.plannedEnd());
        assertEquals(day("2025-12-22"), term.lastDay(), "runs to the day before the next term");
    }

    @Test
    void burkina_faso_presides_on_2026_01_15_in_an_open_term() {
        PresidencyTerm term = AsOf.presidency(registry, AES, day("2026-01-15")).value().orElseThrow();

        assertEquals(BFA, term.term().state());
        assertNull(term.lastDay());
        assertEquals(day("2026-12-22"), term.plannedEnd());
    }

    @Test
    void the_last_day_of_a_term_and_the_first_of_the_next_belong_to_each() {
        assertEquals(MLI, AsOf.presidency(registry, AES, day("2025-12-22")).value().orElseThrow().term().state());
        assertEquals(BFA, AsOf.presidency(registry, AES, day("2025-12-23")).value().orElseThrow().term().state());
    }

    @Test
    void nobody_presides_before_the_first_term() {
        assertTrue(AsOf.presidency(registry, AES, day("2024-07-05")).value().isEmpty());
    }

    @Test
    void presidency_terms_come_oldest_first_with_their_actual_ends() {
        List<PresidencyTerm> terms = AsOf.presidencyTerms(registry, AES);

        assertEquals(List.of(MLI, BFA), terms.stream().map(term -> term.term().state()).toList());
        assertEquals(day("2025-12-22"), terms.get(0).lastDay());
        assertNull(terms.get(1).lastDay());
    }

    @Test
    void the_chief_of_defence_staff_of_niger_on_2024_11_06_is_barmou() {
        List<OfficeTerm> holders = AsOf.officeHolders(registry, "Chef d’état-major général des armées", NER, day("2024-11-06")).value();

        assertEquals(List.of(BARMOU), holders.stream().map(OfficeTerm::person).toList());
        assertTrue(AsOf.officeHolders(registry, "Chef d’état-major général des armées", MLI, day("2024-11-06")).value().isEmpty());
    }

    @Test
    void the_defence_plan_is_validated_then_presented() {
        // validated "recently", on or before 2024-11-05: read at its first day, so validated then too, but not for certain
        Answer<Optional<PlanEvent>> before = AsOf.planStatus(registry, DEFENCE_PLAN, day("2024-10-31"));
        assertEquals(PlanStatus.VALIDATED, before.value().map(PlanEvent::status).orElseThrow());
        assertFalse(before.certain());
        assertTrue(AsOf.planStatus(registry, DEFENCE_PLAN, day("2024-11-06")).certain());
        assertEquals(PlanStatus.VALIDATED, AsOf.planStatus(registry, DEFENCE_PLAN, day("2024-11-05")).value().map(PlanEvent::status).orElseThrow());
        assertEquals(PlanStatus.PRESENTED, AsOf.planStatus(registry, DEFENCE_PLAN, day("2024-11-06")).value().map(PlanEvent::status).orElseThrow());
        assertEquals(PlanStatus.PRESENTED, AsOf.planStatus(registry, DEFENCE_PLAN, day("2030-01-01")).value().map(PlanEvent::status).orElseThrow());
    }

    @Test
    void a_person_lists_their_offices_and_presidencies() {
        assertEquals(List.of("Président de la Transition"),
                AsOf.officeTermsOf(registry, GOITA).stream().map(OfficeTerm::office).toList());
        assertEquals(List.of(MLI), AsOf.presidenciesHeldBy(registry, GOITA).stream().map(term -> term.state()).toList());
        assertTrue(AsOf.presidenciesHeldBy(registry, BARMOU).isEmpty());
    }
}
