package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.WriteOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200,000 records in one write (one transaction, a chunk of {@code putAll} at a time, as an import writes) on an H2
 * file: the heap stays flat while the stream runs, because the store's session keeps nothing of a chunk once written.
 * The heap is measured after a full collection every 20,000 records.
 */
class BulkWriteTest {
    private static final int RECORDS = 200_000;
    private static final int SAMPLE_EVERY = 20_000;
    private static final long MAX_GROWTH = 64L * 1024 * 1024;

    @TempDir
    Path directory;

    @Test
    void two_hundred_thousand_meetings_in_one_write_keep_the_heap_flat() throws IOException {
        Map<Integer, Long> heapAt = new TreeMap<>();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (Store store = Store.open("jdbc:h2:file:" + directory.resolve("confed"), TestDatabase.ENCODING)) {
            store.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor("test"));

            long started = System.nanoTime();
            long inserted = store.transact(new Actor("bulk"), session -> {
                long[] count = {0};
                Generated.inChunks(Generated.meetings(RECORDS, n -> { }), Store.DEFAULT_CHUNK_SIZE, (written, chunk) -> {
                    count[0] += session.putAll(chunk).stream().filter(outcome -> outcome == WriteOutcome.INSERTED).count();
                    if (written % SAMPLE_EVERY == 0) {
                        System.gc();
                        heapAt.put(written, memory.getHeapMemoryUsage().getUsed());
                    }
                });
                return count[0];
            });
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertEquals(RECORDS, inserted);
            assertEquals(RECORDS + AesFacts.meetings().size(), store.count(Meeting.class));
            List<ChangeEntry> last = store.changes(RECORDS + AesFacts.all().size() - 1, 10);
            assertEquals(1, last.size(), "one log entry per record written, the last one last");
            assertEquals(Generated.meeting(RECORDS), last.get(0).content());
            assertEquals(Generated.meeting(RECORDS), store.find(Meeting.class, RecordKey.of(Meeting.class, "bulk-0200000"))
                    .orElseThrow().record());
            LocalDate firstDay = Generated.meeting(1).date().firstDay();
            assertEquals(Generated.meeting(1), store.searchMeetings(new MeetingQuery(AesFacts.AES, firstDay, firstDay,
                    AesFacts.BARMOU, null, "réunion", null, null, 10)).items().get(0));

            long baseline = heapAt.get(2 * SAMPLE_EVERY);
            long highest = heapAt.entrySet().stream().filter(entry -> entry.getKey() >= 2 * SAMPLE_EVERY)
                    .mapToLong(Map.Entry::getValue).max().orElseThrow();
            StringBuilder numbers = new StringBuilder("bulk write of " + RECORDS + " meetings in one call: " + millis + " ms ("
                    + (RECORDS * 1000L / Math.max(1, millis)) + " records/s)\nheap used after GC, MB, by records iterated:\n");
            heapAt.forEach((n, used) -> numbers.append(String.format("  %7d  %6.1f%n", n, used / 1048576.0)));
            numbers.append(String.format("growth from %d to %d: %.1f MB (limit %d MB)%n", 2 * SAMPLE_EVERY, RECORDS,
                    (highest - baseline) / 1048576.0, MAX_GROWTH / 1048576));
            System.out.print(numbers);
            Files.writeString(Path.of("target", "bulk-write.txt"), numbers);
            assertTrue(highest - baseline < MAX_GROWTH, numbers.toString());
        }
    }
}
