package org.confed.domain.rules;

import static org.confed.domain.fixtures.AesFacts.AES;
import static org.confed.domain.fixtures.AesFacts.APA;
import static org.confed.domain.fixtures.AesFacts.BFA;
import static org.confed.domain.fixtures.AesFacts.DEFENCE_PLAN;
import static org.confed.domain.fixtures.AesFacts.GOITA;
import static org.confed.domain.fixtures.AesFacts.MLI;
import static org.confed.domain.fixtures.AesFacts.NER;
import static org.confed.domain.fixtures.AesFacts.TRAORE;
import static org.confed.domain.fixtures.AesFacts.date;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.MeetingKind;
import org.confed.domain.model.Membership;
import org.confed.domain.model.Participant;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PillarCode;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.PlanStatus;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.SourceId;
import org.confed.domain.model.State;
import org.confed.domain.model.StateCode;
import org.junit.jupiter.api.Test;

class ConsistencyTest {
    private static final StoredRecords AES_STORED = StoredRecords.of(AesFacts.all());

    private static List<Violation> onAes(ConfedRecord... incoming) {
        return Consistency.check(List.of(incoming), AES_STORED);
    }

    private static Violation only(List<Violation> violations) {
        assertEquals(1, violations.size(), violations::toString);
        return violations.get(0);
    }

    private static Membership membership(StateCode state, String start, String end) {
        return new Membership(AES, state, date(start), end == null ? null : date(end), null, null, null, List.of(), null);
    }

    private static RotatingPresidency term(StateCode state, String start, String end) {
        return new RotatingPresidency(AES, state, null, date(start), end == null ? null : date(end), null, null, List.of(), null);
    }

    private static PlanEvent event(PlanStatus status, String date) {
        return new PlanEvent(DEFENCE_PLAN, status, date(date), null, null, List.of(), null);
    }

    @Test
    void the_aes_facts_written_at_once_break_no_rule() {
        assertEquals(List.of(), Consistency.check(AesFacts.all(), RecordLookup.empty()));
    }

    @Test
    void the_aes_facts_written_again_on_themselves_break_no_rule() {
        assertEquals(List.of(), Consistency.check(AesFacts.all(), AES_STORED));
        assertDoesNotThrow(() -> Consistency.require(AesFacts.all(), AES_STORED));
    }

    @Test
    void a_second_membership_of_a_state_that_shares_a_day_with_the_first_is_refused() {
        Membership again = membership(MLI, "2025-01-01", null);

        Violation violation = only(onAes(again));

        assertEquals(ViolationKind.OVERLAP, violation.kind());
        assertEquals(again.key(), violation.record());
        assertEquals("membership.start", violation.field());
        assertTrue(violation.message().contains("overlaps"), violation.message());
    }

    @Test
    void memberships_of_one_state_that_share_only_their_boundary_day_overlap() {
        List<Violation> violations = Consistency.check(List.of(
                membership(NER, "2020-01-01", "2020-06-30"), membership(NER, "2020-06-30", "2020-12-31")), AES_STORED);

        assertEquals(ViolationKind.OVERLAP, only(violations).kind());
    }

    @Test
    void a_membership_that_starts_the_day_after_the_last_one_ends_is_accepted() {
        List<Violation> violations = Consistency.check(List.of(
                membership(NER, "2020-01-01", "2020-06-30"), membership(NER, "2020-07-01", "2021")), AES_STORED);

        assertEquals(List.of(), violations);
    }

    @Test
    void a_membership_of_month_precision_covers_the_whole_month() {
        List<Violation> violations = Consistency.check(List.of(
                membership(NER, "2020-01", "2020-06"), membership(NER, "2020-06-30", "2020-12-31")), AES_STORED);

        assertEquals(ViolationKind.OVERLAP, only(violations).kind());
    }

    @Test
    void the_same_state_may_belong_to_two_confederations_at_once() {
        ConfederationCode g5 = ConfederationCode.of("G5S");
        Confederation g5Sahel = new Confederation(g5, "G5 Sahel", null, null, null, null, "Nouakchott", null, null, null, null, null);
        Membership maliInG5 = new Membership(g5, MLI, date("2014-02-16"), date("2022-06-30"), null, null, null, List.of(), null);
        Membership maliInG5Again = new Membership(g5, MLI, date("2024"), null, null, null, null, List.of(), null);

        assertEquals(List.of(), onAes(g5Sahel, maliInG5, maliInG5Again));
    }

