package org.confed.application.exporting;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.confed.domain.model.CalendarDate;
import org.confed.domain.model.DateInterval;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Participant;
import org.confed.domain.model.Precision;
import org.confed.domain.model.SourceId;

/**
 * Meetings as an iCalendar (RFC 5545) calendar: one all-day {@code VEVENT} per meeting, with a stable {@code UID}
 * ({@code meeting-ID@confed}), lines ended by CRLF and folded at 75 octets, and TEXT values escaped.
 *
 * <p>A meeting known to the day is a one-day event ({@code DTSTART;VALUE=DATE}, {@code DTEND} the day after, as RFC
 * 5545 makes it exclusive). A meeting known only to the month or year becomes an all-day event spanning that whole
 * month or year, its description says so, and {@code X-CONFED-DATE} keeps the date as written ({@code 2024-07}).
 * {@code DTSTAMP} is when the export ran.
 */
final class IcsWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private final OutputStream out;
    private final String stamp;
    private final Lookups lookups;

    IcsWriter(OutputStream out, Instant now, Lookups lookups) {
        this.out = out;
        this.stamp = STAMP.format(now);
        this.lookups = lookups;
    }

    void write(Iterable<Meeting> meetings) throws IOException {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//confed//confed export//EN");
        line("CALSCALE:GREGORIAN");
        for (Meeting meeting : meetings) {
            event(meeting);
        }
        line("END:VCALENDAR");
    }

    private void event(Meeting meeting) throws IOException {
        // an open end has no day to show: the event keeps to the day that is known
        LocalDate first = meeting.date().firstDay().equals(LocalDate.MIN) ? meeting.date().lastDay() : meeting.date().firstDay();
        LocalDate last = meeting.date().lastDay().equals(LocalDate.MAX) ? first : meeting.date().lastDay();
        LocalDate afterLast = last.plusDays(1);
        line("BEGIN:VEVENT");
        line("UID:meeting-" + meeting.id().value() + "@confed");
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + DAY.format(first));
        line("DTEND;VALUE=DATE:" + DAY.format(afterLast));
        line("SUMMARY:" + text(summary(meeting)));
        if (meeting.place() != null) {
            line("LOCATION:" + text(meeting.place()));
        }
        line("CATEGORIES:" + text(meeting.kind().code()));
        String description = description(meeting);
        if (!description.isEmpty()) {
            line("DESCRIPTION:" + text(description));
        }
        line("X-CONFED-DATE:" + meeting.date());
        line("END:VEVENT");
    }

    private static String summary(Meeting meeting) {
        if (meeting.title() != null) {
            return meeting.title();
        }
        String kind = meeting.kind().code();
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + (meeting.place() != null ? ", " + meeting.place() : "");
    }

    private String description(Meeting meeting) {
        List<String> parts = new ArrayList<>();
        if (meeting.date() instanceof CalendarDate calendar && calendar.precision() != Precision.DAY) {
            String unit = calendar.precision().name().toLowerCase(Locale.ROOT);
            parts.add("Date known to the " + unit + " only: " + meeting.date() + " (shown as the whole " + unit + ")");
        } else if (meeting.date() instanceof DateInterval interval) {
            parts.add("Date known only as some day in " + interval + " (shown as that span)");
        }
        if (meeting.confederation() != null) {
            parts.add("Confederation: " + meeting.confederation());
        }
        if (!meeting.participants().isEmpty()) {
            List<String> people = new ArrayList<>();
            for (Participant participant : meeting.participants()) {
                String name = lookups.personName(participant.person());
                people.add((name != null ? name : participant.person().value())
                        + (participant.capacity() != null ? " (" + participant.capacity() + ")" : ""));
            }
            parts.add("Participants: " + String.join("; ", people));
        }
        if (!meeting.topics().isEmpty()) {
            parts.add("Topics: " + String.join("; ", meeting.topics()));
        }
        if (!meeting.sources().isEmpty()) {
            List<String> sources = new ArrayList<>();
            for (SourceId source : meeting.sources()) {
                String url = lookups.sourceUrl(source);
                sources.add(url != null ? source.value() + " <" + url + ">" : source.value());
            }
            parts.add("Sources: " + String.join("; ", sources));
        }
        return String.join("\n", parts);
    }

    /** RFC 5545 TEXT: backslash, semicolon, comma and line ends escaped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // Writes one content line, folded so no physical line exceeds 75 octets, never inside a UTF-8 sequence.
    private void line(String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int room = MAX_OCTETS;
        while (bytes.length - start > room) {
            int end = start + room;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--; // back to the start of a character
            }
            out.write(bytes, start, end - start);
            out.write(new byte[] {'\r', '\n', ' '});
            start = end;
            room = MAX_OCTETS - 1; // the leading space counts
        }
        out.write(bytes, start, bytes.length - start);
        out.write('\r');
        out.write('\n');
    }
}
