package org.confed.persistence;

import org.confed.domain.contract.HistoryContract;
import org.confed.domain.port.Registry;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link HistoryContract} on H2 in memory, a new database for each test.
 */
class H2MemoryHistoryTest extends HistoryContract {
    private final TestDatabase database = TestDatabase.h2Memory();

    @Override
    protected Registry registry() {
        return database.newStore();
    }

    @AfterEach
    void closeTheStores() {
        database.cleanUp();
    }
}
