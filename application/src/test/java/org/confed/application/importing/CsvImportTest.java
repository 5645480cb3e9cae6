package org.confed.application.importing;

import static org.confed.application.importing.Imports.bytes;
import static org.confed.application.importing.Imports.problems;
import static org.confed.application.importing.Imports.run;
import static org.confed.application.importing.Imports.text;
import static org.confed.application.importing.Imports.typed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.confed.domain.model.Citation;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Dispute;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.Participant;
import org.confed.domain.model.Person;
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
        assertEquals(AesFacts.officeTerms().size() + 1, registry.count(OfficeTerm.class));
        assertEquals(AesFacts.presidencies().size() + 1, registry.count(RotatingPresidency.class));
    }

    @Test
    void a_type_override_wins_over_the_file_name() {
        InMemoryRegistry registry = new InMemoryRegistry();

        ImportReport report = run(registry, spill, typed("export-2024.csv", "states", "code,name\nMLI,Mali\n"));

        assertEquals(List.of(), problems(report));
        assertEquals(1, registry.count(State.class));
        assertThrows(IllegalArgumentException.class, () -> ImportSource.file(Path.of("export-2024.csv"), null));
        assertEquals("--type nation is not a record type (one of source, state, confederation, person, post, meeting, instrument,"
                + " membership, office_term, presidency, action_plan, plan_event, participant, dispute)",
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
        assertEquals(List.of(new Participant(AesFacts.TRAORE, null, "Président du Faso"),
                        new Participant(AesFacts.GOITA, null, "Président de la Transition, Mali")),
                meeting(registry, MeetingId.of("aes-2026-07-01-ouaga")).participants());
    }

    @Test
    void participant_rows_alone_complete_a_stored_meeting_keeping_its_other_fields() {
        InMemoryRegistry registry = Imports.aes();
        Meeting before = meeting(registry, AesFacts.BAMAKO_SESSION);
        String participants = "meeting,person,post,capacity\n" + AesFacts.BAMAKO_SESSION + "," + AesFacts.TRAORE + ",,Président du Faso\n"
                + AesFacts.BAMAKO_SESSION + ",," + AesFacts.NER_CEMGA + ",\n";

        ImportReport report = run(registry, spill, text("participants.csv", participants));

        assertEquals(List.of(), problems(report));
        assertEquals(1, report.written().count(Meeting.class, org.confed.domain.port.WriteOutcome.UPDATED));
        Meeting now = meeting(registry, AesFacts.BAMAKO_SESSION);
        assertEquals(List.of(new Participant(AesFacts.TRAORE, null, "Président du Faso"), new Participant(null, AesFacts.NER_CEMGA, null)),
                now.participants());
        assertEquals(before.endDate(), now.endDate());
        assertEquals(before.sources(), now.sources());
    }

    @Test
    void a_participant_row_gives_a_person_a_post_or_both_and_never_neither() {
        String participants = "meeting,person,post,capacity\n"
                + AesFacts.BAMAKO_SESSION + ",,,Observateur\n"
                + AesFacts.BAMAKO_SESSION + ",,no-such-post,\n"
                + AesFacts.BAMAKO_SESSION + "," + AesFacts.BARMOU + "," + AesFacts.NER_CEMGA + ",\n";

        ImportReport report = run(Imports.aes(), spill, text("participants.csv", participants));

        assertEquals(List.of(
                "participants.csv:2: participant.person: is required when no post is given: a participant is a person, a post or both",
                "participants.csv:3: participant.post: post no-such-post does not exist"), problems(report));
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
        Meeting koulouba = AesFacts.meetings().get(1);
        String participants = "meeting,person,post,capacity\n" + koulouba.id() + "," + AesFacts.GOITA + ",,Autre chose\n"
                + koulouba.id() + "," + AesFacts.BARMOU + "," + AesFacts.MLI_CEMGA + ",Chef d’état-major général des armées du Niger\n";

        ImportReport report = run(Imports.aes(), spill, text("m.ndjson", Imports.line(koulouba) + "\n"),
                text("participants.csv", participants));

        assertEquals(List.of("participants.csv:2: participant.capacity: the meeting aes-2024-11-06-koulouba at m.ndjson:1 gives person"
                + " assimi-goita the capacity \"Président de la Transition du Mali\"; a row cannot change it",
                "participants.csv:3: participant.post: the meeting aes-2024-11-06-koulouba at m.ndjson:1 gives person"
                + " moussa-saloua-barmou the post ner-chief-of-defence-staff; a row cannot change it"), problems(report));
    }

    @Test
    void a_sources_cell_holds_citations_with_quote_locator_and_fields_and_escapes() {
        InMemoryRegistry registry = Imports.aes();
        String persons = "id,name,sources\n"
                + "abdourahamane-tiani,Abdourahamane Tiani,\"apa-2024-11-06-koulouba|Le mot\\; et \\| la barre \\\\ |§ 2|name,id ;"
                + " lepays-bamako-session ;kassataya-bamako-session||00:01:20\"\n";

        ImportReport report = run(registry, spill, text("persons.csv", persons));

        assertEquals(List.of(), problems(report));
        Person tiani = registry.find(Person.class, RecordKey.of(Person.class, "abdourahamane-tiani")).orElseThrow().record();
        assertEquals(List.of(new Citation(AesFacts.APA, "Le mot; et | la barre \\", "§ 2", List.of("name", "id")),
                Citation.of(AesFacts.LEPAYS), new Citation(AesFacts.KASSATAYA, null, "00:01:20", null)), tiani.sources());
    }

    @Test
    void a_bad_citation_cell_is_a_problem_naming_the_citation() {
        String persons = "id,name,sources\n"
                + "a-one,A,|a quote without its source\n"
                + "a-two,B,apa-2024-11-06-koulouba|ends in a lone backslash\\\n"
                + "a-three,C,apa-2024-11-06-koulouba|q|p. 1|name|extra\n"
                + "a-four,D,apa-2024-11-06-koulouba;;lepays-bamako-session\n"
                + "a-five,E,\"apa-2024-11-06-koulouba|a quote|p. 1|name,,id\"\n";

        ImportReport report = run(Imports.aes(), spill, text("persons.csv", persons));

        assertEquals(List.of(
                "persons.csv:2: person.sources[1].source: is required",
                "persons.csv:3: person.sources: ends in a lone \\, which escapes nothing (write \\\\ for a backslash)",
                "persons.csv:4: person.sources[1]: has 5 parts separated by |, more than the 4 of its form"
                        + " (source|quote|locator|fields); write \\| for a | inside a text",
                "persons.csv:5: person.sources[2]: is empty",
                "persons.csv:6: person.sources[1].fields[2]: is empty"), problems(report));
    }

    @Test
    void dispute_rows_give_a_stored_record_its_disputes_and_a_rerun_changes_nothing() {
        InMemoryRegistry registry = Imports.aes();
        String disputes = "record,field,value,sources,note\n"
                + "membership:AES:MLI:2023-09-16,start,2023-09-15,naijaone-liptako-gourma-charter|signée le 15 septembre,\n"
                + "confederation:AES,rotation,BFA;MLI;NER,\"echowebafrique-niamey-summit;aconews-niamey-summit\",Another order\n"
                + "office_term:assimi-goita:Président de la Transition:../2024-11-06,state,BFA,apa-2024-11-06-koulouba,\n";

        ImportReport first = run(registry, spill, text("disputes.csv", disputes));
        ImportReport again = run(registry, spill, text("disputes.csv", disputes));

        assertEquals(List.of(), problems(first));
        assertEquals(3, first.written().total(org.confed.domain.port.WriteOutcome.UPDATED));
        Membership mali = registry.find(Membership.class, RecordKey.of(Membership.class, "AES", "MLI", "2023-09-16")).orElseThrow().record();
        assertEquals(List.of(new Dispute("start", AesFacts.date("2023-09-15"),
                List.of(new Citation(AesFacts.NAIJAONE, "signée le 15 septembre", null, null)), null)), mali.disputes());
        Confederation aes = registry.find(Confederation.class, RecordKey.of(Confederation.class, "AES")).orElseThrow().record();
        assertEquals(AesFacts.confederation().disputes().size() + 1, aes.disputes().size());
        assertEquals(List.of(AesFacts.BFA, AesFacts.MLI, AesFacts.NER), aes.disputes().get(1).value());
        assertFalse(again.written().changedAnything());
    }

    @Test
    void a_csv_record_keeps_its_stored_disputes_unless_rows_of_the_import_give_them() {
        InMemoryRegistry registry = Imports.aes();
        String presidencies = "confederation,state,holder,start,designated_at,sources\n"
                + "AES,BFA,ibrahim-traore,2025-12-23,aes-2025-12-22-bamako,lepays-bamako-session;kassataya-bamako-session\n";
        String disputes = "record,field,value,sources\npresidency:AES:2025-12-23,holder,assimi-goita,kassataya-bamako-session\n";
        RecordKey key = RecordKey.of(RotatingPresidency.class, "AES", "2025-12-23");

        ImportReport alone = run(registry, spill, text("presidencies.csv", presidencies));
        List<Dispute> kept = registry.find(RotatingPresidency.class, key).orElseThrow().record().disputes();
        ImportReport withRows = run(registry, spill, text("presidencies.csv", presidencies), text("disputes.csv", disputes));

        assertEquals(List.of(), problems(alone));
        assertFalse(alone.written().changedAnything());
        assertEquals(AesFacts.presidencies().get(1).disputes(), kept);
        assertEquals(List.of(), problems(withRows));
        assertEquals(List.of(new Dispute("holder", AesFacts.GOITA, List.of(Citation.of(AesFacts.KASSATAYA)), null)),
                registry.find(RotatingPresidency.class, key).orElseThrow().record().disputes());
    }

    @Test
    void a_bad_dispute_row_is_a_problem_at_its_row_and_nothing_is_written() {
        InMemoryRegistry registry = Imports.aes();
        String disputes = "record,field,value,sources,note\n"
                + "membership:AES:MLI:2023-09-16,colour,red,naijaone-liptako-gourma-charter,\n"
                + "membership:AES:MLI:2023-09-16,start,2023-13,naijaone-liptako-gourma-charter,\n"
                + "membership:AES:MLI:2023-09-16,start,2023-09-15,,\n"
                + "membership:AES:MLI:2023-09-16,state,XYZ,naijaone-liptako-gourma-charter,\n"
                + "membership:AES:MLI:2023-09-16,end,2024,no-such-source,\n"
                + "membership:AES:MLI,start,2023,naijaone-liptako-gourma-charter,\n"
                + "membership:AES:MLI:2020-01-01,start,2023,naijaone-liptako-gourma-charter,\n"
                + "nation:MLI,name,Mali,naijaone-liptako-gourma-charter,\n"
                + ",start,2023,naijaone-liptako-gourma-charter,\n"
                + "presidency:AES:2025-12-23,disputes,x,kassataya-bamako-session,\n";

        ImportReport report = run(registry, spill, text("disputes.csv", disputes));

        assertEquals(List.of(
                "disputes.csv:2: dispute.field: \"colour\" is not a field of membership (its fields: confederation, state, start, end,"
                        + " start_announced, end_announced, instrument, sources)",
                "disputes.csv:3: dispute.value: \"2023-13\" is not a date: month 13 does not exist",
                "disputes.csv:4: dispute.sources: is required",
                "disputes.csv:5: dispute.value: \"XYZ\" is not an ISO 3166-1 alpha-3 country code",
                "disputes.csv:6: dispute.sources: source no-such-source does not exist",
                "disputes.csv:7: dispute.record: \"membership:AES:MLI\" has 2 key parts after the type, but a membership is named by 3:"
                        + " membership:confederation:state:start",
                "disputes.csv:8: dispute.record: membership AES/MLI/2020-01-01 does not exist",
                "disputes.csv:9: dispute.record: \"nation\" is not a record type (one of source, state, confederation, person, post,"
                        + " meeting, instrument, membership, office_term, presidency, action_plan, plan_event)",
                "disputes.csv:10: dispute.record: is required: the record the dispute is about, as TYPE:KEY"
                        + " (membership:AES:MLI:2023-09-16)",
                "disputes.csv:11: dispute.field: \"disputes\" is not a field of presidency (its fields: confederation, state, holder,"
                        + " start, end, designated_at, instrument, sources)"), problems(report));
        assertFalse(report.written().changedAnything());
        assertEquals(Imports.contents(Imports.aes()), Imports.contents(registry));
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
