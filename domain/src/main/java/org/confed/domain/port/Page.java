package org.confed.domain.port;

import java.util.List;

/**
 * Part of a longer ordered list.
 *
 * @param items the items of this page
 * @param more  whether items follow the last one
 * @param <T>   the item type
 */
public record Page<T>(List<T> items, boolean more) {
    public Page {
        items = List.copyOf(items);
    }

    /** The first {@code limit} of {@code fetched}, where {@code fetched} holds up to {@code limit + 1} items. */
    public static <T> Page<T> of(List<T> fetched, int limit) {
        return fetched.size() > limit ? new Page<>(fetched.subList(0, limit), true) : new Page<>(fetched, false);
    }
}
