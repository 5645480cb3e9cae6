package org.confed.application.importing;

import static org.confed.application.importing.Imports.aes;
import static org.confed.application.importing.Imports.contents;
import static org.confed.application.importing.Imports.line;
import static org.confed.application.importing.Imports.problems;
import static org.confed.application.importing.Imports.run;
import static org.confed.application.importing.Imports.skip;
import static org.confed.application.importing.Imports.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedRecord;
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
import org.confed.domain.model.State;
import org.confed.domain.model.StateCode;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.WriteReport;
import org.confed.domain.port.WriteSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossRecordRulesTest {
    private static final StateCode SEN = StateCode.of("SEN");

    @TempDir
    Path spill;

    @Test
    void each_broken_rule_is_reported_at_the_line_of_the_record_that_breaks_it_and_nothing_is_written() {
        InMemoryRegistry registry = aes();
        List<ConfedRecord> before = contents(registry);
        String text = line(new State(SEN, "Sénégal", null, List.of(), null)) + "\n"
                + line(new RotatingPresidency(AesFacts.AES, SEN, null, AesFacts.date("2027-01-01"), null, null, null, List.of(), null)) + "\n"
                + line(new ActionPlan(PlanId.of("aes-culture"), AesFacts.AES, PillarCode.of("culture"), "Culture", List.of(), null, List.of(), null)) + "\n"
                + line(new PlanEvent(AesFacts.UNIFIED_FORCE, PlanStatus.DRAFTED, AesFacts.date("2025-06"), null, null, List.of(), null)) + "\n"
                + line(new RotatingPresidency(AesFacts.AES, AesFacts.NER, null, AesFacts.date("2025-06-01"), AesFacts.date("2026-06-30"),
                        null, null, List.of(), null)) + "\n";

        ImportReport report = run(registry, spill, text("rules.ndjson", text));

        assertEquals(List.of(
                "rules.ndjson:2: presidency.state: SEN is not a member of AES on 2027-01-01, the first day of its term",
                "rules.ndjson:3: action_plan.pillar: culture is not one of AES's pillars: defence_security, diplomacy, development",
                "rules.ndjson:4: plan_event.status: plan aes-unified-force cannot move from adopted (2025-01) to drafted (2025-06)",
                "rules.ndjson:5: presidency.end: the term of NER from 2025-06-01 overlaps the term of BFA from 2025-12-23"),
                problems(report));
        assertEquals(before, contents(registry));
    }

    @Test
    void skip_writes_the_good_records_and_rejects_those_that_refer_to_a_rejected_one() {
        InMemoryRegistry registry = aes();
        PersonId tiani = PersonId.of("abdourahamane-tiani");
        MeetingId niamey2 = MeetingId.of("aes-2026-12-niamey");
        String text = "{\"type\":\"person\",\"id\":\"" + tiani + "\",\"name\":\"\"}\n"
                + line(new Meeting(niamey2, AesFacts.AES, MeetingKind.SUMMIT, AesFacts.date("2026-12"), null, "Niamey", null,
                        List.of(new Participant(tiani, null, null)), List.of(), List.of(), null)) + "\n"
                + line(new RotatingPresidency(AesFacts.AES, AesFacts.NER, tiani, AesFacts.date("2026-12-23"), null, niamey2, null, List.of(), null)) + "\n"
                + line(new Person(PersonId.of("someone-else"), "Someone Else", null, List.of(), null)) + "\n";

        ImportReport report = run(registry, spill, skip(), text("skip.ndjson", text));

        assertEquals(List.of(
                "skip.ndjson:1: person.name: is blank (leave it out instead)",
                "skip.ndjson:2: meeting.participants.person: person abdourahamane-tiani is rejected (skip.ndjson:1)",
                "skip.ndjson:3: presidency.holder: person abdourahamane-tiani is rejected (skip.ndjson:1)"), problems(report));
        assertEquals(3, report.rejected());
        assertEquals(1, report.written().count(Person.class, org.confed.domain.port.WriteOutcome.INSERTED));
        assertTrue(registry.find(Person.class, RecordKey.of(Person.class, "someone-else")).isPresent());
        assertFalse(registry.find(Meeting.class, RecordKey.of(Meeting.class, niamey2)).isPresent());
    }

    @Test
    void with_skip_a_term_whose_membership_is_rejected_goes_too() {
        InMemoryRegistry registry = aes();
        ConfederationCode g5 = ConfederationCode.of("G5S");
        String text = "{\"type\":\"confederation\",\"code\":\"G5S\",\"name\":\"G5 Sahel\"}\n"
                + line(new Membership(g5, AesFacts.MLI, AesFacts.date("2014-02-16"), AesFacts.date("2022-05-15"), null, null, null, List.of(), null)) + "\n"
                + line(new Membership(g5, AesFacts.MLI, AesFacts.date("2020"), null, null, null, null, List.of(), null)) + "\n"
                + line(new RotatingPresidency(g5, AesFacts.MLI, null, AesFacts.date("2023-01-01"), null, null, null, List.of(), null)) + "\n";

        ImportReport report = run(registry, spill, skip(), text("g5.ndjson", text));

        assertEquals(List.of(
                "g5.ndjson:3: membership.start: MLI's membership of G5S 2020-01-01.. overlaps its membership 2014-02-16..2022-05-15",
                "g5.ndjson:4: presidency.state: MLI is not a member of G5S on 2023-01-01, the first day of its term"), problems(report));
        assertEquals(1, registry.memberships(g5).size());
        assertEquals(List.of(), registry.presidencies(g5));
    }

    @Test
    void a_rule_the_store_enforces_when_another_writer_got_there_first_is_reported_at_the_line_not_thrown() {
        InMemoryRegistry store = aes();
        ConfederationCode g5 = ConfederationCode.of("G5S");
        DelegatingRegistry racing = new DelegatingRegistry(store) {
            @Override
            public <T> T transact(Actor actor, Function<WriteSession, T> work) {
                store.write(List.of(RecordWrite.upsert(new Membership(g5, AesFacts.MLI, AesFacts.date("2015"), null, null, null, null, List.of(), null))),
                        new Actor("other"));
                return super.transact(actor, work);
            }
        };
        String text = "{\"type\":\"confederation\",\"code\":\"G5S\",\"name\":\"G5 Sahel\"}\n"
                + line(new Membership(g5, AesFacts.MLI, AesFacts.date("2014-02-16"), null, null, null, null, List.of(), null)) + "\n";
        store.write(List.of(RecordWrite.upsert(org.confed.domain.model.Confederation.of(g5, "G5 Sahel", null, null))), new Actor("other"));

        ImportReport report = run(racing, spill, text("race.ndjson", text));

        assertEquals(List.of("race.ndjson:2: membership.start: MLI's membership of G5S 2014-02-16.. overlaps its membership"
                + " 2015-01-01.."), problems(report));
        assertFalse(report.written().changedAnything());
    }
}
