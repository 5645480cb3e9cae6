package org.confed.api.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.function.Supplier;
import org.confed.domain.model.Source;
import org.confed.domain.port.Registry;

/** The routes about the service itself: its health and its OpenAPI document. */
final class MetaRoutes {
    private final Registry registry;

    MetaRoutes(Registry registry) {
        this.registry = registry;
    }

    /** {@code {"status":"ok"}} once the store answers; 503 when it cannot be reached. */
    Route health() {
        return Route.get("/api/health").id("health").tag("service")
                .summary("Whether the server and its store answer")
                .answers(200, JsonSchemas.ref("Health")).problems(503)
                .handle(ctx -> {
                    registry.count(Source.class);
                    Replies.json(ctx, 200, JsonNodeFactory.instance.objectNode().put("status", "ok"));
                });
    }

    /** The document, written once when the API is built. */
    Route openApi(Supplier<byte[]> document) {
        return Route.get("/openapi.json").id("openApi").tag("service")
                .summary("This API's OpenAPI 3.0 document")
                .answers(200, JsonNodeFactory.instance.objectNode().put("type", "object")
                        .put("description", "An OpenAPI 3.0 document."))
                .handle(ctx -> ctx.status(200).contentType(Replies.JSON).result(document.get()));
    }
}
