package org.confed.domain.contract;

import static org.confed.domain.fixtures.AesFacts.AES;
import static org.confed.domain.fixtures.AesFacts.APA;
import static org.confed.domain.fixtures.AesFacts.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.MeetingKind;
import org.confed.domain.model.PartialDate;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeQuery;
import org.confed.domain.port.Period;
import org.confed.domain.port.PeriodCount;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Registry;
import org.confed.domain.query.Timeline;
import org.confed.domain.query.TimelineEntry;
import org.confed.domain.query.TimelinePage;
import org.confed.domain.query.TimelinePages;
import org.confed.domain.query.TimelineQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store's timeline pages and meeting counts give: page after page, exactly the timeline computed from all
 * records at once, whatever the page size; counts that match the meetings one by one.
 */
public abstract class TimelinePagesContract {
    private Registry registry;
    private List<ConfedRecord> all;

    /** A new, empty registry for each test. */
    protected abstract Registry registry();

    @BeforeEach
    void loadTheAesFactsAndManyMeetings() {
        registry = registry();
        all = new ArrayList<>(AesFacts.all());
        // several a day, some lasting days, some of month precision, spread over two years
        for (int i = 0; i < 90; i++) {
            LocalDate first = LocalDate.of(2024, 1, 1).plusDays(i * 9L % 700);
            PartialDate date = i % 11 == 0 ? PartialDate.parse(first.toString().substring(0, 7)) : PartialDate.parse(first.toString());
            PartialDate end = i % 7 == 0 && i % 11 != 0 ? PartialDate.parse(first.plusDays(2).toString()) : null;
            all.add(new Meeting(MeetingId.of("gen-" + (char) ('a' + i % 26) + i), AES, MeetingKind.OTHER, date, end,
                    "Niamey", "Réunion " + i, List.of(), List.of(), AesFacts.cites(APA), null));
        }
        registry.write(all.stream().map(RecordWrite::upsert).toList(), new Actor("test"));
    }

    private List<TimelineEntry> paged(RecordView view, ConfederationCode confederation, LocalDate from, LocalDate to,
                                      boolean meetings, int limit) {
        List<TimelineEntry> found = new ArrayList<>();
        TimelineQuery query = new TimelineQuery(confederation, from, to, meetings, null, limit);
        for (int pages = 0; pages < 1000; pages++) {
            TimelinePage page = TimelinePages.page(view, query);
            assertTrue(page.items().size() <= limit, "a page holds at most its limit");
            found.addAll(page.items());
            if (page.next() == null) {
                return found;
            }
            assertFalse(page.items().isEmpty(), "a page that says more follow is not empty");
            query = new TimelineQuery(confederation, from, to, meetings, page.next(), limit);
        }
        throw new AssertionError("the pages never end");
    }

    private List<TimelineEntry> whole(ConfederationCode confederation, LocalDate from, LocalDate to) {
        return Timeline.filter(Timeline.of(all), confederation, from, to);
    }

    @Test
    void page_after_page_gives_the_whole_timeline_in_order_whatever_the_page_size() {
        for (int limit : new int[] {1, 2, 7, 50, 1000}) {
            assertEquals(whole(null, null, null), paged(registry, null, null, null, true, limit), "pages of " + limit);
        }
    }

    @Test
    void the_filters_apply_to_meetings_and_to_the_other_facts_alike() {
        LocalDate from = day("2024-07-01");
        LocalDate to = day("2025-01-31");
        List<TimelineEntry> expected = whole(AES, from, to);
        assertTrue(expected.stream().anyMatch(entry -> entry.event().equals("meeting.date"))
                && expected.stream().anyMatch(entry -> !entry.event().equals("meeting.date")), "both kinds in the span");
        assertEquals(expected, paged(registry, AES, from, to, true, 5));
    }

    @Test
    void without_meetings_the_pages_hold_every_other_fact() {
        List<TimelineEntry> expected = whole(null, null, null).stream()
                .filter(entry -> !entry.event().equals("meeting.date")).toList();
        assertEquals(expected, paged(registry, null, null, null, false, 3));
    }

    @Test
    void the_last_page_says_no_more_follow() {
        TimelinePage page = TimelinePages.page(registry, new TimelineQuery(AES, null, null, true, null, 10_000));
        assertNull(page.next());
        assertEquals(whole(AES, null, null), page.items());
    }

    @Test
    void meetings_are_counted_by_the_period_of_their_first_day() {
        LocalDate from = day("2024-03-15");
        LocalDate to = day("2025-06-30");
        for (Period period : Period.values()) {
            Map<LocalDate, Long> expected = new TreeMap<>();
            all.stream().filter(record -> record instanceof Meeting).map(record -> ((Meeting) record).date().firstDay())
                    .filter(first -> !first.isBefore(from) && !first.isAfter(to))
                    .forEach(first -> expected.merge(period.start(first), 1L, Long::sum));
            List<PeriodCount> counted = registry.countMeetings(AES, from, to, period);
            assertEquals(expected.entrySet().stream().map(e -> new PeriodCount(e.getKey(), e.getValue())).toList(), counted,
                    "by " + period.code());
        }
        assertEquals(List.of(), registry.countMeetings(ConfederationCode.of("XYZ"), from, to, Period.YEAR));
    }

    @Test
    void as_recorded_the_pages_and_counts_leave_out_later_meetings() {
        Instant before = registry.changes(ChangeQuery.newest(1)).items().get(0).at();
        Meeting later = new Meeting(MeetingId.of("gen-later"), AES, MeetingKind.OTHER, PartialDate.parse("2024-02-02"), null,
                "Niamey", "Plus tard", List.of(), List.of(), AesFacts.cites(APA), null);
        registry.write(List.of(RecordWrite.upsert(later)), new Actor("test"));
        RecordView then = registry.asRecorded(before);
        assertEquals(whole(null, null, null), paged(then, null, null, null, true, 9));
        long thenCount = then.countMeetings(AES, day("2024-02-01"), day("2024-02-29"), Period.MONTH).stream()
                .mapToLong(PeriodCount::meetings).sum();
        long nowCount = registry.countMeetings(AES, day("2024-02-01"), day("2024-02-29"), Period.MONTH).stream()
                .mapToLong(PeriodCount::meetings).sum();
        assertEquals(thenCount + 1, nowCount);
    }
}
