package org.confed.domain.generate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;
import java.util.Random;

/**
 * Where generated cases get their choices from: a seeded {@link Random} for property tests, or Jazzer's
 * {@link FuzzedDataProvider} for fuzz tests. One generator, two drivers.
 */
public interface Choices {

    /** A number from {@code min} to {@code max}, both included. */
    int between(int min, int max);

    default boolean coin() {
        return between(0, 1) == 1;
    }

    default <T> T oneOf(List<T> options) {
        return options.get(between(0, options.size() - 1));
    }

    static Choices of(Random random) {
        return (min, max) -> min + random.nextInt(max - min + 1);
    }

    /** Choices from fuzz data; once the data runs out every choice is its minimum. */
    static Choices of(FuzzedDataProvider data) {
        return (min, max) -> data.remainingBytes() == 0 ? min : data.consumeInt(min, max);
    }
}
