package org.confed.api.http;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.RecordKey;
import org.confed.domain.query.TimelineCursor;
import org.confed.domain.schema.RecordSchemas;

/**
 * A timeline page's cursor ({@link Cursors}): the last meeting's first day and id, and the last other fact's date,
 * record type, key parts (joined by a line break, which no key holds) and kind; "-" for a part not yet given.
 */
final class TimelineCursors {
    private static final String KIND = "timeline";
    private static final String NONE = "-";
    private static final int PARTS = 6;

    private TimelineCursors() {
    }

    static String encode(TimelineCursor cursor) {
        return Cursors.encode(KIND, List.of(
                cursor.meetingDay() == null ? NONE : cursor.meetingDay().toString(),
                cursor.meeting() == null ? NONE : cursor.meeting().value(),
                cursor.factDate() == null ? NONE : cursor.factDate().toString(),
                cursor.fact() == null ? NONE : cursor.fact().typeName(),
                cursor.fact() == null ? NONE : String.join("\n", cursor.fact().parts()),
                cursor.factEvent() == null ? NONE : cursor.factEvent()));
    }

    /** @throws ProblemException (400, naming {@code cursor}) when it is not a timeline cursor */
    static TimelineCursor decode(String text) {
        List<String> parts = Cursors.decode(text, KIND, PARTS);
        try {
            boolean meeting = !parts.get(0).equals(NONE);
            boolean fact = !parts.get(2).equals(NONE);
            Class<? extends ConfedRecord> type = fact ? RecordSchemas.named(parts.get(3)).orElseThrow().javaType() : null;
            return new TimelineCursor(meeting ? LocalDate.parse(parts.get(0)) : null,
                    meeting ? MeetingId.of(parts.get(1)) : null,
                    fact ? PartialDate.parse(parts.get(2)) : null,
                    fact ? new RecordKey(type, Arrays.asList(parts.get(4).split("\n", -1))) : null,
                    fact ? parts.get(5) : null);
        } catch (RuntimeException e) {
            throw ProblemException.badParameter("cursor", "is not a cursor this list gave out");
        }
    }
}
