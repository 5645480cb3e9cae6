package org.confed.persistence;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.confed.persistence.VersionStatements.NewTerm;

/**
 * The terms a write has yet to insert, held back and inserted in term order: {@code record_term}'s index is keyed by
 * term, so terms inserted as records come touch a page anywhere in it for each row, and an H2 file keeps every copy of
 * those pages until the write commits (a 100,000-record import grew its file to 48 times its input). Inserted in term
 * order, a run of them touches each page once.
 *
 * <p>When the memory given is full, the terms held are sorted into a run on disk; when a read of the write needs them
 * and before the write commits, the runs and what memory holds are merged and inserted in one pass. One pass, not a
 * run at a time: each run reached across the whole index, so a million-record import rewrote most of its pages fifty
 * times over. A write undone drops them with the rest ({@link #discard}).
 *
 * <p>A run has no name on disk once it is open ({@code DELETE_ON_CLOSE} unlinks it at once on POSIX systems), so a
 * process killed in the middle of a write leaves nothing behind in the temporary directory.
 */
final class TermBuffer {
    /**
     * What the terms held in memory may take, by estimate: about 250,000 terms (25,000 meetings), small beside what an
     * import of a million records keeps under a 200 MB heap (its key table, H2's page cache).
     */
    static final long DEFAULT_BYTES = 16L << 20;
    /** An estimate of what one term takes beyond its bytes: the object, its array's header, the list's slot. */
    private static final int OVERHEAD = 48;
    /** Terms handed to the database at a time while runs are merged. */
    private static final int INSERT_BATCH = 10_000;
    private static final Comparator<NewTerm> TERM_ORDER = (a, b) -> {
        int byTerm = Arrays.compareUnsigned(a.term(), b.term());
        return byTerm != 0 ? byTerm : Long.compare(a.seq(), b.seq());
    };

    private final RowWriter writer;
    private final long limitBytes;
    private final Path spillDirectory;
    private final List<FileChannel> runs = new ArrayList<>();
    private List<NewTerm> held = new ArrayList<>();
    private long heldBytes;

    TermBuffer(RowWriter writer, long limitBytes) {
        this(writer, limitBytes, Path.of(System.getProperty("java.io.tmpdir")));
    }

    TermBuffer(RowWriter writer, long limitBytes, Path spillDirectory) {
        this.writer = writer;
        this.limitBytes = limitBytes;
        this.spillDirectory = spillDirectory;
    }

    void add(NewTerm term) {
        held.add(term);
        heldBytes += term.term().length + OVERHEAD;
        if (heldBytes >= limitBytes) {
            spill();
        }
    }

    /** The runs on disk now, for tests. */
    int runs() {
        return runs.size();
    }

    /** Inserts every term held, on disk and in memory, in term order. */
    void flush() {
        List<NewTerm> terms = takeHeld();
        if (runs.isEmpty()) {
            if (!terms.isEmpty()) {
                writer.terms(terms);
            }
            return;
        }
        try {
            merge(terms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the terms set aside in " + spillDirectory, e);
        } finally {
            discard();
        }
    }

    /** Forgets every term held and closes (so frees) the runs on disk: the write is undone, or its terms are in. */
    void discard() {
        held = new ArrayList<>();
        heldBytes = 0;
        for (FileChannel run : runs) {
            try {
                run.close();
            } catch (IOException e) {
                // closing an unlinked file frees it whatever is said here; nothing stored depends on it
            }
        }
        runs.clear();
    }

    private List<NewTerm> takeHeld() {
        List<NewTerm> terms = held;
        held = new ArrayList<>();
        heldBytes = 0;
        terms.sort(TERM_ORDER);
        return terms;
    }

    /** Sorts the terms held into a new run on disk: term length, term, seq, for each. */
    private void spill() {
        List<NewTerm> terms = takeHeld();
        try {
            FileChannel run = FileChannel.open(Files.createTempFile(spillDirectory, "confed-terms-", ".run"),
                    StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
            runs.add(run);
            // flushed, not closed: closing the stream would close the run
            DataOutputStream out = new DataOutputStream(
                    new BufferedOutputStream(Channels.newOutputStream(run), 1 << 16));
            for (NewTerm term : terms) {
                out.writeInt(term.term().length);
                out.write(term.term());
                out.writeLong(term.seq());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set terms aside in " + spillDirectory, e);
        }
    }

    /** Merges the runs and {@code inMemory} (sorted), handing the terms to the database a batch at a time. */
    private void merge(List<NewTerm> inMemory) throws IOException {
        List<DataInputStream> inputs = new ArrayList<>();
        try {
            PriorityQueue<Source> next = new PriorityQueue<>(Comparator.comparing(Source::head, TERM_ORDER));
            for (FileChannel run : runs) {
                run.position(0);
                DataInputStream input = new DataInputStream(
                        new BufferedInputStream(Channels.newInputStream(run), 1 << 16));
                inputs.add(input);
                Source source = new Source(input, null);
                if (source.advance()) {
                    next.add(source);
                }
            }
            Source memory = new Source(null, inMemory);
            if (memory.advance()) {
                next.add(memory);
            }
            List<NewTerm> batch = new ArrayList<>(INSERT_BATCH);
            while (!next.isEmpty()) {
                Source source = next.poll();
                batch.add(source.head());
                if (batch.size() == INSERT_BATCH) {
                    writer.terms(batch);
                    batch = new ArrayList<>(INSERT_BATCH);
                }
                if (source.advance()) {
                    next.add(source);
                }
            }
            if (!batch.isEmpty()) {
                writer.terms(batch);
            }
        } finally {
            for (DataInputStream input : inputs) {
                input.close();
            }
        }
    }

    /** A run read back, or the terms in memory: its next term in order. */
    private static final class Source {
        private final DataInputStream input;
        private final List<NewTerm> list;
        private int index;
        private NewTerm head;

        Source(DataInputStream input, List<NewTerm> list) {
            this.input = input;
            this.list = list;
        }

        NewTerm head() {
            return head;
        }

        /** Moves to the next term; false when there is none. */
        boolean advance() throws IOException {
            if (list != null) {
                head = index < list.size() ? list.get(index++) : null;
                return head != null;
            }
            int length;
            try {
                length = input.readInt();
            } catch (EOFException end) {
                head = null;
                return false;
            }
            byte[] term = input.readNBytes(length);
            head = new NewTerm(term, input.readLong());
            return true;
        }
    }
}
