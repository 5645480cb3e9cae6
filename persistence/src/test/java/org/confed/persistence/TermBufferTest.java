package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.confed.persistence.VersionStatements.NewTerm;
import org.confed.persistence.VersionStatements.NewVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Terms beyond the memory given are sorted into runs on disk; a flush merges them with what memory holds and hands the
 * database every term once, in term order, then frees the runs. A run has no name in the directory while it is held,
 * so a killed process leaves none behind: the runs are counted as this process's open files (Linux's /proc/self/fd). (The stores' own tests, {@link HeldTermsTest}, run
 * the same through H2 and PostgreSQL.)
 */
class TermBufferTest {
    @TempDir
    Path spills;

    /** What reached the database, in order. */
    private static final class Received implements RowWriter {
        final List<String> terms = new ArrayList<>();

        @Override
        public void versions(List<NewVersion> versions) {
            throw new AssertionError("a term buffer writes no version");
        }

        @Override
        public void terms(List<NewTerm> batch) {
            batch.forEach(term -> terms.add(new String(term.term(), StandardCharsets.UTF_8) + "@" + term.seq()));
        }
    }

    @Test
    void terms_of_many_runs_and_of_memory_reach_the_database_once_each_in_term_order() throws IOException {
        Received received = new Received();
        TermBuffer buffer = new TermBuffer(received, 2_000, spills);
        List<String> expected = new ArrayList<>();
        Random random = new Random(7);
        for (int seq = 1; seq <= 25_000; seq++) {
            String term = "meeting#" + Integer.toString(random.nextInt(5_000), 36);
            buffer.add(new NewTerm(term.getBytes(StandardCharsets.UTF_8), seq));
            expected.add(term + "@" + seq);
        }
        assertTrue(buffer.runs() > 100, "runs on disk: " + buffer.runs());
        assertEquals(buffer.runs(), openRuns(), "runs open, on disk");
        assertEquals(0, files(), "runs with a name in the directory");

        buffer.flush();

        expected.sort((a, b) -> {
            int byTerm = a.substring(0, a.indexOf('@')).compareTo(b.substring(0, b.indexOf('@')));
            return byTerm != 0 ? byTerm : Long.compare(seq(a), seq(b));
        });
        assertEquals(expected, received.terms);
        assertEquals(0, openRuns(), "runs still open after the flush");
        assertEquals(0, files());
        assertEquals(0, buffer.runs());
    }

    @Test
    void a_discarded_buffer_deletes_its_runs_and_hands_nothing_on() throws IOException {
        Received received = new Received();
        TermBuffer buffer = new TermBuffer(received, 500, spills);
        for (int seq = 1; seq <= 1_000; seq++) {
            buffer.add(new NewTerm(("meeting#word" + seq).getBytes(StandardCharsets.UTF_8), seq));
        }
        assertTrue(openRuns() > 0);

        buffer.discard();
        buffer.flush();

        assertEquals(List.of(), received.terms);
        assertEquals(0, openRuns());
        assertEquals(0, files());
    }

    @Test
    void terms_that_fit_in_memory_go_in_without_a_file() throws IOException {
        Received received = new Received();
        TermBuffer buffer = new TermBuffer(received, 1 << 20, spills);
        buffer.add(new NewTerm("meeting#b".getBytes(StandardCharsets.UTF_8), 2));
        buffer.add(new NewTerm("meeting#a".getBytes(StandardCharsets.UTF_8), 3));
        buffer.add(new NewTerm("meeting#a".getBytes(StandardCharsets.UTF_8), 1));

        buffer.flush();

        assertEquals(List.of("meeting#a@1", "meeting#a@3", "meeting#b@2"), received.terms);
        assertEquals(0, openRuns());
        assertEquals(0, files());
    }

    private static long seq(String entry) {
        return Long.parseLong(entry.substring(entry.indexOf('@') + 1));
    }

    /** This process's open files in {@link #spills}: its runs, named or not. */
    private long openRuns() throws IOException {
        return OpenFiles.under(ProcessHandle.current().pid(), spills);
    }

    private long files() throws IOException {
        try (Stream<Path> listed = Files.list(spills)) {
            return listed.count();
        }
    }
}
