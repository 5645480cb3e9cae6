package org.confed.application.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.confed.domain.model.Meeting;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.domain.schema.ValueKind;

/**
 * The CSV shape of a record type, derived from {@link RecordSchemas}: one column per field that a cell can hold
 * (every field but lists of objects), named as the field. One extra table exists only in CSV: {@code participant}
 * [meeting, person], whose rows give a meeting's participants; its columns are the meeting's key followed by the
 * fields of a participant.
 */
public sealed interface CsvTable permits CsvTable.Records, CsvTable.Participants {
    /** The CSV-only type of a meeting's participant rows. */
    String PARTICIPANT = "participant";

    /**
     * The table's type name.
     *
     * @return {@code membership}, {@code participant}, ...
     */
    String name();

    /**
     * The table's columns, in the order an export writes them.
     *
     * @return the columns
     */
    List<Column> columns();

    /**
     * The file an export writes the table to.
     *
     * @return {@code memberships.csv}, {@code participants.csv}, ...
     */
    String fileName();

    /**
     * The column of that name.
     *
     * @param name a header cell
     * @return the column, or empty
     */
    default Optional<Column> column(String name) {
        return columns().stream().filter(column -> column.name().equals(name)).findFirst();
    }

    /**
     * The columns' names, for messages.
     *
     * @return the names joined by commas
     */
    default String columnNames() {
        return columns().stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /**
     * The records of one type.
     *
     * @param schema  the type
     * @param columns its fields that fit a cell
     */
    record Records(RecordSchema<?> schema, List<Column> columns) implements CsvTable {
        /**
         * Keeps an unmodifiable copy of the columns.
         *
         * @param schema  the type
         * @param columns its fields that fit a cell
         */
        public Records {
            columns = List.copyOf(columns);
        }

        @Override
        public String name() {
            return schema.name();
        }

        @Override
        public String fileName() {
            return schema.plural() + ".csv";
        }

        /**
         * Whether a record read from this table lacks fields no cell holds (a meeting's participants).
         *
         * @return whether some field of the type has no column
         */
        public boolean lacksFields() {
            return columns.size() < schema.fields().size();
        }
    }

    /**
     * A meeting's participants, one row each.
     *
     * @param columns the meeting's key, then a participant's fields
     */
    record Participants(List<Column> columns) implements CsvTable {
        /**
         * Keeps an unmodifiable copy of the columns.
         *
         * @param columns the meeting's key, then a participant's fields
         */
        public Participants {
            columns = List.copyOf(columns);
        }

        @Override
        public String name() {
            return PARTICIPANT;
        }

        @Override
        public String fileName() {
            return "participants.csv";
        }
    }

    /**
     * One column: its header name and the field it holds.
     *
     * @param name  the header name
     * @param field the field
     */
    record Column(String name, FieldSchema field) {
        /**
         * Whether a row must fill it.
         *
         * @return whether the field is required
         */
        public boolean required() {
            return field.required();
        }
    }

    /**
     * Every table an export writes: the record types in dependency order, then the participants.
     *
     * @return the tables
     */
    static List<CsvTable> all() {
        List<CsvTable> tables = new ArrayList<>();
        RecordSchemas.all().forEach(schema -> tables.add(of(schema)));
        tables.add(participants());
        return tables;
    }

    /**
     * The table of a record type.
     *
     * @param schema the type
     * @return its table
     */
    static Records of(RecordSchema<?> schema) {
        return new Records(schema, schema.fields().stream().filter(CsvTable::fitsACell)
                .map(field -> new Column(field.name(), field)).toList());
    }

    /**
     * The participants' table: the meeting's key, then each part of a participant.
     *
     * @return the table
     */
    static Participants participants() {
        RecordSchema<Meeting> meeting = RecordSchemas.of(Meeting.class);
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(meeting.name(), meeting.keyFields().get(0)));
        participantsField().element().parts().forEach(part -> columns.add(new Column(part.name(), part)));
        return new Participants(columns);
    }

    /**
     * The meeting's list of participants, the one field of the model a cell cannot hold.
     *
     * @return the field
     */
    static FieldSchema participantsField() {
        return RecordSchemas.of(Meeting.class).fields().stream()
                .filter(field -> field.kind() == ValueKind.LIST && field.element().kind() == ValueKind.OBJECT)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("a meeting has no list of participants"));
    }

    /**
     * The table a type name names: singular or plural, dashes or underscores, any case.
     *
     * @param name a type name, or {@code null}
     * @return the table, or empty
     */
    static Optional<CsvTable> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normal = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        if (normal.equals(PARTICIPANT) || normal.equals(PARTICIPANT + "s")) {
            return Optional.of(participants());
        }
        return RecordSchemas.named(normal).map(CsvTable::of);
    }

    /**
     * The table a file's name names by its stem ({@code presidencies.csv}).
     *
     * @param fileName a file name, with or without folders
     * @return the table, or empty
     */
    static Optional<CsvTable> ofFileName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.indexOf('.');
        return named(dot < 0 ? name : name.substring(0, dot));
    }

    /**
     * Every name a CSV file may be typed with, for messages.
     *
     * @return the record type names and {@code participant}
     */
    static String typeNames() {
        return Stream.concat(RecordSchemas.all().stream().map(RecordSchema::name), Stream.of(PARTICIPANT))
                .collect(Collectors.joining(", "));
    }

    private static boolean fitsACell(FieldSchema field) {
        return field.kind() != ValueKind.OBJECT
                && !(field.kind() == ValueKind.LIST && field.element().kind() == ValueKind.OBJECT);
    }
}
