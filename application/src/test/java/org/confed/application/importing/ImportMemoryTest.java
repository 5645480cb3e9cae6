package org.confed.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.confed.application.format.CsvTable;
import org.confed.application.format.FileFormat;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Versioned;
import org.confed.domain.port.WriteOutcome;
import org.confed.domain.port.WriteReport;
import org.confed.domain.port.WriteSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer's own footprint on a large file: the store here counts what it is given and keeps nothing, so
 * whatever stays on the heap is the importer's.
 */
class ImportMemoryTest {
    private static final int RECORDS = Integer.getInteger("confed.memory.records", 300_000);
    private static final int PERSONS = 1_000;
    private static final int SOURCES = 10;
    private static final long LIMIT = 96L * 1024 * 1024;

    @TempDir
    Path work;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private long baseline;
    private long peak;

    private long usedAfterGc() {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private void measure() {
        peak = Math.max(peak, usedAfterGc() - baseline);
    }

    @Test
    void a_300000_record_file_imports_in_bounded_memory() throws IOException {
        Path file = generate(work.resolve("big.ndjson"));
        Path spill = Files.createDirectory(work.resolve("spill"));
        long[] written = new long[1];
        // A store that takes every record, counts it and keeps nothing: what stays on the heap is the importer's.
        DelegatingRegistry counting = new DelegatingRegistry(new InMemoryRegistry()) {
            @Override
            public <T> T transact(Actor actor, Function<WriteSession, T> work) {
                return work.apply(new CountingSession(delegate, () -> {
                    if (++written[0] % 100_000 == 0) {
                        measure();
                    }
                }));
            }
        };
        // Measures while the file is read, too: every 20 MB.
        ImportSource source = new ImportSource(file.toString(), FileFormat.NDJSON, Optional.empty(), () -> new FilterInputStream(Files.newInputStream(file)) {
            private long read;
            private long next = 20L * 1024 * 1024;

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int count = super.read(buffer, offset, length);
                read += Math.max(0, count);
                if (read >= next) {
                    next += 20L * 1024 * 1024;
                    measure();
                }
                return count;
            }
        });
        baseline = usedAfterGc();
        long started = System.nanoTime();

        ImportReport report = new Importer(counting, spill).run(List.of(source), ImportOptions.defaults(Imports.TESTER));

        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("import of %,d records (%,d bytes): %,d ms, importer heap after GC at most %.1f MB above its start%n",
                RECORDS, Files.size(file), millis, peak / (1024.0 * 1024.0));
        assertEquals(List.of(), Imports.problems(report));
        assertEquals(RECORDS, written[0]);
        assertEquals(RECORDS, report.written().total(WriteOutcome.INSERTED));
        assertTrue(peak < LIMIT, "the importer held " + peak / (1024 * 1024) + " MB");
        assertEquals(List.of(), Imports.filesIn(spill));
    }

    // Sources, states, a confederation, persons, then meetings with participants and topics up to RECORDS lines.
    private static Path generate(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int lines = 0;
            for (int i = 0; i < SOURCES; i++, lines++) {
                out.write("{\"type\":\"source\",\"id\":\"source-" + i + "\",\"publisher\":\"APA\",\"language\":\"fr\"}\n");
            }
            for (String state : List.of("MLI", "BFA", "NER")) {
                out.write("{\"type\":\"state\",\"code\":\"" + state + "\",\"name\":\"" + state + "\"}\n");
                lines++;
            }
            out.write("{\"type\":\"confederation\",\"code\":\"AES\",\"name\":\"Confédération des États du Sahel\",\"rotation\":[\"MLI\",\"BFA\",\"NER\"]}\n");
            lines++;
            for (int i = 0; i < PERSONS; i++, lines++) {
                out.write("{\"type\":\"person\",\"id\":\"person-" + i + "\",\"name\":\"Personne Numéro " + i + "\",\"sources\":[\"source-"
                        + (i % SOURCES) + "\"]}\n");
            }
            for (int i = 0; lines < RECORDS; i++, lines++) {
                out.write("{\"type\":\"meeting\",\"id\":\"meeting-" + i + "\",\"confederation\":\"AES\",\"kind\":\"committee\",\"date\":\""
                        + (2000 + i % 25) + "-" + String.format("%02d", 1 + i % 12) + "\",\"place\":\"Bamako\",\"title\":\"Réunion " + i
                        + "\",\"participants\":[{\"person\":\"person-" + (i % PERSONS) + "\",\"capacity\":\"Président\"},{\"person\":\"person-"
                        + ((i + 1) % PERSONS) + "\"},{\"person\":\"person-" + ((i + 2) % PERSONS) + "\",\"capacity\":\"Ministre\"}],"
                        + "\"topics\":[\"Sécurité\",\"Développement " + (i % 7) + "\"],\"sources\":[\"source-" + (i % SOURCES) + "\"]}\n");
            }
        }
        return file;
    }


    /** Reads of an empty store in which every referenced key exists; writes counted and dropped. */
    private static final class CountingSession implements WriteSession {
        private final RecordView empty;
        private final Runnable counted;

        CountingSession(RecordView empty, Runnable counted) {
            this.empty = empty;
            this.counted = counted;
        }

        @Override
        public WriteOutcome put(RecordWrite write) {
            counted.run();
            return WriteOutcome.INSERTED;
        }

        @Override
        public Set<RecordKey> existing(Collection<RecordKey> keys) {
            return new HashSet<>(keys);
        }

        @Override
        public <R extends ConfedRecord> Optional<Versioned<R>> find(Class<R> type, RecordKey key) {
            return empty.find(type, key);
        }

        @Override
        public <R extends ConfedRecord> List<Versioned<R>> list(Class<R> type, RecordKey after, int limit) {
            return empty.list(type, after, limit);
        }

        @Override
        public long count(Class<? extends ConfedRecord> type) {
            return 0;
        }

        @Override
        public Page<Meeting> searchMeetings(MeetingQuery query) {
            return empty.searchMeetings(query);
        }

        @Override
        public <R extends ConfedRecord> List<R> referring(Class<R> type, RecordKey target) {
            return List.of();
        }
    }
}
