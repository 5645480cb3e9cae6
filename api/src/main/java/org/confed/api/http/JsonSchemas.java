package org.confed.api.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.confed.domain.model.Citation;
import org.confed.domain.model.PartialDate;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.domain.schema.TextForm;
import org.confed.domain.schema.ValueKind;

/**
 * Schemas (the JSON Schema subset of OpenAPI 3.0) of the record types, read from {@link RecordSchemas}, and small
 * builders for the other shapes of the API.
 */
final class JsonSchemas {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonSchemas() {
    }

    /** The component name of a record type: {@code office_term} becomes {@code OfficeTerm}. */
    static String componentName(RecordSchema<?> schema) {
        return camel(schema.name());
    }

    static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        for (String part : snake.split("_")) {
            out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return out.toString();
    }

    /** Every record type's schema, and those of nested objects (a meeting's participant), by component name. */
    static Map<String, ObjectNode> recordComponents() {
        Map<String, ObjectNode> components = new LinkedHashMap<>();
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            ObjectNode node = object();
            String keys = String.join(", ", schema.keyFields().stream().map(FieldSchema::name).toList());
            node.put("description", "A " + schema.name().replace('_', ' ') + " record (type \"" + schema.name()
                    + "\"), identified by " + keys + ".");
            ObjectNode properties = node.putObject("properties");
            ObjectNode typeName = NODES.objectNode().put("type", "string");
            typeName.putArray("enum").add(schema.name());
            properties.set("type", typeName
                    .put("description", "The record type; may be left out of a request body."));
            ArrayNode required = NODES.arrayNode();
            for (FieldSchema field : schema.fields()) {
                properties.set(field.name(), field(field, components));
                if (field.required()) {
                    required.add(field.name());
                }
            }
            node.set("required", required);
            node.put("additionalProperties", false);
            components.put(componentName(schema), node);
        }
        return components;
    }

    private static ObjectNode field(FieldSchema field, Map<String, ObjectNode> components) {
        ObjectNode node = value(field, components);
        StringBuilder description = new StringBuilder(node.has("description") ? node.get("description").asText() : "");
        field.target().map(target -> RecordSchemas.of(target).name()).ifPresent(target -> append(description, "Refers to a " + target.replace('_', ' ') + " by its key."));
        if (field.key()) {
            append(description, "Part of the natural key.");
        }
        switch (field.temporal()) {
            case VALID_FROM:
                append(description, "The first day it holds (a month or year stands for its first day).");
                break;
            case VALID_TO:
                append(description, "The last day it holds, inclusive (a month or year stands for its last day).");
                break;
            case EVENT:
                append(description, "When it happened.");
                break;
            default:
                break;
        }
        if (description.length() > 0 && !node.has("$ref")) {
            node.put("description", description.toString());
        }
        field.target().map(target -> RecordSchemas.of(target).name()).ifPresent(target -> {
            if (!node.has("$ref")) {
                node.put("x-references", target);
            }
        });
        return node;
    }

    private static void append(StringBuilder description, String sentence) {
        if (description.length() > 0) {
            description.append(description.charAt(description.length() - 1) == '.' ? " " : ". ");
        }
        description.append(sentence);
    }

    private static ObjectNode value(FieldSchema field, Map<String, ObjectNode> components) {
        ValueKind kind = field.kind();
        switch (kind) {
            case TEXT: {
                ObjectNode node = NODES.objectNode().put("type", "string");
                if (field.maxLength() > 0) {
                    node.put("maxLength", field.maxLength());
                }
                return node;
            }
            case IDENTIFIER:
            case DATE:
            case PERIOD:
                return formed(field.pattern());
            case CODE: {
                ObjectNode node = NODES.objectNode().put("type", "string");
                ArrayNode values = node.putArray("enum");
                field.allowed().forEach(values::add);
                return node;
            }
            case LIST: {
                ObjectNode node = NODES.objectNode().put("type", "array");
                ObjectNode items = value(field.element(), components);
                field.element().target().map(target -> RecordSchemas.of(target).name()).ifPresent(target -> {
                    if (!items.has("$ref")) {
                        items.put("x-references", target);
                    }
                });
                node.set("items", items);
                return node;
            }
            case NAMES: {
                ObjectNode node = NODES.objectNode().put("type", "object");
                node.put("description", "Names by language tag (fr, en, ...).");
                node.set("additionalProperties", NODES.objectNode().put("type", "string").put("maxLength", field.maxLength()));
                return node;
            }
            case OBJECT: {
                String name = field.javaType().getSimpleName();
                if (!components.containsKey(name)) {
                    ObjectNode nested = object();
                    ObjectNode properties = nested.putObject("properties");
                    ArrayNode required = NODES.arrayNode();
                    for (FieldSchema part : field.parts()) {
                        properties.set(part.name(), field(part, components));
                        if (part.required()) {
                            required.add(part.name());
                        }
                    }
                    nested.set("required", required);
                    nested.put("additionalProperties", false);
                    components.put(name, nested);
                }
                if (field.javaType() == Citation.class) {
                    // a citation with neither quote nor locator is written as its source's id alone
                    ObjectNode either = NODES.objectNode();
                    ArrayNode forms = either.putArray("oneOf");
                    field.parts().stream().filter(part -> part.target().isPresent()).findFirst()
                            .ifPresent(source -> forms.add(field(source, components)));
                    forms.add(ref(name));
                    return either;
                }
                return ref(name);
            }
            case VALUE_OF: {
                // its type is that of the record's field its sibling names, so any of the shapes a field takes
                // OpenAPI 3.0 takes one type a schema: the shapes are alternatives, never two at once
                ObjectNode node = NODES.objectNode();
                ArrayNode shapes = node.putArray("oneOf");
                shapes.addObject().put("type", "string");
                shapes.addObject().put("type", "array").putObject("items");
                shapes.add(object());
                node.put("description", "Another value for the record's field that " + field.valueOf() + " names, in that"
                        + " field's own form: a date for start, a state code for state, a list for rotation.");
                return node;
            }
            default:
                throw new IllegalStateException("a field kind without a schema: " + kind);
        }
    }

    /** A text of a declared form: an identifier, a partial date or a period. */
    static ObjectNode formed(TextForm form) {
        return NODES.objectNode().put("type", "string")
                .put("pattern", "^(?:" + form.regex() + ")$")
                .put("description", capitalised(form.description()) + ".")
                .put("example", form.example());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    static ObjectNode ref(String component) {
        return NODES.objectNode().put("$ref", "#/components/schemas/" + component);
    }

    static ObjectNode object() {
        return NODES.objectNode().put("type", "object");
    }

    static ObjectNode string(String description) {
        return NODES.objectNode().put("type", "string").put("description", description);
    }

    /** A whole day, {@code YYYY-MM-DD}. */
    static ObjectNode day(String description) {
        return NODES.objectNode().put("type", "string").put("format", "date").put("description", description);
    }

    /** A date of day, month or year precision. */
    static ObjectNode partialDate(String description) {
        String regex = PartialDate.class.getAnnotation(org.confed.domain.meta.Pattern.class).regex();
        return NODES.objectNode().put("type", "string").put("pattern", "^(?:" + regex + ")$")
                .put("description", description);
    }

    static ObjectNode integer(int minimum, int maximum, String description) {
        return NODES.objectNode().put("type", "integer").put("minimum", minimum).put("maximum", maximum)
                .put("description", description);
    }

    /** A count: a whole number, never negative. */
    static ObjectNode count() {
        return NODES.objectNode().put("type", "integer").put("minimum", 0);
    }

    static ObjectNode arrayOf(ObjectNode items) {
        ObjectNode node = NODES.objectNode().put("type", "array");
        node.set("items", items);
        return node;
    }

    static ObjectNode enumOf(String description, Iterable<String> values) {
        ObjectNode node = NODES.objectNode().put("type", "string").put("description", description);
        ArrayNode array = node.putArray("enum");
        values.forEach(array::add);
        return node;
    }

    /** An object with these properties ({@code name, schema, name, schema, ...}), none required unless listed in {@code required}. */
    static ObjectNode objectOf(String description, String[] required, Object... properties) {
        ObjectNode node = object().put("description", description);
        ObjectNode props = node.putObject("properties");
        for (int i = 0; i < properties.length; i += 2) {
            props.set((String) properties[i], (ObjectNode) properties[i + 1]);
        }
        ArrayNode requiredNames = node.putArray("required");
        for (String name : required) {
            requiredNames.add(name);
        }
        return node;
    }

    /**
     * A copy of a record's schema with more properties ({@code name, schema, ...}): the record with what an answer
     * adds around it. A copy, not {@code allOf}, because the record's schema admits no other property.
     */
    static ObjectNode widened(ObjectNode record, String description, Object... properties) {
        ObjectNode node = record.deepCopy();
        node.put("description", description);
        ObjectNode props = (ObjectNode) node.get("properties");
        for (int i = 0; i < properties.length; i += 2) {
            props.set((String) properties[i], (ObjectNode) properties[i + 1]);
        }
        return node;
    }

    /** A copy of a record's schema where {@code field} may be left out. */
    static ObjectNode optional(ObjectNode record, String field, String description) {
        ObjectNode node = record.deepCopy();
        node.put("description", description);
        ArrayNode required = node.putArray("required");
        record.get("required").forEach(name -> {
            if (!name.asText().equals(field)) {
                required.add(name);
            }
        });
        return node;
    }

    /** Whether a record of this type may point at others (a source, a person, a meeting...). */
    static boolean refersToOthers(RecordSchema<?> schema) {
        return schema.fields().stream().anyMatch(JsonSchemas::refers);
    }

    private static boolean refers(FieldSchema field) {
        return field.target().isPresent()
                || field.kind() == ValueKind.LIST && refers(field.element())
                || field.kind() == ValueKind.OBJECT && field.parts().stream().anyMatch(JsonSchemas::refers);
    }

    /** The schema of a one-part key field: its declared form, or text. */
    static ObjectNode formedOrText(FieldSchema field) {
        return field.pattern() != null ? formed(field.pattern()) : NODES.objectNode().put("type", "string");
    }
}
