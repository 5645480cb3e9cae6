package org.confed.application.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confed.application.importing.ImportReport;
import org.confed.application.importing.Imports;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.ChangeKind;
import org.confed.domain.port.ChangeQuery;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.WriteOutcome;
import org.confed.domain.rules.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two records of one person, as two spreadsheets give them (a-goita with his office term and a meeting, assimi-goita
 * from the demo facts), merged; the retraction of records, refused while something refers to them.
 */
class PersonMergeTest {
    private static final Actor EDITOR = new Actor("editor");
    private static final PersonId A_GOITA = PersonId.of("a-goita");
    private static final RecordKey OLD = RecordKey.of(Person.class, A_GOITA);
    private static final RecordKey SURVIVOR = RecordKey.of(Person.class, AesFacts.GOITA);

    @TempDir
    Path spill;

    private static final String SECOND_SPREADSHEET = """
            {"type":"person","id":"a-goita","name":"A. Goïta","honorific":"Colonel"}
            {"type":"office_term","person":"a-goita","office":"Vice-président de la Transition","state":"MLI","start":"2020-09-25","end":"2021-05-24"}
            {"type":"meeting","id":"mli-2021-05-25-bamako","confederation":"AES","kind":"other","date":"2021-05-25","title":"Réunion à Bamako","participants":[{"person":"a-goita"}]}
            """;

