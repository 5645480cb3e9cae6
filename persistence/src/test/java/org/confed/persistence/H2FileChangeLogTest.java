package org.confed.persistence;

import java.nio.file.Path;
import org.confed.domain.contract.ChangeLogContract;
import org.confed.domain.port.Registry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link ChangeLogContract} on H2 files, a new file for each test.
 */
class H2FileChangeLogTest extends ChangeLogContract {
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
