package org.confed.persistence;

import org.confed.domain.contract.RecordRepositoryContract;
import org.confed.domain.port.Registry;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link RecordRepositoryContract} on H2 in memory, a new database for each test.
 */
class H2MemoryRecordRepositoryTest extends RecordRepositoryContract {
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
