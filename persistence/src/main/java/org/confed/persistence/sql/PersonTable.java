package org.confed.persistence.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.SourceId;
import org.confed.domain.port.Versioned;
import org.confed.domain.query.TextFold;
import org.confed.persistence.text.NaturalKey;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;

/**
 * Table {@code person}, with {@code person_source}. The name is also stored folded: meeting search matches
 * participants by their current name.
 */
public final class PersonTable extends RecordTable<Person, PersonTable.Row> {
    static final String SOURCES = "person_source";

    /** A row of {@code person}. */
    public record Row(byte[] naturalKey, String id, String name, String foldedName, String honorific, long version,
                      byte[] contentHash, long lastWrite) implements TableRow {
    }

    /** Statements of {@code person}. */
    public interface Dao {
        @SqlBatch("INSERT INTO person (natural_key, id, name, folded_name, honorific, version, content_hash, last_write) "
                + "VALUES (:naturalKey, :id, :name, :foldedName, :honorific, :version, :contentHash, :lastWrite)")
        void insert(@BindMethods List<Row> rows);

        /** Compare and set: only the version this write read, one less than the row's, is replaced. */
        @SqlBatch("UPDATE person SET id = :id, name = :name, folded_name = :foldedName, honorific = :honorific, "
                + "version = :version, content_hash = :contentHash, last_write = :lastWrite "
                + "WHERE natural_key = :naturalKey AND version = :version - 1")
        int[] update(@BindMethods List<Row> rows);
    }

    PersonTable() {
        super(Person.class, Row.class);
    }

    @Override
    protected Row row(Person person, Stamp stamp) {
        return new Row(stamp.key().bytes(), person.id().value(), person.name(), TextFold.fold(person.name()),
                person.honorific(), stamp.version(), stamp.contentHash(), stamp.lastWrite());
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
        return List.of(SOURCES);
    }

    @Override
    protected void insertLists(Handle handle, List<Stamped<Person>> records) {
        insertTexts(handle.attach(ItemDao.class), SOURCES, records, Person::sources);
    }

    @Override
    public List<Versioned<Person>> assemble(Handle handle, List<Row> rows) {
        Map<NaturalKey, List<String>> sources = texts(handle.attach(ItemDao.class), SOURCES, owners(rows));
        List<Versioned<Person>> records = new ArrayList<>(rows.size());
        for (Row row : rows) {
            records.add(new Versioned<>(new Person(PersonId.of(row.id()), row.name(), row.honorific(),
                    listOf(sources, row, SourceId::of)), row.version()));
        }
        return records;
    }
}
