package org.confed.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.ChangeKind;
import org.confed.domain.port.ChangeLog;
import org.confed.domain.port.RecordEncoding;
import org.confed.persistence.VersionStatements.LoggedVersion;
import org.jdbi.v3.core.Handle;

/** The change log as one open handle sees it: the record versions in the order they were written, with their writes. */
final class ChangeHistory implements ChangeLog {
    private final VersionStatements statements;
    private final RecordEncoding encoding;

    ChangeHistory(Handle handle, RecordEncoding encoding) {
        this.statements = handle.attach(VersionStatements.class);
        this.encoding = encoding;
    }

    @Override
    public List<ChangeEntry> changes(long afterSequence, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return limit == 0 ? List.of() : entries(statements.logAfter(afterSequence, limit));
    }

    @Override
    public List<ChangeEntry> changesOf(RecordKey key) {
        return entries(statements.logOf(key.typeName(), NaturalKey.of(key).bytes()));
    }

    private List<ChangeEntry> entries(List<LoggedVersion> rows) {
        List<ChangeEntry> entries = new ArrayList<>(rows.size());
        for (LoggedVersion row : rows) {
            ConfedRecord content = encoding.decode(row.content());
            ChangeKind kind = ChangeKind.valueOf(row.change().toUpperCase(Locale.ROOT));
            long oldVersion = switch (kind) {
                case INSERT -> 0;
                case UPDATE, MERGE -> row.version() - 1;
                case RETRACT -> row.version();
            };
            entries.add(new ChangeEntry(row.seq(), row.committedAt().toInstant(), new Actor(row.actor()), content.key(), kind,
                    oldVersion, row.version(), content));
        }
        return entries;
    }
}
