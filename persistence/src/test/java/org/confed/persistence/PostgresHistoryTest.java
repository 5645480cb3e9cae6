package org.confed.persistence;

import org.confed.domain.contract.HistoryContract;
import org.confed.domain.port.Registry;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link HistoryContract} on PostgreSQL at {@code CONFED_TEST_JDBC_URL}, a new schema for each test;
 * skipped, saying why, when the variable is not set.
 */
class PostgresHistoryTest extends HistoryContract {
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
