package org.confed.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.confed.persistence.VersionStatements.NewTerm;

/**
 * The terms a write has yet to insert, held back and inserted in term order: {@code record_term}'s index is keyed by
 * term, so terms inserted as records come touch a page anywhere in it for each row, and an H2 file keeps every copy of
 * those pages until the write commits (a 100,000-record import grew its file to 48 times its input). Inserted in term
 * order, a run of them touches each page once. They go in when the buffer is full, when a read of the write needs
 * them, and before the write commits; a write undone drops them with the rest.
 */
final class TermBuffer {
    /**
     * What the terms held back may take, by estimate: about 250,000 terms (25,000 meetings), small beside what an
     * import of a million records keeps under a 256 MB heap (its key table, H2's page cache).
     */
    static final long DEFAULT_BYTES = 16L << 20;
    /** An estimate of what one term takes beyond its bytes: the object, its array's header, the list's slot. */
    private static final int OVERHEAD = 48;
    private static final Comparator<NewTerm> TERM_ORDER = (a, b) -> {
        int byTerm = Arrays.compareUnsigned(a.term(), b.term());
        return byTerm != 0 ? byTerm : Long.compare(a.seq(), b.seq());
    };

    private final RowWriter writer;
    private final long limitBytes;
    private List<NewTerm> held = new ArrayList<>();
    private long heldBytes;

    TermBuffer(RowWriter writer, long limitBytes) {
        this.writer = writer;
        this.limitBytes = limitBytes;
    }

    void add(NewTerm term) {
        held.add(term);
        heldBytes += term.term().length + OVERHEAD;
        if (heldBytes >= limitBytes) {
            flush();
        }
    }

    /** Inserts every term held, in term order. */
    void flush() {
        if (held.isEmpty()) {
            return;
        }
        List<NewTerm> terms = held;
        held = new ArrayList<>();
        heldBytes = 0;
        terms.sort(TERM_ORDER);
        writer.terms(terms);
    }
}
