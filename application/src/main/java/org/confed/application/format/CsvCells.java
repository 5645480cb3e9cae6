package org.confed.application.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.confed.application.json.FieldProblem;
import org.confed.application.json.JsonWords;
import org.confed.application.json.RecordJson;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.ValueKind;

/**
 * One CSV cell to and from the JSON value of its field, as {@link RecordJson} reads and writes it.
 * <ul>
 *   <li>A list cell holds its items separated by {@code ;} ({@code MLI;BFA;NER}).</li>
 *   <li>An item that is an object (a citation) holds its parts in the model's order separated by {@code |}, trailing
 *       absent parts left out, and a part that is a list holds its items separated by {@code ,}: a citation is
 *       {@code source}, {@code source|quote}, {@code source|quote|locator} or {@code source|quote|locator|fields}
 *       ({@code naijaone|||founded,name}).</li>
 *   <li>A names cell holds {@code language=name} items ({@code fr=Mali;en=Mali}).</li>
 * </ul>
 * In those cells a backslash makes the next character plain text ({@code \;}, {@code \|}, {@code \,}, {@code \\}),
 * and a cell may not end in a lone backslash. Spaces around items and parts are ignored unless escaped. An empty or
 * blank cell is an absent value. Any other cell is its text, as it is.
 *
 * <p>A whole cell that a spreadsheet would run as a formula (its first character, after any {@code '}, is {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written with one more {@code '} in front
 * ({@link #neutralised}), which reading takes off again ({@link #restored}): a spreadsheet shows the text, and
 * export, import, export gives the same bytes. A hand-written cell {@code '=1+1} therefore reads as {@code =1+1}.
 */
public final class CsvCells {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final char ITEMS = ';';
    private static final char PARTS = '|';
    private static final char PART_ITEMS = ',';
    /** What makes a spreadsheet read a cell as a formula (OWASP's CSV injection list). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** The character spreadsheets take as "this cell is text". */
    private static final char TEXT_MARK = '\'';

    private CsvCells() {
    }

    /**
     * A cell as written to a file: one {@code '} more in front when a spreadsheet would run it as a formula.
     *
     * @param cell the cell's text
     * @return the text to write
     */
    public static String neutralised(String cell) {
        return looksLikeFormula(cell) ? TEXT_MARK + cell : cell;
    }

    /**
     * A cell as read from a file: the {@code '} {@link #neutralised} put in front taken off.
     *
     * @param cell the text read
     * @return the cell's text
     */
    public static String restored(String cell) {
        return cell.length() > 1 && cell.charAt(0) == TEXT_MARK && looksLikeFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }

