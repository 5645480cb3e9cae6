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
    /**
     * Keeps an unmodifiable copy of the items.
     *
     * @param items the items of this page
     * @param more  whether items follow the last one
     * @throws NullPointerException when {@code items} or one of them is {@code null}
     */
    public Page {
        items = List.copyOf(items);
    }

    /**
     * A page from a fetch of one item more than the page holds, the extra item telling whether more follow.
     *
     * @param fetched up to {@code limit + 1} items
     * @param limit   the page size
     * @param <T>     the item type
     * @return the first {@code limit} items, with {@code more} set when {@code fetched} held more
     * @throws NullPointerException when an item is {@code null}
     */
    public static <T> Page<T> of(List<T> fetched, int limit) {
        return fetched.size() > limit ? new Page<>(fetched.subList(0, limit), true) : new Page<>(fetched, false);
    }
}
