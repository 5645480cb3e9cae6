package org.confed.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.confed.domain.port.MeetingQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The words of a meeting search have bounds: past them the answer is a 400 naming {@code q}, saying which bound. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingSearchBoundsTest {
    private RunningApi api;

    @BeforeAll
    void start() {
        api = RunningApi.start(RunningApi.aesRegistry(), RunningApi.config());
    }

    @AfterAll
    void stop() {
        api.close();
    }

    private RunningApi.Answer search(String words) {
        return api.get("/api/meetings?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    }

    @Test
    void as_many_words_as_allowed_are_searched_for() {
        RunningApi.Answer answer = search("goita " + "g ".repeat(MeetingQuery.MAX_WORDS - 1));

        assertEquals(200, answer.status(), answer.text());
        assertEquals(1, answer.json().get("items").size(), answer.text());
    }

    @Test
    void one_word_more_than_allowed_gets_400_naming_q() {
        RunningApi.Answer answer = search("goita " + "g ".repeat(MeetingQuery.MAX_WORDS));

        assertEquals(400, answer.status(), answer.text());
        assertEquals(List.of("q"), answer.errorFields());
        assertTrue(answer.text().contains("at most " + MeetingQuery.MAX_WORDS), answer.text());
    }

    @Test
    void a_word_longer_than_allowed_gets_400_naming_q() {
        assertEquals(200, search("k".repeat(MeetingQuery.MAX_WORD_LENGTH)).status());

        RunningApi.Answer answer = search("koulouba " + "k".repeat(MeetingQuery.MAX_WORD_LENGTH + 1));

        assertEquals(400, answer.status(), answer.text());
        assertEquals(List.of("q"), answer.errorFields());
        assertTrue(answer.text().contains("longer than " + MeetingQuery.MAX_WORD_LENGTH), answer.text());
    }

    @Test
    void a_text_longer_than_allowed_gets_400_naming_q() {
        RunningApi.Answer answer = search("goita, ".repeat(MeetingQuery.MAX_TEXT_LENGTH / 7 + 1));

        assertEquals(400, answer.status(), answer.text());
        assertEquals(List.of("q"), answer.errorFields());
        assertTrue(answer.text().contains("longer than " + MeetingQuery.MAX_TEXT_LENGTH), answer.text());
    }
}
