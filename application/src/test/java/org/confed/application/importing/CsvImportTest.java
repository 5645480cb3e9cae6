package org.confed.application.importing;

import static org.confed.application.importing.Imports.bytes;
import static org.confed.application.importing.Imports.problems;
import static org.confed.application.importing.Imports.run;
import static org.confed.application.importing.Imports.text;
import static org.confed.application.importing.Imports.typed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confed.application.format.CsvTable;
import org.confed.application.format.FileFormat;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.Participant;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.State;
import org.confed.domain.model.StateCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {
    @TempDir
    Path spill;

    private static State state(InMemoryRegistry registry, String code) {
        return registry.find(State.class, RecordKey.of(State.class, code)).orElseThrow().record();
    }

    private static Meeting meeting(InMemoryRegistry registry, MeetingId id) {
        return registry.find(Meeting.class, RecordKey.of(Meeting.class, id)).orElseThrow().record();
    }

    @Test
    void the_type_comes_from_the_file_name_singular_or_plural_with_dashes() {
        InMemoryRegistry registry = Imports.aes();
        String terms = "person,office,state,start,end,sources\n"
                + "assimi-goita,Vice-président,MLI,2020-08,2021-05,apa-2024-11-06-koulouba\n";
        String presidencies = "confederation,state,holder,start\nAES,NER,,2026-12-23\n";

        ImportReport report = run(registry, spill, text("office-terms.csv", terms), text("presidency.csv", presidencies));

        assertEquals(List.of(), problems(report));
        assertEquals(4, registry.count(OfficeTerm.class));
        assertEquals(3, registry.count(RotatingPresidency.class));
    }

    @Test
    void a_type_override_wins_over_the_file_name() {
        InMemoryRegistry registry = new InMemoryRegistry();

        ImportReport report = run(registry, spill, typed("export-2024.csv", "states", "code,name\nMLI,Mali\n"));

        assertEquals(List.of(), problems(report));
        assertEquals(1, registry.count(State.class));
        assertThrows(IllegalArgumentException.class, () -> ImportSource.file(Path.of("export-2024.csv"), null));
        assertEquals("--type nation is not a record type (one of source, state, confederation, membership, person, office_term,"
                + " meeting, presidency, action_plan, plan_event, participant)",
                assertThrows(IllegalArgumentException.class, () -> ImportSource.file(Path.of("x.csv"), "nation")).getMessage());
        assertEquals(FileFormat.CSV, ImportSource.file(Path.of("dir", "office-terms.csv"), null).format());
    }

    @Test
    void names_lists_and_empty_cells_read_as_documented() {
        InMemoryRegistry registry = Imports.aes();
        String csv = "code,name,names,founded,founding_instrument,headquarters,presidency_term,rotation,pillars,sources\n"
                + "G5S,G5 Sahel,fr=G5 Sahel;en=G5 Sahel\\; the five,2014-02-16,,Nouakchott,P1Y, MLI ; NER ,defence_security;development,\n";

        ImportReport report = run(registry, spill, text("confederations.csv", csv));

        assertEquals(List.of(), problems(report));
        Confederation g5 = registry.find(Confederation.class, RecordKey.of(Confederation.class, "G5S")).orElseThrow().record();
        assertEquals(Map.of("fr", "G5 Sahel", "en", "G5 Sahel; the five"), g5.names());
        assertEquals(List.of(StateCode.of("MLI"), StateCode.of("NER")), g5.rotation());
        assertEquals(null, g5.foundingInstrument());
        assertEquals(List.of(), g5.sources());
    }

    @Test
    void a_byte_order_mark_and_crlf_line_ends_are_accepted() {
        InMemoryRegistry registry = new InMemoryRegistry();
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        content.writeBytes("code,name,names\r\nMLI,Mali,fr=Mali;en=Mali\r\nBFA,\"Burkina\r\nFaso\",\r\nNER,Niger,\r\n"
                .getBytes(StandardCharsets.UTF_8));

        ImportReport report = run(registry, spill, bytes("states.csv", content.toByteArray()));

        assertEquals(List.of(), problems(report));
        assertEquals(3, registry.count(State.class));
        assertEquals("Burkina\r\nFaso", state(registry, "BFA").name());
    }

    @Test
    void rows_are_numbered_by_the_line_they_start_on_the_header_being_line_1() {
        String csv = "code,name\nMLI,\"Ma\nli\"\nbad,Nowhere\nNER,Niger,extra\n\nBFA,\n";

        ImportReport report = run(new InMemoryRegistry(), spill, text("states.csv", csv));

        assertEquals(List.of(
                "states.csv:4: state.code: \"bad\" is not a valid state code (for example MLI)",
                "states.csv:5: the row has 3 cells but the header has 2 (quote cells that hold a comma)",
                "states.csv:7: state.name: is required"), problems(report));
        assertEquals(4, report.recordsRead());
    }

    @Test
    void unknown_and_missing_columns_are_problems_at_line_1_and_no_row_is_read() {
        ImportReport report = run(new InMemoryRegistry(), spill, text("states.csv", "code,colour,code\nMLI,red,MLI\n"));

        assertEquals(List.of(
                "states.csv:1: state.colour: is not a column of state (its columns: code, name, names, sources)",
                "states.csv:1: state.code: is a column twice",
                "states.csv:1: state.name: is required, but the header has no such column"), problems(report));
        assertEquals(0, report.recordsRead());
    }

    @Test
    void an_unclosed_quote_is_a_problem_at_the_row_it_opens_in() {
        InMemoryRegistry registry = new InMemoryRegistry();

        ImportReport report = run(registry, spill, Imports.skip(),
                text("states.csv", "code,name\nMLI,Mali\nNER,\"Niger\nBFA,Burkina Faso\n"));

        assertEquals(List.of("states.csv:3: a quoted cell opened in this row is never closed; the rest of the file was not read"),
                problems(report));
        assertEquals(1, registry.count(State.class));
    }

    @Test
    void bytes_that_are_not_utf8_are_a_problem_at_their_line() {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes("code,name\nMLI,Mali\nCIV,C".getBytes(StandardCharsets.UTF_8));
        content.writeBytes(new byte[] {(byte) 0xF4, 't', 'e'});
        content.writeBytes(" d'Ivoire\n".getBytes(StandardCharsets.UTF_8));

        ImportReport report = run(new InMemoryRegistry(), spill, bytes("states.csv", content.toByteArray()));

        assertEquals(List.of("states.csv:3: the text is not valid UTF-8 (a bad byte 0xF4); save the file as UTF-8; the rest of the"
                + " file was not read"), problems(report));
    }

    @Test
    void participant_rows_complete_a_meeting_of_the_same_import_in_any_order() {
        InMemoryRegistry registry = Imports.aes();
        String participants = "meeting,person,capacity\n"
                + "aes-2026-07-01-ouaga,ibrahim-traore,Président du Faso\n"
                + "aes-2026-07-01-ouaga,assimi-goita,\"Président de la Transition, Mali\"\n";
        String meetings = "id,confederation,kind,date,place,title,topics,sources\n"
                + "aes-2026-07-01-ouaga,AES,summit,2026-07,Ouagadougou,Troisième session,Défense;Monnaie,\n";

        ImportReport report = run(registry, spill, text("participants.csv", participants), text("meetings.csv", meetings));

        assertEquals(List.of(), problems(report));
        assertEquals(List.of(new Participant(AesFacts.TRAORE, "Président du Faso"),
                        new Participant(AesFacts.GOITA, "Président de la Transition, Mali")),
                meeting(registry, MeetingId.of("aes-2026-07-01-ouaga")).participants());
    }

    @Test
    void participant_rows_alone_complete_a_stored_meeting() {
        InMemoryRegistry registry = Imports.aes();
        String participants = "meeting,person,capacity\n" + AesFacts.BAMAKO_SESSION + "," + AesFacts.BARMOU + ",\n";

        ImportReport report = run(registry, spill, text("participants.csv", participants));

        assertEquals(List.of(), problems(report));
        assertEquals(1, report.written().count(Meeting.class, org.confed.domain.port.WriteOutcome.UPDATED));
        List<Participant> now = meeting(registry, AesFacts.BAMAKO_SESSION).participants();
        assertEquals(3, now.size());
        assertEquals(new Participant(AesFacts.BARMOU, null), now.get(2));
    }

    @Test
    void a_meeting_from_csv_without_rows_keeps_its_stored_participants() {
        InMemoryRegistry registry = Imports.aes();
        Meeting stored = meeting(registry, AesFacts.BAMAKO_SESSION);
        String meetings = "id,confederation,kind,date,place,title,topics,sources\n" + stored.id()
                + ",AES,summit,2025-12-22,Bamako,Deuxième session (corrigée),Passation de la présidence de la Confédération,"
                + "lepays-bamako-session;kassataya-bamako-session\n";

        ImportReport report = run(registry, spill, text("meetings.csv", meetings));

        assertEquals(List.of(), problems(report));
        assertEquals(stored.participants(), meeting(registry, AesFacts.BAMAKO_SESSION).participants());
        assertEquals("Deuxième session (corrigée)", meeting(registry, AesFacts.BAMAKO_SESSION).title());
    }

    @Test
    void with_skip_a_csv_meeting_whose_rows_are_all_rejected_keeps_its_stored_participants() {
        InMemoryRegistry registry = Imports.aes();
        Meeting stored = meeting(registry, AesFacts.BAMAKO_SESSION);
        String meetings = "id,confederation,kind,date,place,title\n" + stored.id() + ",AES,summit,2025-12-22,Bamako,Session\n";
        String participants = "meeting,person,capacity\n" + stored.id() + ",nobody,\n";

        ImportReport report = run(registry, spill, Imports.skip(), text("meetings.csv", meetings), text("participants.csv", participants));

        assertEquals(List.of("participants.csv:2: participant.person: person nobody does not exist"), problems(report));
        assertEquals(stored.participants(), meeting(registry, AesFacts.BAMAKO_SESSION).participants());
        assertEquals("Session", meeting(registry, AesFacts.BAMAKO_SESSION).title());
    }

    @Test
    void participant_rows_for_nothing_or_nobody_are_problems_at_their_rows() {
        String participants = "meeting,person,capacity\n"
                + "no-such-meeting,assimi-goita,\n"
                + AesFacts.BAMAKO_SESSION + ",nobody,\n"
                + AesFacts.BAMAKO_SESSION + ",Not An Id,\n"
                + AesFacts.NIAMEY_SUMMIT + "," + AesFacts.GOITA + ",Président\n";

        ImportReport report = run(Imports.aes(), spill, text("participants.csv", participants));

        assertEquals(List.of(
                "participants.csv:2: participant.meeting: meeting no-such-meeting does not exist",
                "participants.csv:3: participant.person: person nobody does not exist",
                "participants.csv:4: participant.person: \"Not An Id\" is not a valid person id (for example assimi-goita)"),
                problems(report));
    }

    @Test
    void a_row_may_not_change_the_capacity_a_meeting_of_the_import_gives() {
        Meeting niamey = AesFacts.meetings().get(0);
        String participants = "meeting,person,capacity\n" + niamey.id() + "," + AesFacts.GOITA + ",Autre chose\n";

        ImportReport report = run(Imports.aes(), spill, text("m.ndjson", Imports.line(niamey) + "\n"),
                text("participants.csv", participants));

        assertEquals(List.of("participants.csv:2: participant.capacity: the meeting aes-2024-07-06-niamey at m.ndjson:1 gives person"
                + " assimi-goita the capacity \"Président de la Transition du Mali\"; a row cannot change it"), problems(report));
    }

    @Test
    void a_file_on_disk_imports_with_its_name_giving_type_and_problems() throws Exception {
        Path file = Files.writeString(spill.resolve("states.csv"), "code,name\nMLI,Mali\nXXX,Nowhere\n");
        Path work = Files.createDirectory(spill.resolve("work"));

        ImportReport report = new Importer(new InMemoryRegistry(), work).run(List.of(ImportSource.file(file, null)),
                ImportOptions.defaults(Imports.TESTER));

        assertEquals(List.of(file + ":3: state.code: \"XXX\" is not an ISO 3166-1 alpha-3 country code"), problems(report));
        assertTrue(Imports.filesIn(work).isEmpty());
    }
}
