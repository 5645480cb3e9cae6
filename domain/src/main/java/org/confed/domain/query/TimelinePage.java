package org.confed.domain.query;

import java.util.List;

/**
 * A page of a timeline.
 *
 * @param items the facts, oldest first
 * @param next  where the next page starts, or {@code null} on the last page
 */
public record TimelinePage(List<TimelineEntry> items, TimelineCursor next) {
    /**
     * Keeps an unmodifiable copy of the items.
     *
     * @param items the facts
     * @param next  where the next page starts, or {@code null}
     */
    public TimelinePage {
        items = List.copyOf(items);
    }
}
