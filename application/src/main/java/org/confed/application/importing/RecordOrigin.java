package org.confed.application.importing;

/** How much of a record its input gave, which decides how it is written. */
enum RecordOrigin {
    /** The record as given, whole. */
    COMPLETE,
    /**
     * A record from a CSV row, which has no cell for the lists rows give (a meeting's participants, a record's
     * disputes): it keeps the stored ones unless rows of the import give them.
     */
    WITHOUT_LISTS,
    /** A source named only by a link (a Popolo document's sources): written only where no such source is stored. */
    LINKED
}
