package org.confed.application.importing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.confed.application.format.CsvTable;

/** Where a reader hands what it reads, line by line. */
interface RecordSink {

    /**
     * One record as JSON, not yet checked.
     *
     * @param line     where it starts
     * @param node     its fields, with or without {@code "type"}
     * @param expected the type the input is known to hold, or {@code null}: then the object names its type
     * @param origin   how much of the record the input gave
     */
    void record(long line, ObjectNode node, CsvTable expected, RecordOrigin origin);

    /**
     * A record that could not be read at all: a problem, and one more record read and rejected.
     *
     * @param line    where it is
     * @param field   the field at fault, or {@code null}
     * @param message what is wrong
     */
    void unreadable(long line, String field, String message);

    /**
     * A problem of the input as a whole (its header, its encoding, its end), not of one record.
     *
     * @param line    where it is, or 0
     * @param field   the field at fault, or {@code null}
     * @param message what is wrong
     */
    void problem(long line, String field, String message);
}
