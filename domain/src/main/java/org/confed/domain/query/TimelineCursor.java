package org.confed.domain.query;

import java.time.LocalDate;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.RecordKey;

/**
 * Where a page of a timeline ended, in each of the two lists it merges: the meetings (read a page at a time, by
 * first day then id) and the other facts (read whole, they are few). Each pair is both present or both absent.
 *
 * @param meetingDay the first day of the last meeting given, or {@code null} when none was given yet
 * @param meeting    the id of that meeting, or {@code null}
 * @param factDate   the date of the last other fact given, or {@code null} when none was given yet
 * @param fact       the record of that fact, or {@code null}
 * @param factEvent  the kind of that fact ({@code membership.start}), or {@code null}
 */
public record TimelineCursor(LocalDate meetingDay, MeetingId meeting, PartialDate factDate, RecordKey fact,
                             String factEvent) {
    /**
     * Checks that each part is whole.
     *
     * @param meetingDay the first day of the last meeting given, or {@code null}
     * @param meeting    its id, or {@code null}
     * @param factDate   the date of the last other fact given, or {@code null}
     * @param fact       its record, or {@code null}
     * @param factEvent  its kind, or {@code null}
     * @throws IllegalArgumentException when a part is half given
     */
    public TimelineCursor {
        if ((meetingDay == null) != (meeting == null)) {
            throw new IllegalArgumentException("meetingDay and meeting go together");
        }
        if ((factDate == null) != (fact == null) || (fact == null) != (factEvent == null)) {
            throw new IllegalArgumentException("factDate, fact and factEvent go together");
        }
    }
}
