package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.CalendarDate;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.MeetingKind;
import org.confed.domain.port.Actor;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.RecordWrite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V5 marks as long the records that reach more than a week past their first day. A store V4 left (its marks only for
 * spans of more than a year) opens with them marked, so a search from a day finds a meeting of ten days that began
 * eight days before, where the walk by date now goes back a week only.
 */
class LongSpansOfAWeekTest {
    private static final byte[] LONG_MEETING = Terms.bytes(Terms.longSpan("meeting"));

    @TempDir
    Path directory;
    private TestDatabase database;

    @AfterEach
    void cleanUp() {
        if (database != null) {
            database.cleanUp();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"H2_FILE", "POSTGRESQL"})
    void a_store_of_v4_opens_with_its_meetings_of_more_than_a_week_marked(TestDatabase.Kind kind) throws SQLException {
        database = TestDatabase.of(kind, directory);
        String url = database.newUrl();
        Meeting tenDays = meeting("ten-days", "2024-03-01", "2024-03-10");
        Meeting fiveDays = meeting("five-days", "2024-03-02", "2024-03-06");
        Meeting twoYears = meeting("two-years", "2022-01-01", "2023-12-31");
        try (Store store = Store.open(url, TestDatabase.ENCODING)) {
            store.transact(new Actor("test"), session -> session.putAll(
                    List.of(RecordWrite.upsert(tenDays), RecordWrite.upsert(fiveDays), RecordWrite.upsert(twoYears))));
        }
        assertEquals(2, marks(url), "ten days and two years are long spans under V5");
        asV4LeftIt(url);
        assertEquals(1, marks(url), "V4 marked two years only");

        try (Store store = Store.open(url, TestDatabase.ENCODING)) {
            assertEquals(2, marks(url));
            List<Meeting> found = store.searchMeetings(new MeetingQuery(null, LocalDate.of(2024, 3, 9), null, null,
                    null, null, null, null, 10)).items();
            assertEquals(List.of(tenDays), found);
            assertEquals(List.of(twoYears, tenDays, fiveDays), store.searchMeetings(new MeetingQuery(null,
                    LocalDate.of(2022, 6, 1), null, null, null, null, null, null, 10)).items());
        }
    }

    private static Meeting meeting(String id, String first, String last) {
        return new Meeting(MeetingId.of(id), null, MeetingKind.SUMMIT, CalendarDate.parse(first), CalendarDate.parse(last),
                "Niamey", "Session " + id, List.of(), List.of(), AesFacts.meetings().get(0).sources(), null);
    }

    /** The meeting versions marked long. */
    private static long marks(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM record_term WHERE term = ?")) {
            count.setBytes(1, LONG_MEETING);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Takes V5 back: the marks of spans up to a year, and its line in Flyway's history. */
    private static void asV4LeftIt(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement unmark = connection.prepareStatement("DELETE FROM record_term WHERE term = ? AND seq IN "
                     + "(SELECT seq FROM record_version WHERE natural_key = ?)");
             Statement statement = connection.createStatement()) {
            unmark.setBytes(1, LONG_MEETING);
            unmark.setBytes(2, NaturalKey.of(meeting("ten-days", "2024-03-01", "2024-03-10").key()).bytes());
            assertEquals(1, unmark.executeUpdate());
            assertEquals(1, statement.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '5'"));
        }
    }
}
