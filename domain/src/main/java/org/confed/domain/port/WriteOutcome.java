package org.confed.domain.port;

/** What writing one record did. */
public enum WriteOutcome {
    /** The key was new. */
    INSERTED,
    /** The key was stored with other content; its version grew by one. */
    UPDATED,
    /** The key was stored with the same content; nothing changed, no version, no change log entry. */
    UNCHANGED
}
