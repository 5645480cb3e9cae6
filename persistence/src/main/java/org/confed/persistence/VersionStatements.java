package org.confed.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.confed.domain.port.ChangeKind;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The statements of {@code change_set}, {@code record_version} and {@code record_term} (see V2's comments), one per
 * question of the ports. Every value is bound; type names come from the record schemas, never from input.
 */
@RegisterConstructorMapper(VersionStatements.StoredVersion.class)
@RegisterConstructorMapper(VersionStatements.LoggedVersion.class)
@RegisterConstructorMapper(VersionStatements.LastChangeSet.class)
interface VersionStatements extends SqlObject {
    String STORED = "SELECT v.seq, v.record_type, v.natural_key, v.version, v.change, v.content FROM record_version v ";
    String LOGGED = "SELECT v.seq, c.committed_at, c.actor, v.change, v.version, v.content, r.target_key "
            + "FROM record_version v JOIN change_set c ON c.id = v.change_set LEFT JOIN record_redirect r "
            + "ON v.change = 'merge' AND r.record_type = v.record_type AND r.natural_key = v.natural_key "
            + "AND r.change_set = v.change_set ";
    /** What a read sees: {@link Seen#condition()}. */
    String SEEN = "<seen>";
    RowMapper<StoredVersion> STORED_ROWS = ConstructorMapper.of(StoredVersion.class);

    /**
     * A version as read.
     *
     * @param seq        its row
     * @param recordType its type's name
     * @param naturalKey its key's bytes
     * @param version    its version
     * @param change     what it did (a {@link org.confed.domain.port.ChangeKind} code)
     * @param content    the record as encoded
     */
    record StoredVersion(long seq, String recordType, byte[] naturalKey, long version, String change, String content) {
        /** Whether this version withdrew its record (a retraction or a merge), so the record is absent. */
        boolean withdrawn() {
            return ChangeKind.RETRACT.code().equals(change) || ChangeKind.MERGE.code().equals(change);
        }
    }

    /**
     * A version as the change log shows it.
     *
     * @param seq         its place in the log
     * @param committedAt when its write committed
     * @param actor       who wrote it
     * @param change      what it did
     * @param version     the version written (for a retraction, the version withdrawn)
     * @param content     the record as encoded
     * @param targetKey   for a merge, the key bytes of the record it went into; else {@code null}
     */
    record LoggedVersion(long seq, OffsetDateTime committedAt, String actor, String change, long version, String content,
                         byte[] targetKey) {
    }

    /**
     * The latest write.
     *
     * @param id          its change set
     * @param committedAt when it committed
     */
    record LastChangeSet(long id, OffsetDateTime committedAt) {
    }

    /**
     * A version to insert ({@link RowWriter}).
     *
     * @param seq        its row, the next in the log
     * @param changeSet  the write it belongs to
     * @param recordType its type's name
     * @param naturalKey its key's bytes
     * @param version    its version
     * @param change     what it does
     * @param content    the record as encoded
     * @param sortDay    the first day of its main date, or {@code null}
     */
    record NewVersion(long seq, long changeSet, String recordType, byte[] naturalKey, long version, String change,
                      String content, LocalDate sortDay) {
    }

    /**
     * A term of a version.
     *
     * @param term its bytes ({@link Terms})
     * @param seq  the version's row
     */
    record NewTerm(byte[] term, long seq) {
    }

    /** The version of one key a read sees, if any. */
    @SqlQuery(STORED + "WHERE v.record_type = :type AND v.natural_key = :key AND " + SEEN)
    Optional<StoredVersion> seen(@Bind("type") String type, @Bind("key") byte[] key, @Define("seen") String seen);

    /** The live version of one key, a retraction included. */
    @SqlQuery(STORED + "WHERE v.record_type = :type AND v.natural_key = :key AND v.retired_by IS NULL")
    Optional<StoredVersion> live(@Bind("type") String type, @Bind("key") byte[] key);

    /**
     * A key looked for.
     *
     * @param type its type's name
     * @param key  its bytes
     */
    record Wanted(String type, byte[] key) {
    }

    /**
     * The live versions of many keys, retractions included. The keys are joined as a table: H2 walks its index for
     * each row of it, where an {@code IN} list on the key would have it scan every record of the type. Each value is
     * cast, for H2 gives an untyped {@code VALUES} column a text type.
     */
    default List<StoredVersion> live(List<Wanted> wanted) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < wanted.size(); i++) {
            rows.append(i == 0 ? "" : ", ").append("(CAST(:type").append(i).append(" AS VARCHAR(32)), CAST(:key").append(i)
                    .append(" AS BYTEA))");
        }
        Query query = getHandle().createQuery("SELECT v.seq, v.record_type, v.natural_key, v.version, v.change, v.content "
                + "FROM (VALUES " + rows + ") AS w (record_type, natural_key) JOIN record_version v "
                + "ON v.record_type = w.record_type AND v.natural_key = w.natural_key AND v.retired_by IS NULL");
        for (int i = 0; i < wanted.size(); i++) {
            query.bind("type" + i, wanted.get(i).type()).bind("key" + i, wanted.get(i).key());
        }
        return query.map(STORED_ROWS).list();
    }

    /** The versions in rows {@code seqs}, whatever they hold. */
    @SqlQuery(STORED + "WHERE v.seq IN (<seqs>)")
    List<StoredVersion> atSeqs(@BindList("seqs") List<Long> seqs);

    /** Up to {@code limit} records of a type after a key ({@code new byte[0]}: from the first), in key order. */
    @SqlQuery(STORED + "WHERE v.record_type = :type AND v.natural_key > :after AND " + SEEN + " ORDER BY v.natural_key LIMIT :limit")
    List<StoredVersion> page(@Bind("type") String type, @Bind("after") byte[] after, @Bind("limit") int limit,
                             @Define("seen") String seen);

    @SqlQuery("SELECT count(*) FROM record_version v WHERE v.record_type = :type AND " + SEEN)
    long count(@Bind("type") String type, @Define("seen") String seen);

    @SqlQuery("SELECT count(*) FROM record_version v WHERE " + SEEN)
    long size(@Define("seen") String seen);

    /** Any live record, looked for from the newest version back: the newest is live but for a withdrawal. */
    @SqlQuery("SELECT 1 FROM record_version v WHERE " + SEEN + " ORDER BY v.seq DESC LIMIT 1")
    Optional<Integer> any(@Define("seen") String seen);

    /** The records holding a term, in key order. */
    @SqlQuery(STORED + "JOIN record_term t ON t.seq = v.seq WHERE t.term = :term AND " + SEEN + " ORDER BY v.natural_key")
    List<StoredVersion> holding(@Bind("term") byte[] term, @Define("seen") String seen);

    /** The record a merged key went into, as of a change set: the latest merge of it by then. */
    @SqlQuery("SELECT target_key FROM record_redirect WHERE record_type = :type AND natural_key = :key "
            + "AND change_set <= :changeSet ORDER BY change_set DESC LIMIT 1")
    Optional<byte[]> mergedInto(@Bind("type") String type, @Bind("key") byte[] key, @Bind("changeSet") long changeSet);

    @SqlUpdate("INSERT INTO record_redirect (record_type, natural_key, target_key, change_set) "
            + "VALUES (:type, :key, :target, :changeSet)")
    void addRedirect(@Bind("type") String type, @Bind("key") byte[] key, @Bind("target") byte[] target,
                     @Bind("changeSet") long changeSet);

    /** The greatest change set committed by an instant, 0 when none was. */
    @SqlQuery("SELECT id FROM change_set WHERE committed_at <= :at ORDER BY committed_at DESC LIMIT 1")
    Optional<Long> changeSetAt(@Bind("at") OffsetDateTime at);

    @SqlQuery(LOGGED + "WHERE v.seq > :after ORDER BY v.seq LIMIT :limit")
    List<LoggedVersion> logAfter(@Bind("after") long after, @Bind("limit") int limit);

    @SqlQuery(LOGGED + "WHERE v.record_type = :type AND v.natural_key = :key ORDER BY v.seq")
    List<LoggedVersion> logOf(@Bind("type") String type, @Bind("key") byte[] key);

    @SqlQuery("SELECT id, committed_at FROM change_set ORDER BY id DESC LIMIT 1")
    Optional<LastChangeSet> lastChangeSet();

    @SqlQuery("SELECT COALESCE(MAX(seq), 0) FROM record_version")
    long lastSeq();

    @SqlUpdate("INSERT INTO change_set (id, committed_at, actor) VALUES (:id, :at, :actor)")
    void addChangeSet(@Bind("id") long id, @Bind("at") OffsetDateTime at, @Bind("actor") String actor);

    @SqlBatch("UPDATE record_version SET retired_by = :changeSet WHERE seq = :seq")
    void retire(@Bind("seq") List<Long> seqs, @Bind("changeSet") long changeSet);
}
