package org.confed.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.confed.persistence.VersionStatements.NewTerm;
import org.confed.persistence.VersionStatements.NewVersion;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * New rows sent to PostgreSQL by {@code COPY ... FROM STDIN} in its text format, through pgjdbc's
 * {@link org.postgresql.copy.CopyManager} on the write's own connection, so they are part of its transaction. A
 * failure is a statement failure like any other: the write is undone.
 */
final class CopyRows implements RowWriter {
    private static final String VERSIONS = "COPY record_version (seq, change_set, record_type, natural_key, version, change, "
            + "content, sort_day) FROM STDIN";
    private static final String TERMS = "COPY record_term (term, seq) FROM STDIN";
    /** Text handed to the driver at a time. */
    private static final int SEND_CHARS = 1 << 20;
    private static final HexFormat HEX = HexFormat.of();

    private final Handle handle;

    CopyRows(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void versions(List<NewVersion> versions) {
        copy(VERSIONS, versions, (version, line) -> {
            line.append(version.seq()).append('\t').append(version.changeSet()).append('\t');
            text(line, version.recordType());
            line.append('\t');
            bytes(line, version.naturalKey());
            line.append('\t').append(version.version()).append('\t');
            text(line, version.change());
            line.append('\t');
            text(line, version.content());
            line.append('\t').append(version.sortDay() == null ? "\\N" : version.sortDay().toString()).append('\n');
        });
    }

    @Override
    public void terms(List<NewTerm> terms) {
        copy(TERMS, terms, (term, line) -> {
            bytes(line, term.term());
            line.append('\t').append(term.seq()).append('\n');
        });
    }

    private interface Line<T> {
        void write(T row, StringBuilder line);
    }

    private <T> void copy(String sql, List<T> rows, Line<T> format) {
        if (rows.isEmpty()) {
            return;
        }
        CopyIn copy = null;
        try {
            copy = handle.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            StringBuilder text = new StringBuilder(SEND_CHARS + 4096);
            for (T row : rows) {
                format.write(row, text);
                if (text.length() >= SEND_CHARS) {
                    send(copy, text);
                }
            }
            send(copy, text);
            copy.endCopy();
        } catch (SQLException e) {
            cancel(copy);
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    private static void send(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    private static void cancel(CopyIn copy) {
        if (copy != null && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                // the write is undone anyway: its transaction rolls back
            }
        }
    }

    /** A text value, its backslashes and line and column breaks escaped as COPY's text format reads them. */
    private static void text(StringBuilder line, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    /** A bytea value in hex, its backslash doubled for the text format: {@code \\x0041}. */
    private static void bytes(StringBuilder line, byte[] value) {
        line.append("\\\\x").append(HEX.formatHex(value));
    }
}
