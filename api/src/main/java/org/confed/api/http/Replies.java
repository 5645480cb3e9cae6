package org.confed.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.confed.application.json.Json;
import org.confed.domain.port.Versioned;

/** Writes answers: JSON through the one mapper, and the version of a record as its ETag. */
final class Replies {
    static final String JSON = "application/json";

    private Replies() {
    }

    static void json(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType(JSON).result(bytes(body));
    }

    static byte[] bytes(JsonNode body) {
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }

    /**
     * The ETag of a stored record: its version, quoted, as a strong tag ({@code "3"}). A record's content changes
     * only with its version, so the version alone names it.
     */
    static String etag(Versioned<?> stored) {
        return "\"" + stored.version() + "\"";
    }
}
