package org.confed.persistence.text;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.Precision;
import org.confed.domain.model.TermLength;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;

/**
 * Records as text, in the interchange format's JSON shape ({@code {"type":"person","id":"assimi-goita",...}}):
 * the content of change log entries, and the basis of the content hash that tells an unchanged write.
 *
 * <p>Written here rather than with a JSON library because the architecture keeps JSON libraries out of
 * {@code persistence}, and because the hash needs one deterministic form: fields in schema order, names by language,
 * absent values and empty lists left out, no spacing. It is driven by {@link RecordSchemas}, so a field added to the model is carried
 * without a change here.
 */
public final class RecordText {
    private RecordText() {
    }

    /**
     * The record as one line of JSON. The form is canonical, so that equal records give equal texts: names by language
     * (a names map compares without order), everything else in schema order.
     */
    public static String write(ConfedRecord record) {
        RecordSchema<?> schema = RecordSchemas.of(record);
        StringBuilder out = new StringBuilder(256).append("{\"type\":");
        string(out, schema.name());
        fields(out, schema.fields(), record, false);
        return out.append('}').toString();
    }

    /** The SHA-256 of a record's text ({@link #write}): equal hashes, equal records. */
    public static byte[] contentHash(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Reads a record written by {@link #write}.
     *
     * @throws IllegalArgumentException when the text is not such a record
     */
    public static ConfedRecord read(String text) {
        Object parsed = new Parser(text).document();
        if (!(parsed instanceof Map<?, ?> object) || !(object.get("type") instanceof String type)) {
            throw new IllegalArgumentException("not a record: " + abbreviated(text));
        }
        RecordSchema<?> schema = RecordSchemas.named(type)
                .orElseThrow(() -> new IllegalArgumentException("unknown record type " + type));
        return (ConfedRecord) build(schema.javaType(), schema.fields(), object);
    }

    private static void fields(StringBuilder out, List<FieldSchema> fields, Object owner, boolean first) {
        boolean needComma = !first;
        for (FieldSchema field : fields) {
            Object value = field.valueOf(owner);
            if (value == null || value instanceof List<?> list && list.isEmpty() || value instanceof Map<?, ?> map && map.isEmpty()) {
                continue;
            }
            if (needComma) {
                out.append(',');
            }
            needComma = true;
            string(out, field.name());
            out.append(':');
            value(out, field, value);
        }
    }

    private static void value(StringBuilder out, FieldSchema field, Object value) {
        switch (field.kind()) {
            case LIST -> {
                out.append('[');
                List<?> items = (List<?>) value;
                for (int i = 0; i < items.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    value(out, field.element(), items.get(i));
                }
                out.append(']');
            }
            case NAMES -> {
                Map<?, ?> names = new TreeMap<>((Map<?, ?>) value);
                out.append('{');
                boolean firstName = true;
                for (Map.Entry<?, ?> entry : names.entrySet()) {
                    if (!firstName) {
                        out.append(',');
                    }
                    firstName = false;
                    string(out, (String) entry.getKey());
                    out.append(':');
                    string(out, (String) entry.getValue());
                }
                out.append('}');
            }
            case OBJECT -> {
                out.append('{');
                fields(out, field.parts(), value, true);
                out.append('}');
            }
            case CODE -> string(out, ((Enum<?>) value).name().toLowerCase(Locale.ROOT));
            case DATE -> date(out, (PartialDate) value);
            case TEXT, IDENTIFIER, PERIOD -> string(out, value.toString());
        }
    }

    /** As {@link PartialDate#toString()}, without its {@code String.format}, which costs in long writes. */
    private static void date(StringBuilder out, PartialDate date) {
        out.append('"');
        digits(out, date.firstDay().getYear(), 4);
        if (date.precision() != Precision.YEAR) {
            digits(out.append('-'), date.firstDay().getMonthValue(), 2);
        }
        if (date.precision() == Precision.DAY) {
            digits(out.append('-'), date.firstDay().getDayOfMonth(), 2);
        }
        out.append('"');
    }

    private static void digits(StringBuilder out, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            out.append('0');
        }
        out.append(text);
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static Object build(Class<?> type, List<FieldSchema> fields, Map<?, ?> object) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            parameterTypes[i] = components[i].getType();
            FieldSchema field = fields.get(i);
            Object raw = object.get(field.name());
            arguments[i] = raw == null ? null : convert(field, raw);
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("stored " + type.getSimpleName() + " is not valid: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private static Object convert(FieldSchema field, Object raw) {
        switch (field.kind()) {
            case LIST -> {
                List<Object> items = new ArrayList<>();
                for (Object item : (List<?>) raw) {
                    items.add(convert(field.element(), item));
                }
                return items;
            }
            case NAMES -> {
                Map<String, String> names = new LinkedHashMap<>();
                ((Map<?, ?>) raw).forEach((language, name) -> names.put((String) language, (String) name));
                return names;
            }
            case OBJECT -> {
                return build(field.javaType(), field.parts(), (Map<?, ?>) raw);
            }
            case CODE -> {
                String code = (String) raw;
                for (Object constant : field.javaType().getEnumConstants()) {
                    if (((Enum<?>) constant).name().toLowerCase(Locale.ROOT).equals(code)) {
                        return constant;
                    }
                }
                throw new IllegalArgumentException(field.name() + ": unknown code " + code);
            }
            case DATE -> {
                return PartialDate.parse((String) raw);
            }
            case PERIOD -> {
                return TermLength.parse((String) raw);
            }
            case IDENTIFIER -> {
                try {
                    return field.javaType().getDeclaredConstructor(String.class).newInstance(raw);
                } catch (InvocationTargetException e) {
                    throw new IllegalArgumentException(field.name() + ": " + e.getCause().getMessage(), e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot construct " + field.javaType().getName(), e);
                }
            }
            case TEXT -> {
                return (String) raw;
            }
        }
        throw new IllegalStateException("unknown value kind " + field.kind());
    }

    private static String abbreviated(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    /** Just enough JSON for what {@link #write} produces: objects, arrays, strings and {@code null}. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Object document() {
            Object value = value();
            skipSpace();
            if (at != text.length()) {
                throw problem("unexpected text after the record");
            }
            return value;
        }

        private Object value() {
            skipSpace();
            if (at >= text.length()) {
                throw problem("unexpected end");
            }
            char c = text.charAt(at);
            if (c == '{') {
                return object();
            }
            if (c == '[') {
                return array();
            }
            if (c == '"') {
                return string();
            }
            if (text.startsWith("null", at)) {
                at += 4;
                return null;
            }
            throw problem("unexpected " + c);
        }

        private Map<String, Object> object() {
            Map<String, Object> object = new LinkedHashMap<>();
            at++;
            skipSpace();
            if (peek() == '}') {
                at++;
                return object;
            }
            while (true) {
                skipSpace();
                String name = string();
                skipSpace();
                expect(':');
                object.put(name, value());
                skipSpace();
                if (peek() == ',') {
                    at++;
                } else {
                    expect('}');
                    return object;
                }
            }
        }

        private List<Object> array() {
            List<Object> array = new ArrayList<>();
            at++;
            skipSpace();
            if (peek() == ']') {
                at++;
                return array;
            }
            while (true) {
                array.add(value());
                skipSpace();
                if (peek() == ',') {
                    at++;
                } else {
                    expect(']');
                    return array;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                if (at >= text.length()) {
                    throw problem("unterminated string");
                }
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = at < text.length() ? text.charAt(at++) : '?';
                switch (escaped) {
                    case '"', '\\', '/' -> out.append(escaped);
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw problem("short \\u escape");
                        }
                        out.append((char) Integer.parseInt(text, at, at + 4, 16));
                        at += 4;
                    }
                    default -> throw problem("bad escape \\" + escaped);
                }
            }
        }

        private char peek() {
            return at < text.length() ? text.charAt(at) : '\0';
        }

        private void expect(char c) {
            if (peek() != c) {
                throw problem("expected " + c);
            }
            at++;
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private IllegalArgumentException problem(String what) {
            return new IllegalArgumentException("stored record text, at " + at + ": " + what);
        }
    }
}
