package org.confed.persistence.sql;

/** A row of a record table, as read by constructor: every one has a key and a version. */
public interface TableRow {
    /** The {@code natural_key} column. */
    byte[] naturalKey();

    /** The {@code version} column. */
    long version();
}
