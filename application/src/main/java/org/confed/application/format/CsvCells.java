package org.confed.application.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.confed.application.json.FieldProblem;
import org.confed.application.json.RecordJson;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.ValueKind;

/**
 * One CSV cell to and from the JSON value of its field. A list cell holds its items separated by {@code ;}, a names
 * cell {@code language=name} items ({@code fr=Mali;en=Mali}); within an item {@code \;} is a semicolon and {@code \\}
 * a backslash. Spaces around items are ignored. An empty or blank cell is an absent value.
 */
public final class CsvCells {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CsvCells() {
    }

    /**
     * The JSON value a cell stands for.
     *
     * @param column   the cell's column
     * @param cell     the cell's text, or {@code null}
     * @param where    the field's name for problems ({@code state.names})
     * @param problems where problems of the cell are added
     * @return the value, or {@code null} for an absent one
     */
    public static JsonNode toJson(CsvTable.Column column, String cell, String where, List<FieldProblem> problems) {
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
                    problems.add(new FieldProblem(where + "[" + index + "]", RecordJson.quote(item)
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

    /**
     * The cell a JSON value is written as.
     *
     * @param value the value, or {@code null}
     * @return the cell's text, empty for an absent value
     */
    public static String fromJson(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(escape(item.asText())));
            return String.join(";", items);
        }
        if (value.isObject()) {
            List<String> items = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                items.add(escape(entry.getKey()) + "=" + escape(entry.getValue().asText()));
            }
            return String.join(";", items);
        }
        return value.asText();
    }

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

    private static String escape(String item) {
        return item.replace("\\", "\\\\").replace(";", "\\;");
    }
}
