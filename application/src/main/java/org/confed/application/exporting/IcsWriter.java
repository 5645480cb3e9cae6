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
import java.util.Optional;
import org.confed.domain.model.CalendarDate;
import org.confed.domain.model.Citation;
import org.confed.domain.model.DateInterval;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.Participant;
import org.confed.domain.model.Precision;
import org.confed.domain.model.SourceId;

/**
 * Meetings as an iCalendar (RFC 5545) calendar: one all-day {@code VEVENT} per meeting, with a stable {@code UID}
 * ({@code meeting-ID@confed}), lines ended by CRLF and folded at 75 octets, and TEXT values escaped.
 *
 * <p>An event runs from the first day of the meeting's date to the last day of its end date, or of its date for a
 * meeting of one day; {@code DTEND} is the day after, as RFC 5545 makes it exclusive. A date known to the day is that
 * day; one known only to the month or year, or as some day within an interval ({@code 2024-10-15/2024-11-06}), spans
 * all of it and its description says so: no day is shown as known that is not. A meeting whose date is open at one
 * end ({@code ../2024-11-06}: on or before) has no span to show: it is left out, and the calendar says so in an
 * {@code X-CONFED-NOTE}. {@code X-CONFED-DATE} and {@code X-CONFED-END-DATE} keep the dates as written.
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

    /** Writes the calendar; the meetings are read twice (notes on those left out come first, as calendar properties). */
    void write(Iterable<Meeting> meetings) throws IOException {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//confed//confed export//EN");
        line("CALSCALE:GREGORIAN");
        for (Meeting meeting : meetings) {
            if (!bounded(meeting.date())) {
                line("X-CONFED-NOTE:" + text("Meeting " + meeting.id() + " (" + summary(meeting) + ") is left out: its date "
                        + meeting.date() + " has no known day or span"));
            }
        }
        for (Meeting meeting : meetings) {
            if (bounded(meeting.date())) {
                event(meeting);
            }
        }
        line("END:VCALENDAR");
    }

    private static boolean bounded(PartialDate date) {
        return date != null && !date.firstDay().equals(LocalDate.MIN) && !date.lastDay().equals(LocalDate.MAX);
    }

    private void event(Meeting meeting) throws IOException {
        LocalDate first = meeting.date().firstDay();
        LocalDate last = bounded(meeting.endDate()) ? meeting.endDate().lastDay() : meeting.date().lastDay();
        line("BEGIN:VEVENT");
        line("UID:meeting-" + meeting.id().value() + "@confed");
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + DAY.format(first));
        line("DTEND;VALUE=DATE:" + DAY.format(last.plusDays(1)));
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
        if (meeting.endDate() != null) {
            line("X-CONFED-END-DATE:" + meeting.endDate());
        }
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
        spanNote("Date", meeting.date()).ifPresent(parts::add);
        if (meeting.endDate() != null && !bounded(meeting.endDate())) {
            parts.add("Ends some day in " + meeting.endDate() + " (not shown: it has no known day or span)");
        } else {
            spanNote("End date", meeting.endDate()).ifPresent(parts::add);
        }
        if (meeting.confederation() != null) {
            parts.add("Confederation: " + meeting.confederation());
        }
        if (!meeting.participants().isEmpty()) {
            List<String> people = new ArrayList<>();
            for (Participant participant : meeting.participants()) {
                String name = lookups.participantName(participant);
                List<String> about = new ArrayList<>();
                if (participant.person() == null) {
                    about.add("not named in the sources");
                }
                if (participant.capacity() != null && !participant.capacity().equals(name)) {
                    about.add(participant.capacity());
                }
                people.add(name + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")"));
            }
            parts.add("Participants: " + String.join("; ", people));
        }
        if (!meeting.topics().isEmpty()) {
            parts.add("Topics: " + String.join("; ", meeting.topics()));
        }
        if (!meeting.sources().isEmpty()) {
            List<String> sources = new ArrayList<>();
            for (SourceId source : meeting.sources().stream().map(Citation::source).toList()) {
                String url = lookups.sourceUrl(source);
                sources.add(url != null ? source.value() + " <" + url + ">" : source.value());
            }
            parts.add("Sources: " + String.join("; ", sources));
        }
        return String.join("\n", parts);
    }

    // What a date that is not one known day stands for in the event, in words.
    private static Optional<String> spanNote(String what, PartialDate date) {
        if (date instanceof CalendarDate calendar && calendar.precision() != Precision.DAY) {
            String unit = calendar.precision().name().toLowerCase(Locale.ROOT);
            return Optional.of(what + " known to the " + unit + " only: " + date + " (shown as the whole " + unit + ")");
        }
        if (date instanceof DateInterval interval) {
            return Optional.of(what + " known only as some day in " + interval + " (shown as that span)");
        }
        return Optional.empty();
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
