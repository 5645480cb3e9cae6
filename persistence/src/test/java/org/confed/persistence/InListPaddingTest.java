package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** IN lists are lengthened to few lengths, so that the statement caches hold few texts; what they match is unchanged. */
class InListPaddingTest {
    @Test
    void every_length_up_to_the_limit_becomes_one_of_eleven_keeping_the_items_and_adding_only_the_last_again() {
        Set<Integer> lengths = new TreeSet<>();
        for (int size = 1; size <= 1000; size++) {
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                items.add(i);
            }
            List<Integer> padded = InLists.padded(items);
            lengths.add(padded.size());
            assertEquals(items, padded.subList(0, size), "size " + size);
            for (int extra : padded.subList(size, padded.size())) {
                assertEquals(size - 1, extra, "size " + size);
            }
        }
        assertEquals(Set.of(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1000), lengths);
        assertEquals(List.of(), InLists.padded(List.of()));
    }
}
