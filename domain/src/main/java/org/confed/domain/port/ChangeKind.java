package org.confed.domain.port;

import java.util.Locale;

/** What a change did to its record. */
public enum ChangeKind {
    /** The record was new. */
    INSERT,
    /** The record replaced an earlier version. */
    UPDATE,
    /** The record was withdrawn; its last version stays in the log. */
    RETRACT,
    /**
     * The record was withdrawn because it was merged into another, which now stands for it
     * ({@link ChangeEntry#mergedInto()}); its last version stays in the log.
     */
    MERGE;

    /**
     * The kind's name in the interchange format and the API.
     *
     * @return {@code insert}, {@code update}, {@code retract} or {@code merge}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
