package org.confed.application.exporting;

import static org.confed.application.importing.Imports.aes;
import static org.confed.application.importing.Imports.export;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.confed.application.importing.ImportOptions;
import org.confed.application.importing.ImportReport;
import org.confed.application.importing.ImportSource;
import org.confed.application.importing.Importer;
import org.confed.application.importing.Imports;
import org.confed.application.json.Json;
import org.confed.application.json.RecordJson;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.MeetingKind;
import org.confed.domain.model.Participant;
import org.confed.domain.port.RecordWrite;
import org.junit.jupiter.api.Test;

class IcsExportTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC);

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    private static InMemoryRegistry withTrickyMeeting() {
        InMemoryRegistry registry = aes();
        registry.write(List.of(RecordWrite.upsert(new Meeting(MeetingId.of("aes-2026-07"), AesFacts.AES, MeetingKind.COMMITTEE,
                AesFacts.date("2026-07"), null, null, "Comité; experts, défense \\ sécurité\nsuite",
                List.of(new Participant(AesFacts.BARMOU, null, "Chef d'état-major général des armées du Niger, président du comité")),
                List.of("Logistique"), List.of(), null))), Imports.TESTER);
        return registry;
    }

    @Test
    void meetings_become_events_a_real_icalendar_parser_reads_back() throws Exception {
        byte[] ics = export(out -> new Exporter(withTrickyMeeting(), NOON).ics(out));

        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        ValidationResult validation = calendar.validate();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);

        assertFalse(validation.hasErrors(), validation.toString());
        assertEquals(4, events.size());
        VEvent niamey = events.get(0);
        assertEquals("meeting-aes-2024-07-06-niamey@confed", value(niamey, Property.UID));
        assertEquals("20240706", value(niamey, Property.DTSTART));
        assertEquals("20240707", value(niamey, Property.DTEND));
        assertEquals("20260115T120000Z", value(niamey, Property.DTSTAMP));
        assertEquals("Premier sommet des chefs d’État de l’AES", value(niamey, Property.SUMMARY));
        VEvent koulouba = events.get(1);
        assertTrue(value(koulouba, Property.DESCRIPTION).contains("Participants: Assimi Goïta (Président de la Transition du Mali);"
                + " Chef d’état-major général des armées du Burkina Faso (not named in the sources);"), value(koulouba, Property.DESCRIPTION));
        assertTrue(value(koulouba, Property.DESCRIPTION).contains("; Moussa Saloua Barmou (Chef d’état-major général des armées"
                + " du Niger)"), value(koulouba, Property.DESCRIPTION));
    }

    @Test
    void a_meeting_of_several_days_ends_the_day_after_its_last_day() throws Exception {
        byte[] ics = export(out -> new Exporter(aes(), NOON).ics(out));

        VEvent bamako = new CalendarBuilder().build(new ByteArrayInputStream(ics)).<VEvent>getComponents(Component.VEVENT).get(2);

        assertEquals("meeting-aes-2025-12-22-bamako@confed", value(bamako, Property.UID));
        assertEquals("20251222", value(bamako, Property.DTSTART));
        assertEquals("20251224", value(bamako, Property.DTEND));
        assertEquals("2025-12-23", value(bamako, "X-CONFED-END-DATE"));
    }

    @Test
    void an_uncertain_date_spans_what_it_may_be_and_an_open_one_is_left_out_with_a_note() throws Exception {
        InMemoryRegistry registry = aes();
        registry.write(List.of(
                RecordWrite.upsert(new Meeting(MeetingId.of("aes-2024-autumn"), AesFacts.AES, MeetingKind.OTHER,
                        AesFacts.date("2024-10-15/2024-11-06"), null, null, "Réunion d’experts", null, null, null, null)),
                RecordWrite.upsert(new Meeting(MeetingId.of("aes-experts"), AesFacts.AES, MeetingKind.COMMITTEE,
                        AesFacts.date("../2024-11-05"), null, null, "Comité d’experts", null, null, null, null))), Imports.TESTER);
        byte[] ics = export(out -> new Exporter(registry, NOON).ics(out));

        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        VEvent autumn = events.stream().filter(event -> value(event, Property.UID).equals("meeting-aes-2024-autumn@confed"))
                .findFirst().orElseThrow();

        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        assertEquals("20241015", value(autumn, Property.DTSTART));
        assertEquals("20241107", value(autumn, Property.DTEND));
        assertTrue(value(autumn, Property.DESCRIPTION).startsWith("Date known only as some day in 2024-10-15/2024-11-06"));
        assertTrue(events.stream().noneMatch(event -> value(event, Property.UID).equals("meeting-aes-experts@confed")));
        assertEquals("Meeting aes-experts (Comité d’experts) is left out: its date ../2024-11-05 has no known day or span",
                calendar.<Property>getProperty("X-CONFED-NOTE").map(Property::getValue).orElse(null));
    }

    @Test
    void a_meeting_known_to_the_month_spans_the_month_and_text_survives_escaping_and_folding() throws Exception {
        byte[] ics = export(out -> new Exporter(withTrickyMeeting(), NOON).ics(out));

        List<VEvent> events = new CalendarBuilder().build(new ByteArrayInputStream(ics)).getComponents(Component.VEVENT);
        VEvent committee = events.stream().filter(event -> value(event, Property.UID).equals("meeting-aes-2026-07@confed"))
                .findFirst().orElseThrow();

        assertEquals("20260701", value(committee, Property.DTSTART));
        assertEquals("20260801", value(committee, Property.DTEND));
        assertEquals("Comité; experts, défense \\ sécurité\nsuite", value(committee, Property.SUMMARY));
        assertEquals("2026-07", value(committee, "X-CONFED-DATE"));
        assertTrue(value(committee, Property.DESCRIPTION).startsWith("Date known to the month only: 2026-07"));
        assertTrue(value(committee, Property.DESCRIPTION).contains("Moussa Saloua Barmou (Chef d'état-major général des armées du"
                + " Niger, président du comité)"));
    }

    @Test
    void lines_end_in_crlf_and_are_folded_at_75_octets_without_splitting_a_character() {
        byte[] ics = export(out -> new Exporter(withTrickyMeeting(), NOON).ics(out));
        String text = new String(ics, StandardCharsets.UTF_8);

        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
        assertFalse(text.contains("\uFFFD"), "no character was cut in two");
        boolean folded = false;
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            folded |= line.startsWith(" ");
        }
        assertTrue(folded);
        assertTrue(text.contains("SUMMARY:Comité\\; experts\\, défense \\\\ sécurité\\nsuite\r\n"), text);
    }

    @Test
    void the_same_store_and_clock_give_the_same_calendar() {
        InMemoryRegistry registry = withTrickyMeeting();

        assertArrayEquals(export(out -> new Exporter(registry, NOON).ics(out)), export(out -> new Exporter(registry, NOON).ics(out)));
    }
}
