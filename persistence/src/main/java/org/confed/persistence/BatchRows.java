package org.confed.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.confed.persistence.VersionStatements.NewTerm;
import org.confed.persistence.VersionStatements.NewVersion;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * New rows by plain JDBC batches on the write's connection, a statement prepared once per write and kind of row: the
 * binding Jdbi does per value cost a fifth of inserting the terms.
 */
final class BatchRows implements RowWriter {
    private static final int BATCH = 5000;
    private static final String VERSIONS = "INSERT INTO record_version (seq, change_set, record_type, natural_key, version, "
            + "change, content, sort_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String TERMS = "INSERT INTO record_term (term, seq) VALUES (?, ?)";

    private final Handle handle;
    private PreparedStatement versions;
    private PreparedStatement terms;

    BatchRows(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void versions(List<NewVersion> rows) {
        try {
            if (versions == null) {
                versions = prepare(VERSIONS);
            }
            int pending = 0;
            for (NewVersion row : rows) {
                versions.setLong(1, row.seq());
                versions.setLong(2, row.changeSet());
                versions.setString(3, row.recordType());
                versions.setBytes(4, row.naturalKey());
                versions.setLong(5, row.version());
                versions.setString(6, row.change());
                versions.setString(7, row.content());
                if (row.sortDay() == null) {
                    versions.setNull(8, Types.DATE);
                } else {
                    versions.setDate(8, Date.valueOf(row.sortDay()));
                }
                versions.addBatch();
                if (++pending == BATCH) {
                    versions.executeBatch();
                    pending = 0;
                }
            }
            versions.executeBatch();
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    @Override
    public void terms(List<NewTerm> rows) {
        try {
            if (terms == null) {
                terms = prepare(TERMS);
            }
            int pending = 0;
            for (NewTerm row : rows) {
                terms.setBytes(1, row.term());
                terms.setLong(2, row.seq());
                terms.addBatch();
                if (++pending == BATCH) {
                    terms.executeBatch();
                    pending = 0;
                }
            }
            terms.executeBatch();
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    /** A statement closed with the write's handle. */
    private PreparedStatement prepare(String sql) throws SQLException {
        Connection connection = handle.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        handle.addCleanable(statement::close);
        return statement;
    }
}
