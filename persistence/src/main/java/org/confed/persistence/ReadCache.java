package org.confed.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Answers of a store that only this process writes (an H2 file or memory database, which H2 locks to one process),
 * kept until this store's next write. A busy read route then asks the database once per write instead of once per
 * request: the presidency on a day costs three transactions and about a dozen statements otherwise.
 *
 * <p>Every write bumps a generation when it starts and again when it has ended (committed or not). An answer is kept
 * with the generation seen before it was read, and only when no write ran meanwhile; it is given out only while that
 * generation is still current and no write is under way. So an answer is never older than the last write that ended,
 * and during a write readers go to the database, as they would without the cache.
 *
 * <p>Cached answers must be immutable (records, {@code List.copyOf}, {@code Optional} of records).
 */
final class ReadCache {
    private final AtomicLong generation = new AtomicLong();
    private final AtomicInteger writesUnderWay = new AtomicInteger();
    private final Map<Object, Answer> answers;

    private record Answer(long generation, Object value) {
    }

    /** @param capacity the most answers kept; the least recently used go first */
    ReadCache(int capacity) {
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Answer> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The answer to {@code question} (a value with equals and hashCode), from the cache or else from {@code read}. */
    <T> T answer(Object question, Supplier<T> read) {
        return answer(question, read, value -> true);
    }

    /** As {@link #answer(Object, Supplier)}, keeping only answers {@code worthKeeping} (not a very long list, say). */
    @SuppressWarnings("unchecked")
    <T> T answer(Object question, Supplier<T> read, Predicate<T> worthKeeping) {
        long before = generation.get();
        boolean quiet = writesUnderWay.get() == 0;
        if (quiet) {
            Answer kept;
            synchronized (answers) {
                kept = answers.get(question);
            }
            // Checked again after the lookup: a write may have started and ended since `before` was read, and
            // writesUnderWay alone cannot tell (it is back to 0 by then); its generation can.
            if (kept != null && kept.generation() == before && generation.get() == before
                    && writesUnderWay.get() == 0) {
                return (T) kept.value();
            }
        }
        T value = read.get();
        if (quiet && worthKeeping.test(value) && writesUnderWay.get() == 0 && generation.get() == before) {
            synchronized (answers) {
                answers.put(question, new Answer(before, value));
            }
        }
        return value;
    }

    /** Runs a write: no answer read during it is kept, and none kept before it is given out after it. */
    <T> T writing(Supplier<T> write) {
        writesUnderWay.incrementAndGet();
        generation.incrementAndGet();
        try {
            return write.get();
        } finally {
            generation.incrementAndGet();
            writesUnderWay.decrementAndGet();
        }
    }
}