    // a formula start after any number of text marks: '=x is written ''=x, so that reading gives '=x back
    private static boolean looksLikeFormula(String cell) {
        int first = 0;
        while (first < cell.length() && cell.charAt(first) == TEXT_MARK) {
            first++;
        }
        return first < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(first)) >= 0;
    }

    /**
     * The JSON value a cell stands for.
     *
     * @param field    the field the cell holds
     * @param cell     the cell's text, or {@code null}
     * @param where    the field's name for problems ({@code state.names})
     * @param problems where problems of the cell are added
     * @return the value, or {@code null} for an absent one (or a cell too broken to read)
     */
    public static JsonNode toJson(FieldSchema field, String cell, String where, List<FieldProblem> problems) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        boolean structured = field.kind() == ValueKind.LIST || field.kind() == ValueKind.NAMES;
        if (structured && endsInLoneEscape(cell)) {
            problems.add(new FieldProblem(where, "ends in a lone \\, which escapes nothing (write \\\\ for a backslash)"));
            return null;
        }
        if (field.kind() == ValueKind.LIST) {
            ArrayNode items = NODES.arrayNode();
            int index = 0;
            for (String item : split(cell, ITEMS)) {
                index++;
                items.add(field.element().kind() == ValueKind.OBJECT
                        ? object(field.element(), item, where + "[" + index + "]", problems)
                        : text(unescape(item)));
            }
            return items;
        }
        if (field.kind() == ValueKind.NAMES) {
            ObjectNode names = NODES.objectNode();
            int index = 0;
            for (String raw : split(cell, ITEMS)) {
                index++;
                String item = unescape(raw);
                int equals = item.indexOf('=');
                if (equals <= 0) {
                    problems.add(new FieldProblem(where + "[" + index + "]", JsonWords.quote(item)
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
     * The cell a JSON value of a field is written as, so that {@link #toJson} reads it back the same.
     *
     * @param field the field
     * @param value the value, or {@code null}
     * @return the cell's text, empty for an absent value
     */
    public static String fromJson(FieldSchema field, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (field.kind() == ValueKind.LIST && value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                items.add(field.element().kind() == ValueKind.OBJECT && item.isObject()
                        ? objectCell(field.element(), item) : escape(item.asText(), ""));
            }
            return String.join(String.valueOf(ITEMS), items);
        }
        if (value.isObject()) {
            List<String> items = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                items.add(escape(entry.getKey(), "") + "=" + escape(entry.getValue().asText(), ""));
            }
            return String.join(String.valueOf(ITEMS), items);
        }
        return value.asText();
    }

    // One object of a list cell: its parts by position; one part alone is the shorthand (a citation's source).
    private static JsonNode object(FieldSchema element, String item, String where, List<FieldProblem> problems) {
        List<String> parts = split(item, PARTS);
        List<FieldSchema> schema = element.parts();
        if (parts.size() > schema.size()) {
            problems.add(new FieldProblem(where, "has " + parts.size() + " parts separated by |, more than the " + schema.size()
                    + " of its form (" + partNames(element) + "); write \\| for a | inside a text"));
            return NODES.nullNode();
        }
        if (parts.size() == 1 && element.shorthand() != null && schema.get(0).name().equals(element.shorthand())) {
            return text(unescape(parts.get(0)));
        }
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < parts.size(); i++) {
            FieldSchema part = schema.get(i);
            String raw = parts.get(i);
            if (unescape(raw).isEmpty()) {
                continue;
            }
            if (part.kind() == ValueKind.LIST) {
                ArrayNode items = object.putArray(part.name());
                split(raw, PART_ITEMS).forEach(sub -> items.add(text(unescape(sub))));
            } else {
                object.put(part.name(), unescape(raw));
            }
        }
        return object;
    }

    private static String objectCell(FieldSchema element, JsonNode item) {
        List<String> parts = new ArrayList<>();
        for (FieldSchema part : element.parts()) {
            JsonNode value = item.get(part.name());
            if (value == null || value.isNull()) {
                parts.add("");
            } else if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(sub -> items.add(escape(sub.asText(), String.valueOf(PART_ITEMS))));
                parts.add(String.join(String.valueOf(PART_ITEMS), items));
            } else {
                parts.add(escape(value.asText(), ""));
            }
        }
        int used = parts.size();
        while (used > 1 && parts.get(used - 1).isEmpty()) {
            used--;
        }
        return String.join(String.valueOf(PARTS), parts.subList(0, used));
    }

    private static String partNames(FieldSchema element) {
        List<String> names = new ArrayList<>();
        element.parts().forEach(part -> names.add(part.name()));
        return String.join("|", names);
    }

    private static JsonNode text(String item) {
        return item.isEmpty() ? NODES.nullNode() : NODES.textNode(item);
    }

    /** Splits at each separator not escaped by a backslash; the escapes stay, for the next level to read. */
    static List<String> split(String text, char separator) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == separator) {
                pieces.add(text.substring(start, i));
                start = i + 1;
            }
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    /** The text of a piece: escapes resolved, and spaces at its ends dropped unless escaped. */
    static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int kept = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                out.append(raw.charAt(++i));
                kept = out.length();
            } else if (Character.isWhitespace(c)) {
                if (out.length() > 0) {
                    out.append(c);
                }
            } else {
                out.append(c);
                kept = out.length();
            }
        }
        out.setLength(kept);
        return out.toString();
    }

    private static boolean endsInLoneEscape(String cell) {
        int backslashes = 0;
        for (int i = cell.length() - 1; i >= 0 && cell.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    // Every character the reader would take for syntax, and spaces at the ends, behind a backslash.
    private static String escape(String text, String alsoSpecial) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean atEnd = i == 0 || i == text.length() - 1;
            if (c == '\\' || c == ITEMS || c == PARTS || alsoSpecial.indexOf(c) >= 0 || (atEnd && Character.isWhitespace(c))) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