    @Test
    void a_presidency_term_whose_explicit_end_passes_the_next_start_is_refused() {
        RotatingPresidency tooLong = new RotatingPresidency(AES, MLI, GOITA, date("2024-07-06"), date("2025-12-31"), null, null, List.of(), null);

        Violation violation = only(onAes(tooLong));

        assertEquals(ViolationKind.OVERLAP, violation.kind());
        assertEquals(tooLong.key(), violation.record());
        assertEquals("presidency.end", violation.field());
    }

    @Test
    void a_new_term_that_starts_inside_an_ended_term_is_refused_on_its_start() {
        List<Violation> violations = Consistency.check(List.of(
                term(MLI, "2030-01-01", "2030-12-31"), term(NER, "2030-06-01", null)), AES_STORED);

        Violation violation = only(violations);
        assertEquals(ViolationKind.OVERLAP, violation.kind());
        assertEquals(RecordKey.of(RotatingPresidency.class, AES, "2030-06-01"), violation.record());
        assertEquals("presidency.start", violation.field());
    }

    @Test
    void two_terms_starting_on_the_same_day_are_refused_even_when_written_differently() {
        assertEquals(ViolationKind.OVERLAP, only(onAes(term(NER, "2030", null), term(MLI, "2030-01-01", null))).kind());
        assertEquals(ViolationKind.OVERLAP, only(onAes(term(NER, "2030-03", null), term(MLI, "2030-03-01", "2030-03-01"))).kind());
    }

    @Test
    void a_term_without_end_ends_where_the_next_begins_so_it_overlaps_nothing() {
        assertEquals(List.of(), onAes(term(NER, "2026-12-23", null), term(MLI, "2027-12-23", null)));
    }

    @Test
    void a_term_that_ends_on_the_day_the_next_starts_overlaps_it() {
        Violation violation = only(onAes(term(MLI, "2030-01-01", "2030-06-30"), term(NER, "2030-06-30", null)));

        assertEquals(ViolationKind.OVERLAP, violation.kind());
    }

    @Test
    void a_term_may_end_the_day_before_the_next_one_starts() {
        assertEquals(List.of(), onAes(term(NER, "2026-12-23", "2027-12-22"), term(MLI, "2027-12-23", null)));
    }

    @Test
    void a_presiding_state_that_is_not_yet_a_member_on_the_first_day_is_refused() {
        Membership chad = new Membership(AES, StateCode.of("TCD"), date("2030-01-02"), null, null, null, null, List.of(), null);
        State tchad = new State(StateCode.of("TCD"), "Tchad", null, null, null);
        RotatingPresidency early = term(StateCode.of("TCD"), "2030-01-01", null);

        Violation violation = only(onAes(tchad, chad, early));

        assertEquals(ViolationKind.NOT_A_MEMBER, violation.kind());
        assertEquals(early.key(), violation.record());
        assertEquals("presidency.state", violation.field());
        assertTrue(violation.message().contains("TCD is not a member of AES on 2030-01-01"), violation.message());
    }

    @Test
    void a_presiding_state_whose_membership_ended_the_day_before_is_refused() {
        Membership leaves = membership(NER, "2023-09-16", "2026-12-22");

        List<Violation> violations = onAes(leaves, term(NER, "2026-12-23", null));

        assertEquals(List.of(ViolationKind.NOT_A_MEMBER), violations.stream().map(Violation::kind).toList());
    }

    @Test
    void membership_of_another_confederation_does_not_let_a_state_preside() {
        ConfederationCode g5 = ConfederationCode.of("G5S");
        Confederation g5Sahel = new Confederation(g5, "G5 Sahel", null, null, null, null, null, null, null, null, null, null);
        Membership chadInG5 = new Membership(g5, StateCode.of("TCD"), date("2014"), null, null, null, null, List.of(), null);
        State tchad = new State(StateCode.of("TCD"), "Tchad", null, null, null);

        Violation violation = only(onAes(g5Sahel, tchad, chadInG5, term(StateCode.of("TCD"), "2030-01-01", null)));

        assertEquals(ViolationKind.NOT_A_MEMBER, violation.kind());
    }

    @Test
    void ending_a_membership_before_a_stored_term_of_that_state_starts_is_refused() {
        Membership maliLeavesEarly = membership(MLI, "2023-09-16", "2024-01-28");

        Violation violation = only(onAes(maliLeavesEarly));

        assertEquals(ViolationKind.NOT_A_MEMBER, violation.kind());
        assertEquals(maliLeavesEarly.key(), violation.record());
        assertEquals("membership.end", violation.field());
    }

