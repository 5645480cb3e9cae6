package org.confed.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The files a process holds open under a directory, named there or already unlinked (Linux's /proc). */
final class OpenFiles {
    private OpenFiles() {
    }

    static long under(long pid, Path directory) throws IOException {
        String prefix = directory.toRealPath() + "/";
        long open = 0;
        try (Stream<Path> descriptors = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path descriptor : descriptors.toList()) {
                try {
                    if (Files.readSymbolicLink(descriptor).toString().startsWith(prefix)) {
                        open++;
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while the list was read (the listing's own, for one)
                }
            }
        }
        return open;
    }
}
