package org.confed.persistence;

import java.nio.file.Path;
import org.confed.domain.contract.RecordRepositoryContract;
import org.confed.domain.port.Registry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link RecordRepositoryContract} on H2 files, a new file for each test.
 */
class H2FileRecordRepositoryTest extends RecordRepositoryContract {
    @TempDir
    static Path directory;

    private final TestDatabase database = TestDatabase.h2File(directory);

    @Override
    protected Registry registry() {
        return database.newStore();
    }

    @AfterEach
    void closeTheStores() {
        database.cleanUp();
    }
}
