package org.confed.application.format;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where a reader hands what it reads, each piece at its line. */
interface RecordSink {
    /** A meeting read from CSV: it cannot carry participants, so it keeps those given elsewhere. */
    int FROM_CSV = 1;
    /** A record to write only when no record with its key is stored (Popolo's source stubs). */
    int IF_ABSENT = 2;

    /**
     * A record as a JSON object.
     *
     * @param type  the type to assume when the object has no {@code "type"} ({@code null}: it must have one)
     * @param flags {@link #FROM_CSV}, {@link #IF_ABSENT}
     */
    void record(long line, ObjectNode node, String type, int flags);

    /** A record that could not be read at all: counted as read, and rejected. */
    void unreadable(long line, String field, String message);

    /** A problem with the input as a whole at this line (a bad header, a broken structure): no record is counted. */
    void problem(long line, String field, String message);
}
