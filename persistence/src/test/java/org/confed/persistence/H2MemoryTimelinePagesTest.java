package org.confed.persistence;

import org.confed.domain.contract.TimelinePagesContract;
import org.confed.domain.port.Registry;
import org.junit.jupiter.api.AfterEach;

/** The {@link TimelinePagesContract} on H2 in memory, a new database for each test. */
class H2MemoryTimelinePagesTest extends TimelinePagesContract {
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
