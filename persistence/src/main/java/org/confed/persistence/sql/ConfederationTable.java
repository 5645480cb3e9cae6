package org.confed.persistence.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.PillarCode;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.SourceId;
import org.confed.domain.model.StateCode;
import org.confed.domain.model.TermLength;
import org.confed.domain.port.Versioned;
import org.confed.persistence.text.NaturalKey;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Table {@code confederation}, with its names, rotation, pillars and sources. */
public final class ConfederationTable extends RecordTable<Confederation, ConfederationTable.Row> {
    static final String NAMES = "confederation_name";
    static final String ROTATION = "confederation_rotation";
    static final String PILLARS = "confederation_pillar";
    static final String SOURCES = "confederation_source";

    /** A row of {@code confederation}. */
    public record Row(byte[] naturalKey, String code, String name, LocalDate foundedFirst, LocalDate foundedLast,
                      String foundedPrecision, String foundingInstrument, String headquarters, String presidencyTerm,
                      long version, byte[] contentHash, long lastWrite) implements TableRow {
    }

    /** Statements of {@code confederation}. */
    public interface Dao {
        @SqlBatch("INSERT INTO confederation (natural_key, code, name, founded_first, founded_last, founded_precision, "
                + "founding_instrument, headquarters, presidency_term, version, content_hash, last_write) VALUES (:naturalKey, "
                + ":code, :name, :foundedFirst, :foundedLast, :foundedPrecision, :foundingInstrument, :headquarters, "
                + ":presidencyTerm, :version, :contentHash, :lastWrite)")
        void insert(@BindMethods List<Row> rows);

        /** Compare and set: only the version this write read, one less than the row's, is replaced. */
        @SqlBatch("UPDATE confederation SET code = :code, name = :name, founded_first = :foundedFirst, "
                + "founded_last = :foundedLast, founded_precision = :foundedPrecision, "
                + "founding_instrument = :foundingInstrument, headquarters = :headquarters, "
                + "presidency_term = :presidencyTerm, version = :version, content_hash = :contentHash, "
                + "last_write = :lastWrite "
                + "WHERE natural_key = :naturalKey AND version = :version - 1")
        int[] update(@BindMethods List<Row> rows);

        /** One item, {@code null} when the term is not known; no item when the confederation is not stored. */
        @SqlQuery("SELECT presidency_term FROM confederation WHERE code = :code")
        List<String> presidencyTerm(@Bind("code") String code);
    }

    ConfederationTable() {
        super(Confederation.class, Row.class);
    }

    @Override
    protected Row row(Confederation body, Stamp stamp) {
        return new Row(stamp.key().bytes(), body.code().value(), body.name(), Dates.first(body.founded()),
                Dates.last(body.founded()), Dates.precision(body.founded()), body.foundingInstrument(),
                body.headquarters(), body.presidencyTerm() == null ? null : body.presidencyTerm().toString(),
                stamp.version(), stamp.contentHash(), stamp.lastWrite());
    }

    @Override
    protected void insertRows(Handle handle, List<Row> rows) {
        handle.attach(Dao.class).insert(rows);
    }

    @Override
    protected int[] updateRows(Handle handle, List<Row> rows) {
        return handle.attach(Dao.class).update(rows);
    }

    @Override
    protected List<String> lists() {
        return List.of(NAMES, ROTATION, PILLARS, SOURCES);
    }

    @Override
    protected void insertLists(Handle handle, List<Stamped<Confederation>> records) {
        ItemDao items = handle.attach(ItemDao.class);
        StateTable.insertNames(items, NAMES, records, Confederation::names);
        insertTexts(items, ROTATION, records, Confederation::rotation);
        insertTexts(items, PILLARS, records, Confederation::pillars);
        insertTexts(items, SOURCES, records, Confederation::sources);
    }

    @Override
    public List<Versioned<Confederation>> assemble(Handle handle, List<Row> rows) {
        ItemDao items = handle.attach(ItemDao.class);
        List<byte[]> owners = owners(rows);
        Map<NaturalKey, Map<String, String>> names = StateTable.names(items, NAMES, owners);
        Map<NaturalKey, List<String>> rotation = texts(items, ROTATION, owners);
        Map<NaturalKey, List<String>> pillars = texts(items, PILLARS, owners);
        Map<NaturalKey, List<String>> sources = texts(items, SOURCES, owners);
        List<Versioned<Confederation>> records = new ArrayList<>(rows.size());
        for (Row row : rows) {
            records.add(new Versioned<>(new Confederation(ConfederationCode.of(row.code()), row.name(),
                    names.get(NaturalKey.fromBytes(row.naturalKey())), Dates.of(row.foundedFirst(), row.foundedPrecision()),
                    row.foundingInstrument(), row.headquarters(),
                    row.presidencyTerm() == null ? null : TermLength.parse(row.presidencyTerm()),
                    listOf(rotation, row, StateCode::of), listOf(pillars, row, PillarCode::of),
                    listOf(sources, row, SourceId::of)), row.version()));
        }
        return records;
    }

    /** The stored confederation with {@code code}. */
    public Optional<Confederation> byCode(Handle handle, ConfederationCode code) {
        return find(handle, NaturalKey.of(RecordKey.of("confederation", code))).map(Versioned::record);
    }

    /** Its {@code presidency_term}, read alone: the as-of questions need nothing else of it. */
    public Optional<TermLength> termLength(Handle handle, ConfederationCode code) {
        return handle.attach(Dao.class).presidencyTerm(code.value()).stream()
                .filter(java.util.Objects::nonNull).findFirst().map(TermLength::parse);
    }
}
