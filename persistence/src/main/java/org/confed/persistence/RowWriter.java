package org.confed.persistence;

import java.util.List;
import org.confed.persistence.VersionStatements.NewTerm;
import org.confed.persistence.VersionStatements.NewVersion;

/**
 * How a write's new rows reach the database, on the write's own handle: JDBC batches for H2 ({@link BatchRows}),
 * {@code COPY} for PostgreSQL ({@link CopyRows}: its bulk path, one stream per call instead of a statement per row).
 * Either way the rows belong to the write's transaction.
 */
interface RowWriter {
    /** Inserts versions into {@code record_version}. */
    void versions(List<NewVersion> versions);

    /** Inserts terms into {@code record_term}. */
    void terms(List<NewTerm> terms);
}
