package org.confed.domain.query;

import java.time.LocalDate;
import org.confed.domain.model.ConfederationCode;

/**
 * Which page of a timeline to give.
 *
 * @param confederation only facts about this confederation, or {@code null} for facts about any
 * @param from          only facts whose date ends on or after this day, or {@code null}
 * @param to            only facts whose date starts on or before this day, or {@code null}
 * @param meetings      whether meetings are among the facts
 * @param after         where the previous page ended, or {@code null} for the first page
 * @param limit         the most facts a page holds, at least 1
 */
public record TimelineQuery(ConfederationCode confederation, LocalDate from, LocalDate to, boolean meetings,
                            TimelineCursor after, int limit) {
    /**
     * Checks the page size.
     *
     * @param confederation only facts about this confederation, or {@code null}
     * @param from          only facts ending on or after this day, or {@code null}
     * @param to            only facts starting on or before this day, or {@code null}
     * @param meetings      whether meetings are among the facts
     * @param after         where the previous page ended, or {@code null}
     * @param limit         the page size, at least 1
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    public TimelineQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
    }
}
