package org.confed.application.importing;

/** How much of a record its input gave, which decides how it is written. */
enum RecordOrigin {
    /** The record as given, whole. */
    COMPLETE,
    /**
     * A record from a CSV row, which has no column for a list of objects (a meeting's participants): it keeps the
     * stored ones unless rows of the import give them.
     */
    WITHOUT_LISTS,
    /** A source named only by a link (a Popolo document's sources): written only where no such source is stored. */
    LINKED
}