    @Test
    void a_plan_may_not_go_back_from_presented_to_drafted() {
        PlanEvent back = event(PlanStatus.DRAFTED, "2024-12-01");

        Violation violation = only(onAes(back));

        assertEquals(ViolationKind.ILLEGAL_MOVE, violation.kind());
        assertEquals(back.key(), violation.record());
        assertEquals("plan_event.status", violation.field());
        assertEquals("plan aes-defence-security-2024 cannot move from presented (2024-11-06) to drafted (2024-12-01)",
                violation.message());
    }

    @Test
    void a_plan_may_skip_forwards_and_be_abandoned() {
        assertEquals(List.of(), onAes(event(PlanStatus.IN_PROGRESS, "2025-02"), event(PlanStatus.ABANDONED, "2025-06-01")));
    }

    @Test
    void a_validated_plan_may_be_returned_for_rework() {
        PlanId plan = PlanId.of("aes-diplomacy-plan");
        ActionPlan diplomacy = new ActionPlan(plan, AES, PillarCode.of("diplomacy"), "Plan diplomatique", null, null, null, null);

        assertEquals(List.of(), onAes(diplomacy,
                new PlanEvent(plan, PlanStatus.DRAFTED, date("2025-01-01"), null, null, null, null),
                new PlanEvent(plan, PlanStatus.VALIDATED, date("2025-02-01"), null, null, null, null),
                new PlanEvent(plan, PlanStatus.DRAFTED, date("2025-03-01"), null, "returned for rework", null, null),
                new PlanEvent(plan, PlanStatus.VALIDATED, date("2025-04-01"), null, null, null, null)));
    }

    @Test
    void nothing_follows_a_completed_plan() {
        List<Violation> violations = onAes(event(PlanStatus.COMPLETED, "2025-01"), event(PlanStatus.ABANDONED, "2025-02"));

        Violation violation = only(violations);
        assertEquals(ViolationKind.ILLEGAL_MOVE, violation.kind());
        assertEquals(RecordKey.of(PlanEvent.class, DEFENCE_PLAN, "abandoned", "2025-02"), violation.record());
    }

    @Test
    void an_event_dated_before_the_plan_history_that_does_not_fit_it_is_refused() {
        PlanEvent adoptedBeforeValidation = event(PlanStatus.ADOPTED, "2024-10-15");

        Violation violation = only(onAes(adoptedBeforeValidation));

        assertEquals(ViolationKind.ILLEGAL_MOVE, violation.kind());
        assertEquals(adoptedBeforeValidation.key(), violation.record());
    }

    @Test
    void a_status_set_twice_is_not_a_move() {
        assertEquals(ViolationKind.ILLEGAL_MOVE, only(onAes(event(PlanStatus.PRESENTED, "2024-12-01"))).kind());
    }

    @Test
    void a_plan_under_a_pillar_its_confederation_does_not_list_is_refused() {
        ActionPlan economy = new ActionPlan(PlanId.of("aes-economy"), AES, PillarCode.of("economy"), "Plan économique",
                null, null, AesFacts.cites(APA), null);

        Violation violation = only(onAes(economy));

        assertEquals(ViolationKind.UNKNOWN_PILLAR, violation.kind());
        assertEquals("action_plan.pillar", violation.field());
        assertEquals("economy is not one of AES's pillars: defence_security, diplomacy, development", violation.message());
    }

    @Test
    void the_pillars_of_a_confederation_in_the_same_batch_are_the_ones_checked() {
        ActionPlan economy = new ActionPlan(PlanId.of("aes-economy"), AES, PillarCode.of("economy"), "Plan économique",
                null, null, null, null);
        Confederation withEconomy = new Confederation(AES, "Confédération des États du Sahel", null, null, null, null, null, null,
                null, List.of(PillarCode.of("economy")), null, null);

        assertEquals(List.of(), onAes(withEconomy, economy));
    }

    @Test
    void a_confederation_that_lists_no_pillars_accepts_any() {
        ConfederationCode g5 = ConfederationCode.of("G5S");
        Confederation g5Sahel = new Confederation(g5, "G5 Sahel", null, null, null, null, null, null, null, null, null, null);
        ActionPlan plan = new ActionPlan(PlanId.of("g5-plan"), g5, PillarCode.of("anything"), "Plan", null, null, null, null);

        assertEquals(List.of(), onAes(g5Sahel, plan));
    }

