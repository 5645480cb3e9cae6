package org.confed.application.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.confed.application.json.JsonWords;
import org.confed.application.json.RecordJson;
import org.confed.domain.model.InvalidFieldException;
import org.confed.domain.model.RecordKey;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.domain.schema.ValueKind;

/**
 * A record named in one text, as the command line and CSV dispute rows name it: its type and its key's parts joined
 * by {@code :} ({@code person:assimi-goita}, {@code membership:AES:MLI:2023-09-16}). A key part that is free text
 * (an office) may itself hold {@code :}: it takes whatever the other parts leave.
 */
public final class RecordNames {
    private RecordNames() {
    }

    /**
     * The key a name names, each part read as its key field reads it.
     *
     * @param text a name
     * @return the key
     * @throws InvalidFieldException (field {@code record}) saying what is wrong with the name
     */
    public static RecordKey parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new InvalidFieldException("record", JsonWords.quote(text) + " is not a record's name: write TYPE:KEY,"
                    + " as in membership:AES:MLI:2023-09-16");
        }
        String typeName = text.substring(0, colon);
        RecordSchema<?> schema = RecordSchemas.named(typeName).orElseThrow(() -> new InvalidFieldException("record",
                JsonWords.quote(typeName) + " is not a record type (one of " + RecordJson.typeNames() + ")"));
        List<FieldSchema> keyFields = schema.keyFields();
        List<String> pieces = List.of(text.substring(colon + 1).split(":", -1));
        List<String> parts = joinFreeText(pieces, keyFields);
        if (parts == null) {
            throw new InvalidFieldException("record", JsonWords.quote(text) + " has " + pieces.size() + " key part"
                    + (pieces.size() == 1 ? "" : "s") + " after the type, but " + article(schema.name()) + " is named by "
                    + keyFields.size() + ": " + schema.name() + ":" + keyFields.stream().map(FieldSchema::name)
                    .collect(Collectors.joining(":")));
        }
        Object[] values = new Object[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            FieldSchema field = keyFields.get(i);
            if (parts.get(i).isBlank()) {
                throw new InvalidFieldException("record", "the " + field.name() + " of " + JsonWords.quote(text) + " is empty");
            }
            try {
                Object value = RecordJson.codec().scalar(field, parts.get(i));
                values[i] = value instanceof Enum<?> constant ? constant.name().toLowerCase(Locale.ROOT) : value;
            } catch (InvalidFieldException e) {
                throw new InvalidFieldException("record", "the " + field.name() + " of " + JsonWords.quote(text) + ": "
                        + e.problem());
            }
        }
        return RecordKey.of(schema.javaType(), values);
    }

    /**
     * The name of a key.
     *
     * @param key a key
     * @return {@code TYPE:KEY}
     */
    public static String of(RecordKey key) {
        return key.text();
    }

    // The pieces as key parts: one each, or the extra ones joined back into the one free-text part; null when neither fits.
    private static List<String> joinFreeText(List<String> pieces, List<FieldSchema> keyFields) {
        int extra = pieces.size() - keyFields.size();
        if (extra == 0) {
            return pieces;
        }
        List<Integer> texts = new ArrayList<>();
        for (int i = 0; i < keyFields.size(); i++) {
            if (keyFields.get(i).kind() == ValueKind.TEXT) {
                texts.add(i);
            }
        }
        if (extra < 0 || texts.size() != 1) {
            return null;
        }
        int free = texts.get(0);
        List<String> parts = new ArrayList<>(pieces.subList(0, free));
        parts.add(String.join(":", pieces.subList(free, free + extra + 1)));
        parts.addAll(pieces.subList(free + extra + 1, pieces.size()));
        return parts;
    }

    private static String article(String type) {
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }
}
