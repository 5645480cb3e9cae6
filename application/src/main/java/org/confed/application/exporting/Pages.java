package org.confed.application.exporting;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.Versioned;

/**
 * Every stored record of a type in key order, fetched a page at a time so that memory stays flat: how exports and
 * the audit walk a store of any size.
 */
public final class Pages<R extends ConfedRecord> implements Iterable<R> {
    static final int PAGE = 500;

    private final RecordView repository;
    private final Class<R> type;

    private Pages(RecordView repository, Class<R> type) {
        this.repository = repository;
        this.type = type;
    }

    public static <R extends ConfedRecord> Pages<R> of(RecordView repository, Class<R> type) {
        return new Pages<>(repository, type);
    }

    @Override
    public Iterator<R> iterator() {
        return new Iterator<>() {
            private List<Versioned<R>> page = repository.list(type, null, PAGE);
            private int next;

            @Override
            public boolean hasNext() {
                if (next < page.size()) {
                    return true;
                }
                if (page.size() < PAGE) {
                    return false;
                }
                RecordKey last = page.get(page.size() - 1).record().key();
                page = repository.list(type, last, PAGE);
                next = 0;
                return !page.isEmpty();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++).record();
            }
        };
    }
}