    @Test
    void a_reference_to_nothing_is_refused_and_names_its_field() {
        Membership chad = new Membership(AES, StateCode.of("TCD"), date("2030"), null, null, null, null, AesFacts.cites(SourceId.of("nowhere")), null);

        List<Violation> violations = onAes(chad);

        assertEquals(List.of("membership.state: state TCD does not exist", "membership.sources: source nowhere does not exist"),
                violations.stream().map(Violation::toString).toList());
        assertTrue(violations.stream().allMatch(violation -> violation.kind() == ViolationKind.MISSING_REFERENCE));
        assertTrue(violations.stream().allMatch(violation -> violation.record().equals(chad.key())));
    }

    @Test
    void a_reference_inside_a_participant_names_the_nested_field() {
        Meeting meeting = new Meeting(MeetingId.of("m1"), AES, MeetingKind.COMMITTEE, date("2024-10"), null, null, null,
                List.of(new Participant(GOITA, null, null), new Participant(PersonId.of("nobody"), null, null)), null, null, null);

        Violation violation = only(onAes(meeting));

        assertEquals("meeting.participants.person", violation.field());
        assertEquals("person nobody does not exist", violation.message());
    }

    @Test
    void every_kind_of_reference_is_checked() {
        RotatingPresidency dangling = new RotatingPresidency(ConfederationCode.of("ECOWAS"), StateCode.of("SEN"),
                PersonId.of("nobody"), date("2030"), null, MeetingId.of("no-meeting"), null, AesFacts.cites(SourceId.of("no-source")), null);

        List<String> fields = Consistency.check(List.of(dangling), RecordLookup.empty()).stream()
                .filter(violation -> violation.kind() == ViolationKind.MISSING_REFERENCE).map(Violation::field).toList();

        assertEquals(List.of("presidency.confederation", "presidency.state", "presidency.holder", "presidency.designated_at",
                "presidency.sources"), fields);
    }

    @Test
    void references_may_point_at_records_later_in_the_same_batch() {
        List<ConfedRecord> reversed = new ArrayList<>(AesFacts.all());
        java.util.Collections.reverse(reversed);

        assertEquals(List.of(), Consistency.check(reversed, RecordLookup.empty()));
    }

    @Test
    void two_different_records_with_one_key_in_one_batch_are_refused() {
        Person goita = new Person(GOITA, "Assimi Goïta", null, null, null);
        Person other = new Person(GOITA, "Assimi Goita", null, null, null);

        Violation violation = only(onAes(goita, other));

        assertEquals(ViolationKind.DUPLICATE_KEY, violation.kind());
        assertEquals(goita.key(), violation.record());
        assertEquals("person", violation.field());
    }

    @Test
    void the_same_record_twice_in_one_batch_is_accepted() {
        Person goita = new Person(GOITA, "Assimi Goïta", null, null, null);

        assertEquals(List.of(), onAes(goita, new Person(GOITA, "Assimi Goïta", null, null, null)));
    }

    @Test
    void replacing_a_stored_term_by_one_with_the_same_key_is_not_an_overlap() {
        RotatingPresidency corrected = new RotatingPresidency(AES, BFA, TRAORE, date("2025-12-23"), date("2026-12-22"),
                null, null, List.of(), null);

        assertEquals(List.of(), onAes(corrected));
    }

    @Test
    void broken_rules_among_stored_records_alone_are_not_pinned_on_a_new_write() {
        StoredRecords broken = StoredRecords.of(List.of(AesFacts.confederation(), AesFacts.states().get(0),
                membership(BFA, "2020", null), membership(BFA, "2021", null)));

        Membership incoming = membership(BFA, "2030", "2030");

        List<Violation> violations = Consistency.check(List.of(incoming), broken);

        assertEquals(List.of(incoming.key()), violations.stream().map(Violation::record).toList(),
                "only the new membership, which overlaps the open 2021 one, is blamed; the stored 2020/2021 pair is not");
    }

    @Test
    void require_throws_every_violation_at_once() {
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> Consistency.require(
                List.of(membership(MLI, "2025", null), event(PlanStatus.DRAFTED, "2025")), AES_STORED));

        assertEquals(2, refused.violations().size(), refused.getMessage());
        assertTrue(refused.getMessage().contains("membership.start: ") && refused.getMessage().contains("; plan_event.status: "),
                refused.getMessage());
    }
}
