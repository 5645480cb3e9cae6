package org.confed.application.importing;

/** What an import does when some records are bad. */
public enum OnError {
    /** Write nothing at all when any problem is found (the default). */
    STOP,
    /** Write the good records; reject the bad ones and those that refer to them, and list every rejection. */
    SKIP
}
