package org.confed.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/** The token file holds write credentials: say so when other users of the machine may read it. */
final class TokenFiles {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private TokenFiles() {
    }

    /** Warns on {@code err} when group or others may read or write {@code file} (named {@code typed}, as given). */
    static void warnIfOthersMayRead(Path file, String typed, PrintWriter err) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException | IOException e) {
            return; // a file system without POSIX permissions: nothing to say
        }
        if (permissions.stream().anyMatch(OTHERS::contains)) {
            err.println("confed: warning: the token file " + typed + " may be read by other users ("
                    + PosixFilePermissions.toString(permissions) + "); make it private: chmod 600 " + typed);
        }
    }
}
