package org.confed.application.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.confed.domain.model.Meeting;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.domain.schema.ValueKind;

/**
 * The CSV shape of the record types, derived from {@link RecordSchemas}: one column per field that a cell can hold
 * (every field but lists of objects), named as the field. A list cell holds its items separated by {@code ;}, a
 * names cell holds {@code language=name} items ({@code fr=Mali;en=Mali}); within an item {@code \;} is a semicolon and
 * {@code \\} a backslash. Spaces around items are ignored. An empty or blank cell is an absent value.
 *
 * <p>One extra type exists only in CSV: {@code participant} [meeting, person], whose rows give a meeting's
 * participants; its columns are the meeting's key followed by the fields of a participant.
 */
final class CsvColumns {
    /** The CSV-only type of meeting participants. */
    static final String PARTICIPANT = "participant";
    static final String PARTICIPANTS = "participants";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CsvColumns() {
    }

    /**
     * A type as CSV sees it.
     *
     * @param name    its singular name
     * @param plural  its plural, the name of its export file's stem
     * @param schema  the record schema, or {@code null} for {@code participant}
     * @param columns its columns, in schema order
     */
    record CsvType(String name, String plural, RecordSchema<?> schema, List<Column> columns) {
        boolean isParticipant() {
            return schema == null;
        }

        String columnNames() {
            return columns.stream().map(Column::name).collect(Collectors.joining(", "));
        }

        Optional<Column> column(String columnName) {
            return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
        }

        /** The file a CSV export writes this type to. */
        String fileName() {
            return plural + ".csv";
        }
    }

    /**
     * One column.
     *
     * @param name  its header
     * @param field the field it holds (for {@code participant.meeting}: the meeting's key field)
     */
    record Column(String name, FieldSchema field) {
        boolean required() {
            return field.required();
        }
    }

    /** Every CSV type: the record types in {@link RecordSchemas#all()} order, then {@code participant}. */
    static List<CsvType> all() {
        List<CsvType> types = new ArrayList<>();
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            types.add(of(schema));
        }
        types.add(participant());
        return types;
    }

    static CsvType of(RecordSchema<?> schema) {
        List<Column> columns = schema.fields().stream()
                .filter(CsvColumns::fitsACell)
                .map(field -> new Column(field.name(), field))
                .toList();
        return new CsvType(schema.name(), schema.plural(), schema, columns);
    }

    /** The participant type: the meeting's key, then the parts of a participant, all from the meeting's schema. */
    static CsvType participant() {
        RecordSchema<Meeting> meeting = RecordSchemas.of(Meeting.class);
        FieldSchema meetingKey = meeting.keyFields().get(0);
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(meeting.name(), meetingKey));
        for (FieldSchema part : participantsField().element().parts()) {
            columns.add(new Column(part.name(), part));
        }
        return new CsvType(PARTICIPANT, PARTICIPANTS, null, List.copyOf(columns));
    }

    /** The meeting field the participant rows fill. */
    static FieldSchema participantsField() {
        return RecordSchemas.of(Meeting.class).fields().stream()
                .filter(field -> field.kind() == ValueKind.LIST && field.element().kind() == ValueKind.OBJECT)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("a meeting has no list of participants"));
    }

    private static boolean fitsACell(FieldSchema field) {
        return field.kind() != ValueKind.OBJECT
                && !(field.kind() == ValueKind.LIST && field.element().kind() == ValueKind.OBJECT);
    }

    /** The CSV type called {@code name}: singular or plural, with dashes or underscores. */
    static Optional<CsvType> typeNamed(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normal = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        if (normal.equals(PARTICIPANT) || normal.equals(PARTICIPANTS)) {
            return Optional.of(participant());
        }
        return RecordSchemas.named(normal).map(CsvColumns::of);
    }

    /** The CSV type a file's name gives: its stem, as in {@code presidencies.csv} or {@code office-terms.csv}. */
    static Optional<CsvType> typeOfFileName(String fileName) {
        String name = fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.indexOf('.');
        return typeNamed(dot < 0 ? name : name.substring(0, dot));
    }

    /** The type names, for messages. */
    static String typeNames() {
        return Stream.concat(RecordSchemas.all().stream().map(RecordSchema::name), Stream.of(PARTICIPANT))
                .collect(Collectors.joining(", "));
    }

    /**
     * The JSON value of a cell, as {@link RecordCodec} reads it; {@code null} for an empty cell.
     *
     * @param where    the field as {@code type.field}, for problems
     * @param problems where the problems of the cell go
     */
    static JsonNode cellToJson(Column column, String cell, String where, List<FieldProblem> problems) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        FieldSchema field = column.field();
        if (field.kind() == ValueKind.LIST) {
            ArrayNode items = NODES.arrayNode();
            for (String item : split(cell)) {
                items.add(item.isEmpty() ? NODES.nullNode() : NODES.textNode(item));
            }
            return items;
        }
        if (field.kind() == ValueKind.NAMES) {
            ObjectNode names = NODES.objectNode();
            int index = 0;
            for (String item : split(cell)) {
                index++;
                int equals = item.indexOf('=');
                if (equals <= 0) {
                    problems.add(new FieldProblem(where + "[" + index + "]", RecordCodec.quote(item)
                            + " is not language=name (as in fr=Mali;en=Mali)"));
                    continue;
                }
                String language = item.substring(0, equals).trim();
                if (names.has(language)) {
                    problems.add(new FieldProblem(where + "." + language, "is given twice"));
                    continue;
                }
                names.put(language, item.substring(equals + 1).trim());
            }
            return names;
        }
        return NODES.textNode(cell);
    }

    /** The cell for a field's JSON value as {@link RecordCodec#toJson} writes it; empty for an absent one. */
    static String jsonToCell(Column column, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            StringBuilder out = new StringBuilder();
            for (JsonNode item : value) {
                if (out.length() > 0) {
                    out.append(';');
                }
                out.append(escape(item.asText()));
            }
            return out.toString();
        }
        if (value.isObject()) {
            StringBuilder out = new StringBuilder();
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                if (out.length() > 0) {
                    out.append(';');
                }
                out.append(escape(entry.getKey())).append('=').append(escape(entry.getValue().asText()));
            }
            return out.toString();
        }
        return value.asText();
    }

    /** Splits a list cell at unescaped semicolons, unescaping and trimming each item. */
    static List<String> split(String cell) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                item.append(cell.charAt(++i));
            } else if (c == ';') {
                items.add(item.toString().trim());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString().trim());
        return items;
    }

    static String escape(String item) {
        return item.replace("\\", "\\\\").replace(";", "\\;");
    }
}
