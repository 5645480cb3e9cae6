package org.confed.domain.contract;

import static org.confed.domain.fixtures.AesFacts.AES;
import static org.confed.domain.fixtures.AesFacts.BAMAKO_SESSION;
import static org.confed.domain.fixtures.AesFacts.BARMOU;
import static org.confed.domain.fixtures.AesFacts.KOULOUBA_AUDIENCE;
import static org.confed.domain.fixtures.AesFacts.NIAMEY_SUMMIT;
import static org.confed.domain.fixtures.AesFacts.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.MeetingKind;
import org.confed.domain.model.PersonId;
import org.confed.domain.port.Actor;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Registry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link org.confed.domain.port.MeetingSearch} must find, on the AES facts. */
public abstract class MeetingSearchContract {
    private Registry registry;

    /** A new, empty registry for each test. */
    protected abstract Registry registry();

    @BeforeEach
    void loadTheAesFacts() {
        registry = registry();
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor("test"));
    }

    private List<MeetingId> find(ConfederationCode confederation, LocalDate from, LocalDate to, PersonId person,
                                 MeetingKind kind, String text) {
        return registry.searchMeetings(new MeetingQuery(confederation, from, to, person, kind, text, null, null, 50))
                .items().stream().map(Meeting::id).toList();
    }

    @Test
    void goita_without_its_accent_finds_every_meeting_he_attended() {
        assertEquals(List.of(KOULOUBA_AUDIENCE), find(null, null, null, null, null, "goita"));
    }

    @Test
    void a_participant_known_by_a_post_is_found_by_the_post_s_words() {
        assertEquals(List.of(KOULOUBA_AUDIENCE), find(null, null, null, null, null, "burkina"));
        assertEquals(List.of(KOULOUBA_AUDIENCE), find(null, null, null, null, null, "etat-major mali"));
    }

    @Test
    void a_meeting_of_several_days_is_found_on_each_of_its_days() {
        assertEquals(List.of(BAMAKO_SESSION), find(null, day("2025-12-23"), day("2025-12-23"), null, null, null));
        assertEquals(List.of(), find(null, day("2025-12-24"), null, null, null, null));
    }

    @Test
    void a_meeting_lasting_more_than_a_year_is_found_on_its_last_day() {
        Meeting bamako = (Meeting) AesFacts.all().stream().filter(record -> record instanceof Meeting meeting
                && meeting.id().equals(BAMAKO_SESSION)).findFirst().orElseThrow();
        MeetingId long_ = MeetingId.of("aes-2021-03-01-long");
        registry.write(List.of(RecordWrite.upsert(new Meeting(long_, AES, MeetingKind.OTHER, AesFacts.date("2021-03-01"),
                AesFacts.date("2023-06/2023-07"), "Bamako", "Une longue session", List.of(), List.of(), bamako.sources(),
                null))), new Actor("test"));
        assertEquals(List.of(long_), find(null, day("2023-07-31"), day("2023-07-31"), null, null, null));
        assertEquals(List.of(), find(null, day("2023-08-01"), day("2024-01-01"), null, null, null));
    }

    @Test
    void koulouba_finds_the_audience_of_2024_11_06() {
        assertEquals(List.of(KOULOUBA_AUDIENCE), find(null, null, null, null, null, "KOULOUBA"));
    }

    @Test
    void every_word_must_match_somewhere() {
        assertEquals(List.of(KOULOUBA_AUDIENCE), find(null, null, null, null, null, "goïta défense"));
        assertEquals(List.of(), find(null, null, null, null, null, "goita ouagadougou"));
    }

    @Test
    void topics_are_searched_accents_aside() {
        assertEquals(List.of(KOULOUBA_AUDIENCE), find(null, null, null, null, null, "operations conjointes"));
    }

    @Test
    void filters_combine() {
        assertEquals(List.of(KOULOUBA_AUDIENCE), find(AES, null, null, BARMOU, null, null));
        assertEquals(List.of(NIAMEY_SUMMIT, BAMAKO_SESSION), find(AES, null, null, null, MeetingKind.SUMMIT, null));
        assertEquals(List.of(KOULOUBA_AUDIENCE, BAMAKO_SESSION), find(null, day("2024-08-01"), null, null, null, null));
        assertEquals(List.of(NIAMEY_SUMMIT), find(null, null, day("2024-07-06"), null, null, null));
        assertEquals(List.of(), find(ConfederationCode.of("G5S"), null, null, null, null, null));
    }

    @Test
    void text_that_looks_like_sql_is_only_text() {
        assertEquals(List.of(), find(null, null, null, null, null, "'; DROP TABLE meeting; --"));
        assertEquals(List.of(), find(null, null, null, null, null, "%"));
        assertEquals(List.of(), find(null, null, null, null, null, "_"));
        assertEquals(3, find(null, null, null, null, null, null).size());
    }

    @Test
    void pages_follow_each_other_in_date_order() {
        List<MeetingId> seen = new ArrayList<>();
        MeetingQuery query = MeetingQuery.all(1);
        while (true) {
            Page<Meeting> page = registry.searchMeetings(query);
            page.items().forEach(meeting -> seen.add(meeting.id()));
            if (!page.more()) {
                break;
            }
            Meeting last = page.items().get(page.items().size() - 1);
            query = new MeetingQuery(null, null, null, null, null, null, last.id(), last.date().firstDay(), 1);
        }
        assertEquals(List.of(NIAMEY_SUMMIT, KOULOUBA_AUDIENCE, BAMAKO_SESSION), seen);
        assertFalse(seen.isEmpty());
        assertTrue(registry.searchMeetings(MeetingQuery.all(3)).items().size() == 3);
    }
}
