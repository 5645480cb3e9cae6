package org.confed.api.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every answer carries, pages, records and errors alike: a strict Content-Security-Policy (the page
 * may load only its own scripts, styles and images, and never be framed), no MIME sniffing, no referrer. API
 * answers are also never stored by caches: they change with every write and may follow an authorised request.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /** Sent with every answer, including Jetty's own errors. */
    static final Map<String, String> ALWAYS;

    static {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        ALWAYS = Map.copyOf(headers);
    }

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ALWAYS.forEach(ctx::header);
        String path = ctx.path();
        if (path.startsWith("/api/") || path.equals("/api") || path.equals("/openapi.json")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
