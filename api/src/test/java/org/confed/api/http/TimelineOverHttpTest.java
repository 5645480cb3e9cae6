package org.confed.api.http;

import static org.confed.domain.fixtures.AesFacts.AES;
import static org.confed.domain.fixtures.AesFacts.APA;
import static org.confed.domain.fixtures.AesFacts.GOITA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.MeetingKind;
import org.confed.domain.model.Participant;
import org.confed.domain.model.PartialDate;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.query.Timeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The timeline and a person's meetings a page at a time over HTTP, and the meeting counts, bounds and refusals. */
class TimelineOverHttpTest {
    /** More than the largest page. */
    private static final int MEETINGS = ApiConfig.MAX_PAGE_SIZE + 120;
    private static RunningApi api;
    private static final List<Meeting> added = new ArrayList<>();

    @BeforeAll
    static void startWithManyMeetingsOfGoita() {
        InMemoryRegistry registry = RunningApi.aesRegistry();
        for (int i = 0; i < MEETINGS; i++) {
            added.add(new Meeting(MeetingId.of("goita-" + i), AES, MeetingKind.AUDIENCE,
                    PartialDate.parse(LocalDate.of(2023, 1, 1).plusDays(i % 400).toString()), null, "Koulouba",
                    "Audience " + i, List.of(new Participant(GOITA, null, null)), List.of(), AesFacts.cites(APA), null));
        }
        registry.write(added.stream().map(RecordWrite::upsert).toList(), Actor.CLI);
        api = RunningApi.start(registry, RunningApi.config());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Every item of a list, following next_cursor (or the named field), checking each page's size. */
    private static List<JsonNode> follow(String path, String itemsField, String cursorField, int limit) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 100; pages++) {
            RunningApi.Answer answer = api.get(path + (path.contains("?") ? "&" : "?") + "limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + q(cursor)));
            assertEquals(200, answer.status(), answer.text());
            JsonNode page = answer.json();
            assertTrue(page.get(itemsField).size() <= limit, "a page holds at most its limit");
            page.get(itemsField).forEach(items::add);
            if (!page.has(cursorField)) {
                return items;
            }
            cursor = page.get(cursorField).asText();
        }
        throw new AssertionError("the pages never end");
    }

    @Test
    void the_timeline_is_given_a_page_at_a_time_and_its_pages_hold_every_fact_once_in_order() {
        JsonNode first = api.get("/api/timeline?confederation=AES").json();
        assertEquals(ApiConfig.DEFAULT_PAGE_SIZE, first.get("items").size());
        assertTrue(first.has("next_cursor"));
        List<Object> all = new ArrayList<>(AesFacts.all());
        all.addAll(added);
        List<String> expected = Timeline.filter(Timeline.of(all.stream().map(r -> (org.confed.domain.model.ConfedRecord) r)
                .toList()), AES, null, null).stream().map(entry -> entry.event() + " " + entry.record().text()).toList();
        List<String> paged = follow("/api/timeline?confederation=AES", "items", "next_cursor", 97).stream()
                .map(item -> item.get("event").asText() + " " + item.get("record").get("type").asText() + ":"
                        + String.join(":", texts(item.get("record").get("key")))).toList();
        assertEquals(expected, paged);
        List<JsonNode> noMeetings = follow("/api/timeline?confederation=AES&meetings=false", "items", "next_cursor", 500);
        assertEquals(expected.stream().filter(entry -> !entry.startsWith("meeting.date")).count(), noMeetings.size());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @Test
    void a_person_s_meetings_come_a_page_at_a_time_on_their_page_and_in_the_meeting_search_alike() {
        JsonNode page = api.get("/api/persons/" + GOITA.value()).json();
        assertEquals(ApiConfig.DEFAULT_PAGE_SIZE, page.get("meetings").size());
        List<JsonNode> meetings = follow("/api/persons/" + GOITA.value(), "meetings", "meetings_next_cursor", 200);
        assertEquals(MEETINGS + 1, meetings.size(), "every audience, and the one of the AES facts");
        String cursor = api.get("/api/persons/" + GOITA.value() + "?limit=3").json().get("meetings_next_cursor").asText();
        JsonNode searched = api.get("/api/meetings?person=" + GOITA.value() + "&limit=3&cursor=" + q(cursor)).json();
        assertEquals(meetings.get(3).get("id"), searched.get("items").get(0).get("id"), "the search goes on from it");
    }

    @Test
    void meetings_are_counted_by_period_within_the_span() {
        JsonNode byYear = api.get("/api/timeline/counts?confederation=AES&from=2020&to=2026&period=year").json();
        long inTheFacts = AesFacts.all().stream().filter(r -> r instanceof Meeting).count();
        assertEquals(MEETINGS + inTheFacts, byYear.get("total").asLong());
        assertEquals("2023-01-01", byYear.get("items").get(0).get("start").asText());
        // meeting i is on day i % 400 from 2023-01-01: every day of 2023 once, and the first MEETINGS - 400 twice
        assertEquals(365 + MEETINGS - 400, byYear.get("items").get(0).get("meetings").asLong());
        JsonNode byDay = api.get("/api/timeline/counts?confederation=AES&from=2023-01&to=2023-01&period=day").json();
        assertEquals(31, byDay.get("items").size());
        assertEquals(2, byDay.get("items").get(0).get("meetings").asLong(), "January's days come round twice");
        JsonNode monthByDefault = api.get("/api/timeline/counts?from=2024-11&to=2024-11").json();
        assertEquals("month", monthByDefault.get("period").asText());
    }

    @Test
    void a_count_over_too_many_periods_or_without_its_span_is_refused_naming_the_parameter() {
        RunningApi.Answer tooMany = api.get("/api/timeline/counts?from=1900&to=2024&period=day");
        assertEquals(400, tooMany.status());
        assertEquals(List.of("period"), tooMany.errorFields());
        assertTrue(tooMany.json().get("detail").asText().contains("2000") || tooMany.text().contains("2000"), tooMany.text());
        assertEquals(List.of("from"), api.get("/api/timeline/counts?to=2024").errorFields());
        assertEquals(List.of("to"), api.get("/api/timeline/counts?from=2024").errorFields());
        assertEquals(List.of("to"), api.get("/api/timeline/counts?from=2024&to=2023").errorFields());
        assertEquals(List.of("period"), api.get("/api/timeline/counts?from=2024&to=2024&period=week").errorFields());
        assertEquals(List.of("meetings"), api.get("/api/timeline?meetings=maybe").errorFields());
    }

    @Test
    void a_cursor_the_timeline_did_not_give_out_is_refused() {
        String meetingCursor = api.get("/api/meetings?limit=1").json().get("next_cursor").asText();
        for (String cursor : List.of("nonsense", meetingCursor)) {
            RunningApi.Answer refused = api.get("/api/timeline?cursor=" + q(cursor));
            assertEquals(400, refused.status());
            assertEquals(List.of("cursor"), refused.errorFields());
        }
        String timelineCursor = api.get("/api/timeline?limit=1").json().get("next_cursor").asText();
        assertEquals(List.of("cursor"), api.get("/api/persons/" + GOITA.value() + "?cursor=" + q(timelineCursor)).errorFields());
        assertFalse(api.get("/api/timeline?limit=1&cursor=" + q(timelineCursor)).json().get("items").isEmpty());
    }
}
