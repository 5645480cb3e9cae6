package org.confed.application.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.confed.domain.model.Dispute;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Participant;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.domain.schema.TemporalRole;
import org.confed.domain.schema.ValueKind;

/**
 * The CSV shape of a record type, derived from {@link RecordSchemas}: one column per field that a cell can hold,
 * named as the field ({@link CsvCells} says how a cell holds a list, names, or a list of citations). Two lists of
 * objects come as rows of tables of their own, which exist only in CSV (and may also come as objects of NDJSON or JSON):
 * <ul>
 *   <li>{@code participant} [meeting, person, post]: a meeting's participants, one row each;</li>
 *   <li>{@code dispute}: the disputes of any record, one row each, the record named as the command line names it
 *       ({@link RecordNames}: {@code membership:AES:MLI:2023-09-16}).</li>
 * </ul>
 */
public sealed interface CsvTable permits CsvTable.Records, CsvTable.Participants, CsvTable.Disputes {
    /** The CSV-only type of a meeting's participant rows. */
    String PARTICIPANT = "participant";
    /** The CSV-only type of dispute rows. */
    String DISPUTE = "dispute";

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
     * The disputes of records of any type, one row each.
     *
     * @param columns the record's name, then a dispute's fields
     */
    record Disputes(List<Column> columns) implements CsvTable {
        /** The column that names the record a dispute row belongs to ({@code membership:AES:MLI:2023-09-16}). */
        public static final FieldSchema RECORD = new FieldSchema("record", String.class, ValueKind.TEXT, null, true, true,
                null, TemporalRole.NONE, 2000, false, null, List.of(), List.of(), null, null, null);

        /**
         * Keeps an unmodifiable copy of the columns.
         *
         * @param columns the record's name, then a dispute's fields
         */
        public Disputes {
            columns = List.copyOf(columns);
        }

        @Override
        public String name() {
            return DISPUTE;
        }

        /**
         * The field a row's value belongs to, which says how its cell reads: the field the row's {@code field} cell
         * names, of the type its {@code record} cell names.
         *
         * @param row the row's other cells, as JSON
         * @return the disputed field, or empty when the row does not name one (its cells then say what is wrong)
         */
        public Optional<FieldSchema> disputedField(JsonNode row) {
            JsonNode record = row.get(RECORD.name());
            JsonNode field = row.get(columns.get(1).name());
            if (record == null || !record.isTextual() || field == null || !field.isTextual()) {
                return Optional.empty();
            }
            String name = record.asText();
            return RecordSchemas.named(name.substring(0, Math.max(0, name.indexOf(':'))))
                    .flatMap(schema -> schema.field(field.asText()))
                    .filter(disputed -> !givenByRows(disputed) || disputed.element().javaType() != Dispute.class);
        }

        @Override
        public String fileName() {
            return "disputes.csv";
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
         * A column named as its field.
         *
         * @param field the field
         * @return the column
         */
        public static Column of(FieldSchema field) {
            return new Column(field.name(), field);
        }

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
     * Every table an export writes: the record types in dependency order, then the participants and the disputes.
     *
     * @return the tables
     */
    static List<CsvTable> all() {
        List<CsvTable> tables = new ArrayList<>();
        RecordSchemas.all().forEach(schema -> tables.add(of(schema)));
        tables.add(participants());
        tables.add(disputes());
        return tables;
    }

    /**
     * The table of a record type: every field a cell holds, in the model's order.
     *
     * @param schema the type
     * @return its table
     */
    static Records of(RecordSchema<?> schema) {
        return new Records(schema, schema.fields().stream().filter(field -> fitsACell(field) && !givenByRows(field))
                .map(Column::of).toList());
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
        participantsField().element().parts().forEach(part -> columns.add(Column.of(part)));
        return new Participants(columns);
    }

    /**
     * The disputes' table: the record's name, then each part of a dispute.
     *
     * @return the table
     */
    static Disputes disputes() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of(Disputes.RECORD));
        disputesField(RecordSchemas.all().get(0)).element().parts().forEach(part -> columns.add(Column.of(part)));
        return new Disputes(columns);
    }

    /**
     * The meeting's list of participants, which {@code participant} rows give in CSV.
     *
     * @return the field
     */
    static FieldSchema participantsField() {
        return RecordSchemas.of(Meeting.class).fields().stream().filter(field -> itemsAre(field, Participant.class))
                .findFirst().orElseThrow(() -> new IllegalStateException("a meeting has no list of participants"));
    }

    /**
     * A type's list of disputes, which {@code dispute} rows give in CSV.
     *
     * @param schema a record type
     * @return the field
     */
    static FieldSchema disputesField(RecordSchema<?> schema) {
        return schema.fields().stream().filter(field -> itemsAre(field, Dispute.class)).findFirst()
                .orElseThrow(() -> new IllegalStateException(schema.name() + " has no list of disputes"));
    }

    /**
     * Whether rows of a table of their own give a field's items rather than a cell.
     *
     * @param field a record's field
     * @return whether it is a meeting's participants or a record's disputes
     */
    static boolean givenByRows(FieldSchema field) {
        return itemsAre(field, Participant.class) || itemsAre(field, Dispute.class);
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
        if (normal.equals(DISPUTE) || normal.equals(DISPUTE + "s")) {
            return Optional.of(disputes());
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
     * @return the record type names, {@code participant} and {@code dispute}
     */
    static String typeNames() {
        return Stream.concat(RecordSchemas.all().stream().map(RecordSchema::name), Stream.of(PARTICIPANT, DISPUTE))
                .collect(Collectors.joining(", "));
    }

    /**
     * Whether one cell can hold a field's value: a scalar, names, or a list whose items are scalars or objects of
     * scalars and lists of scalars (a citation). A dispute, whose value and citations nest, cannot.
     *
     * @param field a field
     * @return whether {@link CsvCells} writes it in one cell
     */
    static boolean fitsACell(FieldSchema field) {
        return switch (field.kind()) {
            case OBJECT, VALUE_OF -> false;
            case LIST -> field.element().kind() != ValueKind.OBJECT
                    || field.element().parts().stream().allMatch(part -> part.kind() != ValueKind.OBJECT
                    && part.kind() != ValueKind.VALUE_OF
                    && (part.kind() != ValueKind.LIST || part.element().kind() != ValueKind.OBJECT));
            default -> true;
        };
    }

    private static boolean itemsAre(FieldSchema field, Class<?> type) {
        return field.kind() == ValueKind.LIST && field.element().javaType() == type;
    }
}
