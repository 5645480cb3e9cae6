package org.confed.application.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.InvalidFieldException;
import org.confed.domain.port.RecordEncoding;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.domain.schema.ValueKind;

/**
 * Records to and from the JSON shape of the interchange format: snake_case fields in the order the model declares
 * them, {@code "type"} first, absent values and empty lists left out, dates as written ({@code 2024-07}).
 * Everything is driven by {@link RecordSchemas}: no field is named here.
 */
public final class RecordJson implements RecordEncoding {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final RecordJson CODEC = new RecordJson();

    private RecordJson() {
    }

    /**
     * The codec: it holds no state, so one serves everyone.
     *
     * @return the codec
     */
    public static RecordJson codec() {
        return CODEC;
    }

    @Override
    public String encode(ConfedRecord record) {
        try {
            return Json.mapper().writeValueAsString(toJson(record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record's JSON could not be written", e);
        }
    }

    /**
     * The record UTF-8 JSON bytes of {@link #encode} stand for.
     *
     * @param utf8 the record's JSON
     * @return the record
     * @throws IllegalArgumentException when the bytes are not a record
     */
    public ConfedRecord decode(byte[] utf8) {
        try {
            return fromJson(Json.mapper().readTree(utf8), null);
        } catch (IOException | InvalidRecordException e) {
            throw new IllegalArgumentException("not a record: " + e.getMessage(), e);
        }
    }

    @Override
    public ConfedRecord decode(String text) {
        try {
            return fromJson(Json.mapper().readTree(text), null);
        } catch (JsonProcessingException | InvalidRecordException e) {
            throw new IllegalArgumentException("not a record: " + e.getMessage(), e);
        }
    }

    /** The record as a JSON object, {@code "type"} first. */
    public ObjectNode toJson(ConfedRecord record) {
        RecordSchema<?> schema = RecordSchemas.of(record);
        ObjectNode node = NODES.objectNode();
        node.put("type", schema.name());
        ValueWriter.fields(schema, schema.fields(), record, node);
        return node;
    }

    /** The record's fields as a JSON object, without {@code "type"}. */
    public ObjectNode fieldsToJson(ConfedRecord record) {
        ObjectNode node = NODES.objectNode();
        RecordSchema<?> schema = RecordSchemas.of(record);
        ValueWriter.fields(schema, schema.fields(), record, node);
        return node;
    }

    /**
     * Reads a record from a JSON object.
     *
     * @param node     the object
     * @param expected the type to expect when the object has no {@code "type"} field ({@code null}: it must have one)
     * @throws InvalidRecordException with every problem found, each naming its field
     */
    public ConfedRecord fromJson(JsonNode node, RecordSchema<?> expected) {
        if (node == null || !node.isObject()) {
            throw new InvalidRecordException(new FieldProblem(expected == null ? "record" : expected.name(),
                    "must be a JSON object, not " + JsonWords.describe(node)));
        }
        RecordSchema<?> schema = schemaOf(node, expected);
        List<FieldProblem> problems = new ArrayList<>();
        Object record = readObject(schema, schema.name(), schema.fields(), schema.javaType(), (ObjectNode) node, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
        return (ConfedRecord) record;
    }

    /** The schema a JSON object declares with {@code "type"}, or {@code expected} when it declares none. */
    public RecordSchema<?> schemaOf(JsonNode node, RecordSchema<?> expected) {
        JsonNode declared = node.get("type");
        String name;
        if (declared == null || declared.isNull()) {
            if (expected == null) {
                throw new InvalidRecordException(new FieldProblem("record.type", "is required (one of " + typeNames() + ")"));
            }
            return expected;
        } else if (!declared.isTextual()) {
            throw new InvalidRecordException(new FieldProblem("record.type", "must be a text, one of " + typeNames()));
        } else {
            name = declared.asText();
        }
        RecordSchema<?> schema = RecordSchemas.named(name).orElseThrow(() -> new InvalidRecordException(
                new FieldProblem("record.type", JsonWords.quote(name) + " is not a record type (one of " + typeNames() + ")")));
        if (expected != null && expected != schema) {
            throw new InvalidRecordException(new FieldProblem("record.type",
                    JsonWords.quote(name) + " does not match the expected type " + expected.name()));
        }
        return schema;
    }

    /**
     * Reads one item of a record's list field as the record would hold it: a dispute given apart from its record (a
     * CSV dispute row), checked against the record's type.
     *
     * @param root  the record's type
     * @param list  the list field, of {@code root}
     * @param item  the item's JSON
     * @param where the item's name in problems ({@code dispute})
     * @return the item
     * @throws InvalidRecordException with every problem found, each naming its field under {@code where}
     */
    public Object readItem(RecordSchema<?> root, FieldSchema list, JsonNode item, String where) {
        List<FieldProblem> problems = new ArrayList<>();
        Object value = read(root, where, list.element(), item, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
        return value;
    }

    /**
     * The record with one field's value replaced, checked as any record is built.
     *
     * @param record a record
     * @param field  one of its type's fields
     * @param value  the new value, of the field's type
     * @param <R>    the record's class
     * @return the new record
     * @throws InvalidFieldException when the new record breaks a rule of its type
     */
    @SuppressWarnings("unchecked")
    public <R extends ConfedRecord> R with(R record, FieldSchema field, Object value) {
        RecordSchema<?> schema = RecordSchemas.of(record);
        Object[] values = new Object[schema.fields().size()];
        for (int i = 0; i < values.length; i++) {
            FieldSchema each = schema.fields().get(i);
            values[i] = each.name().equals(field.name()) ? value : each.valueOf(record);
        }
        return (R) Scalars.construct(schema.javaType(), values);
    }

    /**
     * One field's value as the format writes it in that field: a date as its text, a code in lower case, a list as an
     * array. A date given for a field whose schema is not known is written as its text.
     *
     * @param type  the record type
     * @param field the field's name, snake_case
     * @param value a value of that field
     * @return its JSON
     */
    public JsonNode fieldValue(Class<? extends ConfedRecord> type, String field, Object value) {
        RecordSchema<?> root = RecordSchemas.of(type);
        return root.field(field).map(schema -> ValueWriter.value(root, schema, value))
                .orElseGet(() -> NODES.textNode(String.valueOf(value)));
    }

    /**
     * The record type names, for messages.
     *
     * @return the names joined by commas, in dependency order
     */
    public static String typeNames() {
        return RecordSchemas.all().stream().map(RecordSchema::name).collect(Collectors.joining(", "));
    }

    private static Object readObject(RecordSchema<?> root, String prefix, List<FieldSchema> fields, Class<?> type,
                                     ObjectNode node, boolean topLevel, List<FieldProblem> problems) {
        int before = problems.size();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (topLevel && name.equals("type")) {
                continue;
            }
            if (fields.stream().noneMatch(field -> field.name().equals(name))) {
                problems.add(new FieldProblem(prefix + "." + JsonWords.shorten(name), "is not a field of " + (topLevel ? prefix
                        : objectName(type)) + " (its fields: " + fields.stream().map(FieldSchema::name)
                        .collect(Collectors.joining(", ")) + ")"));
            }
        }
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            FieldSchema field = fields.get(i);
            String where = prefix + "." + field.name();
            JsonNode value = node.get(field.name());
            if (value == null || value.isNull()) {
                if (field.required()) {
                    problems.add(new FieldProblem(where, "is required"));
                }
                continue;
            }
            if (field.kind() == ValueKind.VALUE_OF) {
                values[i] = readValueOf(root, prefix, node, field, where, value, problems);
            } else {
                values[i] = read(root, where, field, value, problems);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return Scalars.construct(type, values);
        } catch (InvalidFieldException e) {
            problems.add(new FieldProblem(relabel(e.field(), prefix), e.problem()));
            return null;
        }
    }

    // A nested object in words, as the format names it: a citation, a participant, a dispute.
    private static String objectName(Class<?> type) {
        String name = type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    // A value typed by the record field a sibling names (a dispute's value): read as that field reads.
    private static Object readValueOf(RecordSchema<?> root, String prefix, ObjectNode node, FieldSchema field, String where,
                                      JsonNode value, List<FieldProblem> problems) {
        JsonNode named = node.get(field.valueOf());
        if (named == null || !named.isTextual()) {
            return null; // the sibling's own problem says what is wrong
        }
        Optional<FieldSchema> disputed = root.field(named.asText()).filter(candidate -> !candidate.name().equals("disputes"));
        if (disputed.isEmpty()) {
            problems.add(new FieldProblem(prefix + "." + field.valueOf(), JsonWords.quote(named.asText()) + " is not a field of "
                    + root.name() + " (its fields: " + root.fields().stream().map(FieldSchema::name)
                    .filter(name -> !name.equals("disputes")).collect(Collectors.joining(", ")) + ")"));
            return null;
        }
        return read(root, where, disputed.get(), value, problems);
    }

    private static Object read(RecordSchema<?> root, String where, FieldSchema field, JsonNode value,
                               List<FieldProblem> problems) {
        try {
            switch (field.kind()) {
                case LIST: {
                    if (!value.isArray()) {
                        problems.add(new FieldProblem(where, "must be a list, not " + JsonWords.describe(value)));
                        return null;
                    }
                    List<Object> items = new ArrayList<>(value.size());
                    for (int i = 0; i < value.size(); i++) {
                        JsonNode item = value.get(i);
                        String at = where + "[" + (i + 1) + "]";
                        if (item.isNull()) {
                            problems.add(new FieldProblem(at, "is empty"));
                            continue;
                        }
                        items.add(read(root, at, field.element(), item, problems));
                    }
                    return items;
                }
                case NAMES: {
                    if (!value.isObject()) {
                        problems.add(new FieldProblem(where, "must be an object of language to name, not " + JsonWords.describe(value)));
                        return null;
                    }
                    Map<String, String> names = new LinkedHashMap<>();
                    value.fields().forEachRemaining(entry -> {
                        if (entry.getValue().isTextual()) {
                            names.put(entry.getKey(), entry.getValue().asText());
                        } else {
                            problems.add(new FieldProblem(where + "." + JsonWords.shorten(entry.getKey()), "must be a text, not " + JsonWords.describe(entry.getValue())));
                        }
                    });
                    return names;
                }
                case OBJECT: {
                    if (value.isTextual() && field.shorthand() != null) {
                        return Scalars.shorthand(field, value.asText());
                    }
                    if (!value.isObject()) {
                        // a citation is mostly written as its source's id: say so, as version 1 did
                        problems.add(new FieldProblem(where, (field.shorthand() == null ? "must be an object, not "
                                : "must be a text (or an object with a " + field.shorthand() + "), not ") + JsonWords.describe(value)));
                        return null;
                    }
                    return readObject(root, where, field.parts(), field.javaType(), (ObjectNode) value, false, problems);
                }
                default: {
                    if (!value.isTextual()) {
                        problems.add(new FieldProblem(where, "must be a text, not " + JsonWords.describe(value)));
                        return null;
                    }
                    return Scalars.of(field, value.asText());
                }
            }
        } catch (InvalidFieldException e) {
            problems.add(new FieldProblem(where, e.problem()));
            return null;
        }
    }

    /** Reads one text value of a scalar field: text, identifier, date, period or code. */
    public Object scalar(FieldSchema field, String text) {
        return Scalars.of(field, text);
    }

    // Domain messages name fields as type.field; nested ones (participant.person) belong under their list item.
    private static String relabel(String field, String prefix) {
        int dot = field.indexOf('.');
        return dot < 0 ? prefix : prefix + field.substring(dot);
    }

    /** The schema of the field at a dotted path such as {@code meeting.participants}, if any. */
    public Optional<FieldSchema> field(String type, String name) {
        return RecordSchemas.named(type).flatMap(schema -> schema.field(name));
    }
}
