package org.confed.domain.query;

import static org.confed.domain.fixtures.AesFacts.AES;
import static org.confed.domain.fixtures.AesFacts.date;
import static org.confed.domain.fixtures.AesFacts.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.ConfederationCode;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static List<TimelineEntry> aes() {
        return Timeline.of(AesFacts.all());
    }

    private static List<String> lines(List<TimelineEntry> entries) {
        return entries.stream().map(entry -> entry.date() + " " + entry.event() + " " + entry.record()).toList();
    }

    @Test
    void every_dated_fact_of_the_aes_comes_oldest_first() {
        // a date known only as "on or before" stands at its last day: it has no first day to stand on
        assertEquals(List.of(
                "2023-09-16 confederation.founded confederation AES",
                "2023-09-16 instrument.signed instrument liptako-gourma-charter",
                "2023-09-16 membership.start membership AES/BFA/2023-09-16",
                "2023-09-16 membership.start membership AES/MLI/2023-09-16",
                "2023-09-16 membership.start membership AES/NER/2023-09-16",
                "../2024-01-28 membership.start membership ECOWAS/BFA/../2024-01-28",
                "../2024-01-28 membership.start membership ECOWAS/MLI/../2024-01-28",
                "../2024-01-28 membership.start membership ECOWAS/NER/../2024-01-28",
                "2024-01-28 membership.end_announced membership ECOWAS/BFA/../2024-01-28",
                "2024-01-28 membership.end_announced membership ECOWAS/MLI/../2024-01-28",
                "2024-01-28 membership.end_announced membership ECOWAS/NER/../2024-01-28",
                "2024-07-06 instrument.signed instrument niamey-treaty",
                "2024-07-06 meeting.date meeting aes-2024-07-06-niamey",
                "2024-07-06 presidency.start presidency AES/2024-07-06",
                "../2024-11-05 plan_event.date plan_event aes-defence-security-2024/validated/../2024-11-05",
                "../2024-11-06 office_term.start office_term assimi-goita/Président de la Transition/../2024-11-06",
                "../2024-11-06 office_term.start office_term moussa-saloua-barmou/Chef d’état-major général des armées/../2024-11-06",
                "2024-11-06 meeting.date meeting aes-2024-11-06-koulouba",
                "2024-11-06 plan_event.date plan_event aes-defence-security-2024/presented/2024-11-06",
                "2025-01 plan_event.date plan_event aes-unified-force/adopted/2025-01",
                "2025-01-28 membership.end membership ECOWAS/BFA/../2024-01-28",
                "2025-01-28 membership.end membership ECOWAS/MLI/../2024-01-28",
                "2025-01-28 membership.end membership ECOWAS/NER/../2024-01-28",
                "2025-12-22 meeting.date meeting aes-2025-12-22-bamako",
                "2025-12-22 presidency.end presidency AES/2024-07-06",
                "2025-12-23 presidency.start presidency AES/2025-12-23"), lines(aes()));
    }

    @Test
    void the_order_does_not_depend_on_the_order_of_the_records() {
        List<ConfedRecord> shuffled = new ArrayList<>(AesFacts.all());
        Collections.shuffle(shuffled, new java.util.Random(7));

        assertEquals(aes(), Timeline.of(shuffled));
    }

    @Test
    void a_term_that_runs_until_the_next_gets_an_end_on_the_day_before_it() {
        TimelineEntry end = aes().stream().filter(entry -> entry.event().equals("presidency.end")).findFirst().orElseThrow();

        assertEquals(date("2025-12-22"), end.date());
        assertEquals("the presidency of MLI (Assimi Goïta) over AES ends", end.summary());
    }

    @Test
    void entries_tell_the_fact_in_words_with_names_from_the_records() {
        List<String> summaries = aes().stream().map(TimelineEntry::summary).toList();

        assertTrue(summaries.contains("MLI (Assimi Goïta) takes the presidency of AES"), summaries::toString);
        assertTrue(summaries.contains("Plan d’action du pilier défense et sécurité: presented"), summaries::toString);
        assertTrue(summaries.contains("Moussa Saloua Barmou becomes Chef d’état-major général des armées (NER)"),
                summaries::toString);
        assertTrue(summaries.contains("MLI announces it will leave ECOWAS"), summaries::toString);
    }

    @Test
    void filtering_by_confederation_leaves_out_facts_of_no_confederation() {
        List<TimelineEntry> aesOnly = Timeline.filter(aes(), AES, null, null);

        assertEquals(15, aesOnly.size());
        assertTrue(aesOnly.stream().allMatch(entry -> AES.equals(entry.confederation())));
        assertEquals(List.of(), Timeline.filter(aes(), ConfederationCode.of("G5S"), null, null));
        assertEquals(aes(), Timeline.filter(aes(), null, null, null));
    }

    @Test
    void filtering_by_dates_keeps_facts_whose_span_meets_the_range() {
        List<TimelineEntry> november = Timeline.filter(aes(), null, day("2024-11-06"), day("2024-11-30"));

        // the office terms began on or before 2024-11-06, so they may have begun within the range; the validation ended
        // on 2024-11-05 at the latest, so it cannot have
        assertEquals(List.of(
                "../2024-11-06 office_term.start office_term assimi-goita/Président de la Transition/../2024-11-06",
                "../2024-11-06 office_term.start office_term moussa-saloua-barmou/Chef d’état-major général des armées/../2024-11-06",
                "2024-11-06 meeting.date meeting aes-2024-11-06-koulouba",
                "2024-11-06 plan_event.date plan_event aes-defence-security-2024/presented/2024-11-06"), lines(november));
    }

    @Test
    void the_range_is_inclusive_at_both_ends() {
        assertEquals(2, Timeline.filter(aes(), AES, day("2025-12-22"), day("2025-12-22")).size());
        // the Bamako session ran until 2025-12-23, when the next term starts
        assertEquals(2, Timeline.filter(aes(), AES, day("2025-12-23"), null).size());
        // the founding, the charter's signature, three memberships, and the validation known only as on or before
        assertEquals(6, Timeline.filter(aes(), AES, null, day("2023-09-16")).size());
    }
}
