package org.confed.application.importing;

/** What an import decided about a key it read. */
enum KeyState {
    /** Read, and to be written. */
    ACCEPTED,
    /** Refused: its record, or one it depends on, breaks a rule. */
    REJECTED,
    /** A linked source the store already holds: nothing to write. */
    PRESENT
}
