package org.confed.domain.memory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.confed.domain.contract.HistoryContract;
import org.confed.domain.port.Registry;

/** The contract on a registry whose clock stands still: the history must hold all the same. */
class InMemoryHistoryTest extends HistoryContract {
    @Override
    protected Registry registry() {
        return new InMemoryRegistry(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }
}