    private InMemoryRegistry twoSpreadsheets() {
        InMemoryRegistry registry = new InMemoryRegistry();
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), Actor.CLI);
        ImportReport report = Imports.run(registry, spill, Imports.text("second.ndjson", SECOND_SPREADSHEET));
        assertEquals(List.of(), Imports.problems(report));
        return registry;
    }

    @Test
    void every_reference_moves_to_the_survivor_whose_aliases_gain_the_other_name() {
        InMemoryRegistry registry = twoSpreadsheets();
        Instant before = registry.changes(ChangeQuery.newest(1)).items().get(0).at();

        PersonMerge.Merged merged = new PersonMerge(registry).merge(AesFacts.GOITA, A_GOITA, EDITOR);

        assertEquals(List.of("A. Goïta"), merged.survivor().aliases());
        assertEquals("Colonel", merged.merged().honorific());
        assertTrue(registry.find(Person.class, OLD).isEmpty());
        assertEquals(Optional.of(SURVIVOR), registry.mergedInto(OLD));
        Meeting meeting = registry.find(Meeting.class, RecordKey.of(Meeting.class, "mli-2021-05-25-bamako")).orElseThrow().record();
        assertEquals(AesFacts.GOITA, meeting.participants().get(0).person());
        List<OfficeTerm> terms = registry.referring(OfficeTerm.class, SURVIVOR);
        assertTrue(terms.stream().anyMatch(term -> term.office().equals("Vice-président de la Transition")), terms.toString());
        assertTrue(registry.referring(OfficeTerm.class, OLD).isEmpty());

        List<ChangeEntry> log = registry.changes(new ChangeQuery(null, null, EDITOR, null, 100)).items();
        assertEquals(1, log.stream().filter(entry -> entry.kind() == ChangeKind.MERGE).count());
        assertTrue(log.stream().allMatch(entry -> entry.at().equals(log.get(0).at())), "one write");
        assertEquals(2, registry.asRecorded(before).list(Person.class, null, 100).stream()
                .filter(person -> person.record().name().contains("Goïta")).count(), "both, as recorded before");
    }

    @Test
    void a_reimport_of_the_old_spreadsheet_names_the_survivor_and_brings_the_old_id_back_nowhere() {
        InMemoryRegistry registry = twoSpreadsheets();
        new PersonMerge(registry).merge(AesFacts.GOITA, A_GOITA, EDITOR);

        ImportReport again = Imports.run(registry, spill, Imports.text("second.ndjson", SECOND_SPREADSHEET));

        assertEquals(List.of(), Imports.problems(again));
        assertEquals(3, again.written().total(WriteOutcome.UNCHANGED), again.summary());
        assertTrue(registry.find(Person.class, OLD).isEmpty());
        assertTrue(registry.referring(Meeting.class, OLD).isEmpty());
    }

    @Test
    void a_merge_that_would_overlap_two_terms_of_one_office_is_refused_and_changes_nothing() {
        InMemoryRegistry registry = new InMemoryRegistry();
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), Actor.CLI);
        Imports.run(registry, spill, Imports.text("twice.ndjson", """
                {"type":"person","id":"a-goita","name":"A. Goïta"}
                {"type":"office_term","person":"a-goita","office":"Président de la Transition","state":"MLI","start":"2021-05-24"}
                """));
        long logged = registry.changes(0, 10_000).size();

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> new PersonMerge(registry).merge(AesFacts.GOITA, A_GOITA, EDITOR));

        assertTrue(refused.getMessage().contains("from 2021-05-24, still held overlaps their term from ../2024-11-06"),
                refused.getMessage());
        assertEquals(logged, registry.changes(0, 10_000).size());
        assertTrue(registry.find(Person.class, OLD).isPresent());
    }

    @Test
    void a_merge_that_would_write_a_term_over_one_the_survivor_holds_is_refused() {
        InMemoryRegistry registry = new InMemoryRegistry();
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), Actor.CLI);
        Imports.run(registry, spill, Imports.text("same.ndjson", """
                {"type":"person","id":"a-goita","name":"A. Goïta"}
                {"type":"office_term","person":"a-goita","office":"Président de la Transition","state":"MLI","start":"../2024-11-06","sources":["apa-2024-11-06-koulouba"]}
                """));
        RecordKey survivorsTerm = RecordKey.of(OfficeTerm.class, AesFacts.GOITA, "Président de la Transition",
                AesFacts.date("../2024-11-06"));
        OfficeTerm before = registry.find(OfficeTerm.class, survivorsTerm).orElseThrow().record();

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> new PersonMerge(registry).merge(AesFacts.GOITA, A_GOITA, EDITOR));

        assertTrue(refused.getMessage().contains("is stored already"), refused.getMessage());
        assertEquals(before, registry.find(OfficeTerm.class, survivorsTerm).orElseThrow().record(), "the survivor's term is kept");
    }

    @Test
    void a_person_is_not_merged_into_itself_or_into_nobody() {
        InMemoryRegistry registry = twoSpreadsheets();
        assertThrows(org.confed.domain.model.InvalidFieldException.class,
                () -> new PersonMerge(registry).merge(A_GOITA, A_GOITA, EDITOR));
        NoSuchRecordException missing = assertThrows(NoSuchRecordException.class,
                () -> new PersonMerge(registry).merge(PersonId.of("nobody"), A_GOITA, EDITOR));
        assertEquals(RecordKey.of(Person.class, PersonId.of("nobody")), missing.key());
    }

    @Test
    void a_retraction_names_what_still_refers_to_the_record_and_a_batch_goes_whole() {
        InMemoryRegistry registry = twoSpreadsheets();
        Retraction retraction = new Retraction(registry);
        RecordKey meeting = RecordKey.of(Meeting.class, "mli-2021-05-25-bamako");

        StillReferredException refused = assertThrows(StillReferredException.class, () -> retraction.retract(OLD, null, EDITOR));
        assertEquals(List.of(meeting, RecordKey.of(OfficeTerm.class, A_GOITA, "Vice-président de la Transition",
                AesFacts.date("2020-09-25"))), refused.referrers());

        OfficeTerm term = registry.referring(OfficeTerm.class, OLD).get(0);
        assertEquals(List.of(1L, 1L, 1L), retraction.retractAll(List.of(meeting, term.key(), OLD), null, EDITOR));
        assertTrue(registry.find(Person.class, OLD).isEmpty());
        assertThrows(NoSuchRecordException.class, () -> retraction.retract(OLD, null, EDITOR));
    }
}
