package org.confed.api.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-origin access for the configured origins only. Others get no CORS header at all, so browsers keep their
 * scripts out; requests without {@code Origin} (curl, servers) are not concerned. A preflight from an allowed
 * origin is answered here with 204, before routing.
 */
final class Cors {
    static final String ALLOWED_METHODS = "GET, PUT, POST";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match";
    static final String EXPOSED_HEADERS = "ETag, Location";

    private final Set<String> origins;

    Cors(List<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    void apply(Context ctx) {
        ctx.header("Vary", "Origin");
        String origin = ctx.header("Origin");
        if (origin == null || !origins.contains(origin.strip().toLowerCase(Locale.ROOT))) {
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origin.strip());
        ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        if (HandlerType.OPTIONS.equals(ctx.method()) && ctx.header("Access-Control-Request-Method") != null) {
            ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
            ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
            ctx.skipRemainingHandlers();
        }
    }
}
