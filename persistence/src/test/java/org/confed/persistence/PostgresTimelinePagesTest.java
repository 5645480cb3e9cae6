package org.confed.persistence;

import org.confed.domain.contract.TimelinePagesContract;
import org.confed.domain.port.Registry;
import org.junit.jupiter.api.AfterEach;

/** The {@link TimelinePagesContract} on PostgreSQL at {@code CONFED_TEST_JDBC_URL} (skipped, saying why, when unset), a new database for each test. */
class PostgresTimelinePagesTest extends TimelinePagesContract {
    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected Registry registry() {
        return database.newStore();
    }

    @AfterEach
    void closeTheStores() {
        database.cleanUp();
    }
}
