package org.confed.persistence.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.confed.domain.model.Source;
import org.confed.domain.model.SourceId;
import org.confed.domain.port.Versioned;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;

/** Table {@code source}. */
public final class SourceTable extends RecordTable<Source, SourceTable.Row> {

    /** A row of {@code source}. */
    public record Row(byte[] naturalKey, String id, String publisher, String title, LocalDate publishedFirst,
                      LocalDate publishedLast, String publishedPrecision, String url, String language, String reference,
                      String excerpt, long version, byte[] contentHash, long lastWrite) implements TableRow {
    }

    /** Statements of {@code source}. */
    public interface Dao {
        @SqlBatch("INSERT INTO source (natural_key, id, publisher, title, published_first, published_last, published_precision, "
                + "url, language, reference, excerpt, version, content_hash, last_write) VALUES (:naturalKey, :id, :publisher, "
                + ":title, :publishedFirst, :publishedLast, :publishedPrecision, :url, :language, :reference, :excerpt, "
                + ":version, :contentHash, :lastWrite)")
        void insert(@BindMethods List<Row> rows);

        /** Compare and set: only the version this write read, one less than the row's, is replaced. */
        @SqlBatch("UPDATE source SET id = :id, publisher = :publisher, title = :title, "
                + "published_first = :publishedFirst, published_last = :publishedLast, "
                + "published_precision = :publishedPrecision, url = :url, language = :language, "
                + "reference = :reference, excerpt = :excerpt, version = :version, content_hash = :contentHash, "
                + "last_write = :lastWrite "
                + "WHERE natural_key = :naturalKey AND version = :version - 1")
        int[] update(@BindMethods List<Row> rows);
    }

    SourceTable() {
        super(Source.class, Row.class);
    }

    @Override
    protected Row row(Source source, Stamp stamp) {
        return new Row(stamp.key().bytes(), source.id().value(), source.publisher(), source.title(),
                Dates.first(source.published()), Dates.last(source.published()), Dates.precision(source.published()),
                source.url(), source.language(), source.reference(), source.excerpt(), stamp.version(),
                stamp.contentHash(), stamp.lastWrite());
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
        return List.of();
    }

    @Override
    protected void insertLists(Handle handle, List<Stamped<Source>> records) {
        // no lists
    }

    @Override
    public List<Versioned<Source>> assemble(Handle handle, List<Row> rows) {
        List<Versioned<Source>> records = new ArrayList<>(rows.size());
        for (Row row : rows) {
            records.add(new Versioned<>(new Source(SourceId.of(row.id()), row.publisher(), row.title(),
                    Dates.of(row.publishedFirst(), row.publishedPrecision()), row.url(), row.language(), row.reference(),
                    row.excerpt()), row.version()));
        }
        return records;
    }
}
