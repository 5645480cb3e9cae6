package org.confed.application.auditing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.Citation;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.Source;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.junit.jupiter.api.Test;

/** What the audit finds in the AES facts, and in records made to show one finding each. */
class AuditTest {

    private static List<Finding> audit(List<? extends ConfedRecord> records, String confederation) {
        InMemoryRegistry registry = new InMemoryRegistry();
        registry.write(records.stream().map(RecordWrite::upsert).toList(), new Actor("test"));
        return new Audit(registry).findings(confederation == null ? null
                : org.confed.domain.model.ConfederationCode.of(confederation));
    }

    private static List<Finding> about(List<Finding> findings, RecordKey record, FindingKind kind) {
        return findings.stream().filter(finding -> finding.record().equals(record) && finding.kind() == kind).toList();
    }

    /** Goïta, with the dispatch he is cited from (a source is evidence, so it has no finding of its own). */
    private static List<ConfedRecord> goitaWith(List<Citation> sources) {
        ConfedRecord apa = AesFacts.all().stream()
                .filter(record -> record.key().equals(RecordKey.of(Source.class, AesFacts.APA))).findFirst().orElseThrow();
        return List.of(apa, goita(sources));
    }

    private static Person goita(List<Citation> sources) {
        return new Person(AesFacts.GOITA, "Assimi Goïta", "Général d'Armée", sources, null);
    }

    @Test
    void the_forecast_rests_on_a_rotation_no_source_gives() {
        List<Finding> findings = audit(AesFacts.all(), null);
        RecordKey aes = RecordKey.of(Confederation.class, AesFacts.AES);

        assertEquals(List.of("rotation"), about(findings, aes, FindingKind.RESTS_ON_UNSUPPORTED).stream()
                .map(Finding::field).toList());
        assertTrue(about(findings, aes, FindingKind.UNSUPPORTED_FIELD).stream().anyMatch(f -> f.field().equals("rotation")));
        assertEquals(List.of("founded"), about(findings, aes, FindingKind.DISPUTED).stream().map(Finding::field).toList());
        assertTrue(about(findings, aes, FindingKind.DISPUTED).get(0).detail().contains("2023-09-15"));
    }

    @Test
    void two_chiefs_known_only_by_their_post_and_the_recent_validation_are_found() {
        List<Finding> findings = audit(AesFacts.all(), null);
        RecordKey audience = RecordKey.of(Meeting.class, AesFacts.KOULOUBA_AUDIENCE);

        List<Finding> unnamed = about(findings, audience, FindingKind.UNNAMED_PARTICIPANT);
        assertEquals(2, unnamed.size(), unnamed.toString());
        assertTrue(unnamed.get(0).detail().contains("bfa-chief-of-defence-staff"));
        List<Finding> validation = findings.stream().filter(finding -> finding.record().type() == PlanEvent.class
                && finding.kind() == FindingKind.UNCERTAIN_DATE && finding.record().parts().get(0)
                .equals(AesFacts.DEFENCE_PLAN.value())).toList();
        assertEquals(1, validation.size(), findings.toString());
        assertEquals("known only as some day on or before 2024-11-05", validation.get(0).detail());
    }

    @Test
    void a_person_with_a_quote_supporting_the_whole_record_gives_no_finding() {
        assertEquals(List.of(), audit(goitaWith(List.of(AesFacts.apa(AesFacts.QUOTE_AUDIENCE))), null));
    }

    @Test
    void a_record_without_sources_is_unsourced() {
        List<Finding> findings = audit(List.of(goita(List.of())), null);

        assertEquals(List.of(new Finding(RecordKey.of(Person.class, AesFacts.GOITA), null, FindingKind.UNSOURCED,
                "no source at all")), findings);
    }

    @Test
    void where_every_citation_names_its_fields_a_field_none_names_is_unsupported_and_a_missing_quote_is_said() {
        List<Finding> findings = audit(goitaWith(List.of(AesFacts.cite(AesFacts.APA, "id", "name"))), null);

        assertEquals(List.of(FindingKind.NO_QUOTE, FindingKind.UNSUPPORTED_FIELD), findings.stream().map(Finding::kind).toList());
        assertEquals("honorific", findings.get(1).field());
        assertEquals("sources", findings.get(0).field());
    }

    @Test
    void one_citation_without_fields_supports_every_field() {
        List<Finding> findings = audit(goitaWith(List.of(AesFacts.cite(AesFacts.APA, "name"),
                new Citation(AesFacts.APA, AesFacts.QUOTE_AUDIENCE, null, null))), null);

        assertEquals(List.of(FindingKind.NO_QUOTE), findings.stream().map(Finding::kind).toList());
    }

    @Test
    void asked_about_ecowas_it_finds_the_withdrawals_and_nothing_of_the_aes_alone() {
        List<Finding> findings = audit(AesFacts.all(), "ECOWAS");

        assertFalse(findings.isEmpty());
        assertTrue(findings.stream().anyMatch(finding -> finding.kind() == FindingKind.UNCERTAIN_DATE
                && finding.record().parts().get(0).equals("ECOWAS")), findings.toString());
        assertTrue(findings.stream().noneMatch(finding -> finding.record().type() == Meeting.class), findings.toString());
        assertTrue(findings.stream().noneMatch(finding -> finding.record().equals(RecordKey.of(Confederation.class,
                AesFacts.AES))), findings.toString());
    }

    @Test
    void the_json_names_the_record_field_finding_and_detail() {
        JsonNode json = AuditJson.of(List.of(
                new Finding(RecordKey.of(Person.class, PersonId.of("x-y")), null, FindingKind.UNSOURCED, "no source at all"),
                new Finding(RecordKey.of(Confederation.class, AesFacts.AES), "rotation", FindingKind.RESTS_ON_UNSUPPORTED,
                        "d")));

        assertEquals("{\"items\":[{\"record\":{\"type\":\"person\",\"key\":[\"x-y\"]},\"finding\":\"unsourced\","
                + "\"detail\":\"no source at all\"},{\"record\":{\"type\":\"confederation\",\"key\":[\"AES\"]},"
                + "\"field\":\"rotation\",\"finding\":\"rests_on_unsupported\",\"detail\":\"d\"}]}", json.toString());
    }
}
