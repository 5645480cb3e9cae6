package org.confed.persistence;

import java.util.ArrayList;
import java.util.List;

/** Values bound in {@code IN (...)} lists: cut to a bindable length, and padded to few lengths. */
final class InLists {
    /** The most values bound in one {@code IN} list. */
    static final int MAX = 1000;

    private InLists() {
    }

    /** {@code items} cut in lists short enough to bind, each {@link #padded}. */
    static <T> List<List<T>> parts(List<T> items) {
        List<List<T>> parts = new ArrayList<>();
        for (int from = 0; from < items.size(); from += MAX) {
            parts.add(padded(items.subList(from, Math.min(items.size(), from + MAX))));
        }
        return parts;
    }

    /**
     * The list lengthened to a power of two (or {@link #MAX}) by repeating its last item, which changes nothing an
     * {@code IN (...)} matches. Each length is another SQL text, kept by Jdbi's and the driver's statement caches: a
     * soak of 120 s grew the heap by 15 MB of them with every length from 1 to 500; this way there are eleven.
     */
    static <T> List<T> padded(List<T> items) {
        int size = items.size();
        if (size == 0) {
            return items;
        }
        int length = Math.min(MAX, Integer.highestOneBit(size - 1) << 1);
        if (size == 1 || length <= size) {
            return items;
        }
        List<T> padded = new ArrayList<>(length);
        padded.addAll(items);
        T last = items.get(size - 1);
        while (padded.size() < length) {
            padded.add(last);
        }
        return padded;
    }
}
