package org.confed.persistence;

import java.util.ArrayList;
import java.util.List;
import java.time.ZoneOffset;
import java.util.Locale;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.ChangeKind;
import org.confed.domain.port.ChangeLog;
import org.confed.domain.port.ChangeQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.RecordEncoding;
import org.confed.persistence.VersionStatements.LoggedVersion;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/** The change log as one open handle sees it: the record versions in the order they were written, with their writes. */
final class ChangeHistory implements ChangeLog {
    private final Handle handle;
    private final VersionStatements statements;
    private final RecordEncoding encoding;

    ChangeHistory(Handle handle, RecordEncoding encoding) {
        this.handle = handle;
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
    public Page<ChangeEntry> changes(ChangeQuery query) {
        StringBuilder sql = new StringBuilder(VersionStatements.LOGGED + "WHERE 1 = 1");
        if (query.before() != null) {
            sql.append(" AND v.seq < :before");
        }
        if (query.since() != null) {
            sql.append(" AND c.committed_at >= :since");
        }
        if (query.actor() != null) {
            sql.append(" AND c.actor = :actor");
        }
        if (query.record() != null) {
            sql.append(" AND v.record_type = :type AND v.natural_key = :key");
        }
        Query statement = handle.createQuery(sql.append(" ORDER BY v.seq DESC LIMIT :limit").toString())
                .bind("limit", query.limit() + 1);
        if (query.before() != null) {
            statement.bind("before", query.before());
        }
        if (query.since() != null) {
            statement.bind("since", query.since().atOffset(ZoneOffset.UTC));
        }
        if (query.actor() != null) {
            statement.bind("actor", query.actor().name());
        }
        if (query.record() != null) {
            statement.bind("type", query.record().typeName()).bind("key", NaturalKey.of(query.record()).bytes());
        }
        return Page.of(entries(statement.map(ConstructorMapper.of(LoggedVersion.class)).list()), query.limit());
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
                case UPDATE -> row.version() - 1;
                case RETRACT, MERGE -> row.version();
            };
            RecordKey into = row.targetKey() == null ? null
                    : new RecordKey(content.key().type(), NaturalKey.fromBytes(row.targetKey()).parts());
            entries.add(new ChangeEntry(row.seq(), row.committedAt().toInstant(), new Actor(row.actor()), content.key(), kind,
                    oldVersion, row.version(), content, into));
        }
        return entries;
    }
}
