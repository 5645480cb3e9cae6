package org.confed.domain.query;

import static org.confed.domain.fixtures.AesFacts.AES;
import static org.confed.domain.fixtures.AesFacts.BFA;
import static org.confed.domain.fixtures.AesFacts.GOITA;
import static org.confed.domain.fixtures.AesFacts.MLI;
import static org.confed.domain.fixtures.AesFacts.NER;
import static org.confed.domain.fixtures.AesFacts.TRAORE;
import static org.confed.domain.fixtures.AesFacts.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.Membership;
import org.confed.domain.model.Person;
import org.junit.jupiter.api.Test;

/** The questions the Foundation issue asks of the AES facts, answered by the domain's pure queries. */
class AesAnswersTest {

    private static PresidencyHistory presidencies() {
        return PresidencyHistory.of(Optional.ofNullable(AesFacts.confederation().presidencyTerm()), AesFacts.presidencies());
    }

    private static String nameOf(Object personId) {
        return AesFacts.persons().stream().filter(person -> person.id().equals(personId)).map(Person::name).findFirst().orElseThrow();
    }

    @Test
    void presidency_of_aes_on_2024_11_06_is_mali_held_by_assimi_goita() {
        PresidencyTerm term = presidencies().on(day("2024-11-06")).orElseThrow();

        assertEquals(AES, term.term().confederation());
        assertEquals(MLI, term.term().state());
        assertEquals(GOITA, term.term().holder());
        assertEquals("Assimi Goïta", nameOf(term.term().holder()));
    }

    @Test
    void presidency_of_aes_on_2026_01_15_is_burkina_faso_held_by_ibrahim_traore() {
        PresidencyTerm term = presidencies().on(day("2026-01-15")).orElseThrow();

        assertEquals(BFA, term.term().state());
        assertEquals(TRAORE, term.term().holder());
    }

    @Test
    void members_of_aes_on_2024_11_06_are_bfa_mli_and_ner() {
        List<Membership> members = MemberRoll.membersOn(AesFacts.memberships().stream()
                .filter(membership -> membership.confederation().equals(AesFacts.AES)).toList(), day("2024-11-06"));

        assertEquals(List.of(BFA, MLI, NER), members.stream().map(Membership::state).toList());
    }

    @Test
    void the_defence_plan_on_2024_11_06_has_been_presented() {
        PlanHistory plan = PlanHistory.of(AesFacts.planEvents().stream()
                .filter(event -> event.plan().equals(AesFacts.DEFENCE_PLAN)).toList());

        assertEquals("presented", plan.statusOn(day("2024-11-06")).orElseThrow().status().code());
    }

    @Test
    void after_burkina_faso_niger_presides_from_2026_12_23_to_2027_12_22() {
        ForecastTerm next = presidencies().forecast(AesFacts.confederation(), AesFacts.memberships(), 1).get(0);

        assertEquals(new ForecastTerm(AES, NER, day("2026-12-23"), day("2027-12-22")), next);
    }
}
