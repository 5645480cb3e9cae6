package org.confed.application.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.ValueKind;

/** The writing half of the codec: values as the format writes them, read from the schema. */
final class ValueWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueWriter() {
    }

    // root: the record's type, whose fields give a disputed value its type
    static void fields(RecordSchema<?> root, List<FieldSchema> fields, Object owner, ObjectNode into) {
        for (FieldSchema field : fields) {
            Object value = field.valueOf(owner);
            JsonNode written = field.kind() == ValueKind.VALUE_OF
                    ? value(root, disputedField(root, fields, owner, field), value)
                    : value(root, field, value);
            if (written != null) {
                into.set(field.name(), written);
            }
        }
    }

    // The field of the record that a value typed by a sibling (a dispute's value) belongs to.
    private static FieldSchema disputedField(RecordSchema<?> root, List<FieldSchema> siblings, Object owner, FieldSchema field) {
        Object named = siblings.stream().filter(sibling -> sibling.name().equals(field.valueOf())).findFirst()
                .map(sibling -> sibling.valueOf(owner)).orElse(null);
        return root.field(String.valueOf(named)).orElseThrow(() ->
                new IllegalStateException(root.name() + " has no field " + named));
    }

    /** A value as the format writes it, or {@code null} for an absent or empty one. */
    static JsonNode value(RecordSchema<?> root, FieldSchema field, Object value) {
        if (value == null) {
            return null;
        }
        switch (field.kind()) {
            case LIST: {
                List<?> items = (List<?>) value;
                if (items.isEmpty()) {
                    return null;
                }
                ArrayNode array = NODES.arrayNode(items.size());
                for (Object item : items) {
                    array.add(value(root, field.element(), item));
                }
                return array;
            }
            case NAMES: {
                Map<?, ?> names = (Map<?, ?>) value;
                if (names.isEmpty()) {
                    return null;
                }
                // by language tag, so that equal records give equal texts whatever order the input gave
                ObjectNode object = NODES.objectNode();
                new TreeMap<>(names).forEach((language, name) -> object.put(language.toString(), name.toString()));
                return object;
            }
            case OBJECT: {
                ObjectNode object = NODES.objectNode();
                fields(root, field.parts(), value, object);
                JsonNode shorthand = field.shorthand() == null ? null : object.get(field.shorthand());
                // nothing but the part that stands for the whole (a citation of a source alone): written as that part
                return shorthand != null && object.size() == 1 ? shorthand : object;
            }
            case CODE:
                return NODES.textNode(((Enum<?>) value).name().toLowerCase(Locale.ROOT));
            default:
                return NODES.textNode(value.toString());
        }
    }
}
