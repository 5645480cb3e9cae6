package org.confed.application.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.confed.domain.port.StoreUnavailableException;

/**
 * The folder an import keeps its spill files in: made when the import starts, removed with everything in it when it
 * ends, whatever the outcome. No caller makes or removes it.
 */
final class WorkingFolder implements AutoCloseable {
    private final Path path;

    private WorkingFolder(Path path) {
        this.path = path;
    }

    /**
     * A new folder.
     *
     * @param parent where to make it
     * @return the folder
     * @throws StoreUnavailableException when it cannot be made
     */
    static WorkingFolder in(Path parent) {
        try {
            return new WorkingFolder(Files.createTempDirectory(parent, "confed-import-"));
        } catch (IOException e) {
            throw failed(parent, e);
        }
    }

    Path path() {
        return path;
    }

    /** A failure of the working files is the store's kind of failure, not a problem of the input. */
    StoreUnavailableException failed(Throwable cause) {
        return failed(path, cause);
    }

    private static StoreUnavailableException failed(Path where, Throwable cause) {
        return new StoreUnavailableException("the import cannot use its working files in " + where + ": "
                + ReadStage.describe(cause), cause);
    }

    @Override
    public void close() {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException e) {
            // left behind in the temporary directory; it holds nothing of the store
        }
    }
}
