package org.confed.application.history;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.confed.domain.model.InvalidFieldException;

/**
 * The instant a question is asked "as recorded" at, as people write it: an ISO 8601 instant with its offset
 * ({@code 2026-12-01T09:30:00Z}, {@code 2026-12-01T10:30+01:00}), or a date, meaning the end of that day in UTC:
 * "as we had it on 2026-12-01".
 */
public final class Recorded {
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final int LONGEST = 40;

    private Recorded() {
    }

    /**
     * Reads an instant.
     *
     * @param field where the text was given, for the message ({@code recorded}, {@code --recorded})
     * @param text  the text
     * @return the instant
     * @throws InvalidFieldException (field {@code field}) saying what is wrong with the text
     */
    public static Instant parse(String field, String text) {
        return read(field, text, true);
    }

    /**
     * Reads the start of a span of time, where a date means the start of that day in UTC: "changes since 2026-12-01".
     *
     * @param field where the text was given, for the message
     * @param text  an instant with its offset, or a date
     * @return the instant
     * @throws InvalidFieldException (field {@code field}) saying what is wrong with the text
     */
    public static Instant since(String field, String text) {
        return read(field, text, false);
    }

    private static Instant read(String field, String text, boolean endOfDay) {
        String given = text == null ? "" : text.strip();
        if (given.isEmpty()) {
            throw new InvalidFieldException(field, "is empty: give an instant (2026-12-01T09:30:00Z) or a date (2026-12-01)");
        }
        if (given.length() > LONGEST) {
            throw new InvalidFieldException(field, "is " + given.length() + " characters long; an instant takes at most " + LONGEST);
        }
        try {
            if (DAY.matcher(given).matches()) {
                LocalDate day = LocalDate.parse(given);
                return endOfDay ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1)
                        : day.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(given).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidFieldException(field, "\"" + given + "\" is not an instant with its offset (2026-12-01T09:30:00Z,"
                    + " 2026-12-01T10:30+01:00) or a date (2026-12-01)");
        }
    }
}
