package org.confed.application.importing;

import static org.confed.application.importing.Imports.TESTER;
import static org.confed.application.importing.Imports.aes;
import static org.confed.application.importing.Imports.contents;
import static org.confed.application.importing.Imports.dryRun;
import static org.confed.application.importing.Imports.filesIn;
import static org.confed.application.importing.Imports.inStoreOrder;
import static org.confed.application.importing.Imports.line;
import static org.confed.application.importing.Imports.ndjson;
import static org.confed.application.importing.Imports.problems;
import static org.confed.application.importing.Imports.run;
import static org.confed.application.importing.Imports.skip;
import static org.confed.application.importing.Imports.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Membership;
import org.confed.domain.model.Person;
import org.confed.domain.model.Source;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.WriteOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
    @TempDir
    Path spill;

    @Test
    void the_aes_facts_import_into_an_empty_store_and_a_rerun_leaves_them_all_unchanged() {
        InMemoryRegistry registry = new InMemoryRegistry();

        ImportReport first = run(registry, spill, text("aes.ndjson", ndjson(AesFacts.all())));
        ImportReport again = run(registry, spill, text("aes.ndjson", ndjson(AesFacts.all())));

        assertEquals(List.of(), problems(first));
        assertEquals(AesFacts.all().size(), first.written().total(WriteOutcome.INSERTED));
        assertEquals(AesFacts.all().size(), first.recordsRead());
        assertEquals(inStoreOrder(AesFacts.all()), contents(registry));
        assertEquals(List.of(), problems(again));
        assertEquals(AesFacts.all().size(), again.written().total(WriteOutcome.UNCHANGED));
        assertFalse(again.written().changedAnything());
        assertTrue(again.summary().contains("meeting: 0 inserted, 0 updated, 3 unchanged"), again.summary());
        assertEquals(List.of(), filesIn(spill), "spill files are deleted");
    }

    @Test
    void records_may_come_in_any_order_across_several_files() {
        List<ConfedRecord> reversed = new ArrayList<>(AesFacts.all());
        Collections.reverse(reversed);
        int half = reversed.size() / 2;
        InMemoryRegistry registry = new InMemoryRegistry();

        ImportReport report = run(registry, spill,
                text("first.ndjson", ndjson(reversed.subList(0, half))),
                text("second.json", "[" + String.join(",\n", reversed.subList(half, reversed.size()).stream().map(Imports::line).toList()) + "]"));

        assertEquals(List.of(), problems(report));
        assertEquals(inStoreOrder(AesFacts.all()), contents(registry));
    }

    @Test
    void the_same_record_twice_is_one_record_but_two_contents_for_one_key_are_a_problem_naming_both_lines() {
        Person goita = AesFacts.persons().get(0);
        Person renamed = new Person(goita.id(), "Assimi Goita", goita.honorific(), goita.sources(), null);
        String sources = ndjson(AesFacts.sources());
        int sourceLines = AesFacts.sources().size();
        InMemoryRegistry registry = new InMemoryRegistry();

        ImportReport same = run(registry, spill, text("a.ndjson", sources + line(goita) + "\n" + line(goita) + "\n"));
        ImportReport different = run(new InMemoryRegistry(), spill,
                text("b.ndjson", sources + line(goita) + "\n\n" + line(renamed) + "\n"));

        assertEquals(List.of(), problems(same));
        assertEquals(1, registry.count(Person.class));
        assertEquals(List.of("b.ndjson:" + (sourceLines + 3) + ": person: a different person with the same key (assimi-goita) is at b.ndjson:"
                + (sourceLines + 1) + "; give each key once"), problems(different));
    }

    @Test
    void a_reference_to_nothing_is_a_problem_at_the_referring_line() {
        String text = line(new Person(AesFacts.GOITA, "Assimi Goïta", null, AesFacts.cites(AesFacts.APA), null)) + "\n";

        ImportReport report = run(new InMemoryRegistry(), spill, text("p.ndjson", text));

        assertEquals(List.of("p.ndjson:1: person.sources: source apa-2024-11-06-koulouba does not exist"), problems(report));
    }

    @Test
    void references_may_point_at_stored_records() {
        InMemoryRegistry registry = aes();
        Person newcomer = new Person(org.confed.domain.model.PersonId.of("abdourahamane-tiani"), "Abdourahamane Tiani",
                "Général de brigade", AesFacts.cites(AesFacts.ACONEWS), null);

        ImportReport report = run(registry, spill, text("p.ndjson", line(newcomer) + "\n"));

        assertEquals(List.of(), problems(report));
        assertEquals(1, report.written().count(Person.class, WriteOutcome.INSERTED));
    }

    @Test
    void an_overlapping_membership_is_reported_at_its_line_and_nothing_is_written() {
        InMemoryRegistry registry = aes();
        List<ConfedRecord> before = contents(registry);
        Membership overlapping = new Membership(AesFacts.AES, AesFacts.MLI, AesFacts.date("2024-01"), null, null, null, null, List.of(), null);
        Person newcomer = new Person(org.confed.domain.model.PersonId.of("someone"), "Someone", null, List.of(), null);

        ImportReport report = run(registry, spill, text("m.ndjson", line(newcomer) + "\n" + line(overlapping) + "\n"));

        assertEquals(List.of("m.ndjson:2: membership.start: MLI's membership of AES 2024-01-01.. overlaps its membership 2023-09-16.."),
                problems(report));
        assertEquals(before, contents(registry), "STOP writes nothing");
        assertFalse(report.written().changedAnything());
    }

    @Test
    void every_problem_is_listed_not_just_the_first_up_to_the_cap() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            text.append("{\"type\":\"state\",\"code\":\"XX").append(i % 10).append("\"}\n");
        }

        ImportReport report = run(new InMemoryRegistry(), spill, text("s.ndjson", text.toString()));

        assertEquals(100, report.problems().size());
        assertTrue(report.truncated());
        assertEquals(150, report.recordsRead());
        assertEquals("s.ndjson:1: state.code: \"XX0\" is not a valid state code (for example MLI)", report.problems().get(0).toString());
        assertEquals("s.ndjson:1: state.name: is required", report.problems().get(1).toString());
    }

    @Test
    void a_dry_run_writes_nothing_and_says_what_it_would_do() {
        InMemoryRegistry registry = new InMemoryRegistry();
        registry.write(AesFacts.sources().stream().map(RecordWrite::upsert).toList(), TESTER);

        ImportReport report = run(registry, spill, dryRun(), text("aes.ndjson", ndjson(AesFacts.all())));

        assertEquals(List.of(), problems(report));
        assertEquals(0, registry.count(Person.class));
        assertFalse(report.written().changedAnything());
        assertEquals(AesFacts.sources().size(), report.planned().count(Source.class, WriteOutcome.UNCHANGED));
        assertEquals(3, report.planned().count(Person.class, WriteOutcome.INSERTED));
        assertTrue(report.summary().contains("person: would insert 3, update 0, leave unchanged 0"), report.summary());
    }

    @Test
    void working_files_that_cannot_be_written_are_a_store_failure_not_a_problem_of_the_input_and_nothing_is_written()
            throws Exception {
        InMemoryRegistry registry = new InMemoryRegistry();
        // a file where the working directory should be: every spill file fails to open, as on a full disk
        Path notADirectory = java.nio.file.Files.writeString(spill.resolve("not-a-directory"), "x");

        org.confed.domain.port.StoreUnavailableException failure = org.junit.jupiter.api.Assertions.assertThrows(
                org.confed.domain.port.StoreUnavailableException.class,
                () -> run(registry, notADirectory, text("aes.ndjson", ndjson(AesFacts.all()))));

        assertTrue(failure.getMessage().startsWith("the import cannot use its working files in " + notADirectory + ": "),
                failure.getMessage());
        assertEquals(List.of(), contents(registry));
    }
}
