package org.confed.persistence;

import java.time.Clock;
import org.confed.domain.port.RecordEncoding;

/**
 * A store that asks its database every time, without the answers an H2 store keeps between writes: the as-of figure
 * measures how the queries scale with history, not how fast a kept answer is handed back. In the persistence package
 * because that way of opening a store is for measurement only and not part of its API.
 */
public final class QueryingStore {
    private QueryingStore() {
    }

    public static Store open(String jdbcUrl, RecordEncoding encoding) {
        return Store.open(jdbcUrl, encoding, System.getenv(), Store.DEFAULT_CHUNK_SIZE, Clock.systemUTC(), false,
                TermBuffer.DEFAULT_BYTES);
    }
}
