package org.confed.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.confed.application.json.Json;

/**
 * Page cursors: opaque to clients, they are the base64url (unpadded) of a JSON array naming what the cursor
 * continues from and the last item's position, such as {@code ["person","assimi-goita"]} or
 * {@code ["meeting","2024-07-06","aes-2024-07-06-niamey"]}. A cursor from another list is refused.
 */
final class Cursors {
    private static final int MAX_LENGTH = 2048;

    private Cursors() {
    }

    static String encode(String kind, List<String> position) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        array.add(kind);
        position.forEach(array::add);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Replies.bytes(array));
    }

    /**
     * The position a cursor holds.
     *
     * @param parts how many values the position has
     * @throws ProblemException (400, naming {@code cursor}) when it is not a cursor of this kind
     */
    static List<String> decode(String cursor, String kind, int parts) {
        ProblemException refused = ProblemException.badParameter("cursor", "is not a cursor this list gave out");
        if (cursor.length() > MAX_LENGTH) {
            throw refused;
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(Base64.getUrlDecoder().decode(cursor.getBytes(StandardCharsets.US_ASCII)));
        } catch (IllegalArgumentException | IOException e) {
            throw refused;
        }
        if (node == null || !node.isArray() || node.size() != parts + 1 || !kind.equals(node.get(0).asText())) {
            throw refused;
        }
        List<String> position = new ArrayList<>(parts);
        for (int i = 1; i <= parts; i++) {
            if (!node.get(i).isTextual() || node.get(i).asText().isEmpty()) {
                throw refused;
            }
            position.add(node.get(i).asText());
        }
        return position;
    }
}
