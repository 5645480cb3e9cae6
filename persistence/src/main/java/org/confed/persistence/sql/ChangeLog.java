package org.confed.persistence.sql;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.persistence.text.NaturalKey;
import org.confed.persistence.text.RecordText;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Table {@code change_log}: append-only, one row per inserted or changed record. */
public final class ChangeLog {

    /**
     * A row of {@code change_log}.
     *
     * @param sequence    its place in the log; {@code null} before the database numbers it
     * @param committedAt when the write was made
     * @param actor       who wrote
     * @param recordType  the record type ({@code person})
     * @param naturalKey  the record's key bytes, to find its history by
     * @param keyText     the key's parts joined by {@code /}, for people reading the table
     * @param oldVersion  the version replaced, 0 for an insert
     * @param newVersion  the version written
     * @param content     the record written ({@link RecordText})
     */
    public record Row(Long sequence, OffsetDateTime committedAt, String actor, String recordType, byte[] naturalKey,
                      String keyText, long oldVersion, long newVersion, String content) {
    }

    /** Statements of {@code change_log}. */
    public interface Dao {
        @SqlBatch("INSERT INTO change_log (committed_at, actor, record_type, natural_key, key_text, old_version, new_version, "
                + "content) VALUES (:committedAt, :actor, :recordType, :naturalKey, :keyText, :oldVersion, :newVersion, :content)")
        void append(@BindMethods List<Row> rows);

        @SqlQuery("SELECT * FROM change_log WHERE sequence > :after ORDER BY sequence LIMIT :limit")
        List<Row> after(@Bind("after") long after, @Bind("limit") int limit);

        /** Index {@code change_log_by_record}. */
        @SqlQuery("SELECT * FROM change_log WHERE record_type = :type AND natural_key = :key ORDER BY sequence")
        List<Row> of(@Bind("type") String type, @Bind("key") byte[] key);
    }

    private ChangeLog() {
    }

    /** The row logging a change of the record with {@code recordKey}, whose text ({@link RecordText}) is {@code content}. */
    public static Row row(OffsetDateTime at, Actor actor, RecordKey recordKey, String content, NaturalKey key, long oldVersion,
                          long newVersion) {
        return new Row(null, at, actor.name(), recordKey.type(), key.bytes(), String.join("/", recordKey.parts()),
                oldVersion, newVersion, content);
    }

    /** Entries after {@code afterSequence}, oldest first, at most {@code limit}. */
    public static List<ChangeEntry> after(Handle handle, long afterSequence, int limit) {
        return entries(handle.attach(Dao.class).after(afterSequence, limit));
    }

    /** Every entry about one record, oldest first. */
    public static List<ChangeEntry> of(Handle handle, RecordKey key) {
        return entries(handle.attach(Dao.class).of(key.type(), NaturalKey.of(key).bytes()));
    }

    private static List<ChangeEntry> entries(List<Row> rows) {
        List<ChangeEntry> entries = new ArrayList<>(rows.size());
        for (Row row : rows) {
            ConfedRecord content = RecordText.read(row.content());
            entries.add(new ChangeEntry(row.sequence(), row.committedAt().toInstant(), new Actor(row.actor()), content.key(),
                    row.oldVersion(), row.newVersion(), content));
        }
        return entries;
    }
}
