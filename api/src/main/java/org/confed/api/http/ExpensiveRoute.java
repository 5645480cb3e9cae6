package org.confed.api.http;

import io.javalin.http.HandlerType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * The routes whose one request can cost the server seconds of work or a store connection for as long as a client
 * reads: each has a concurrency limit of its own ({@link LoadLimits}). They are told apart by method and path alone
 * (and, for a search, by its words), so that the limits wrap the routes from outside whatever their handlers do.
 */
public enum ExpensiveRoute {
    /** {@code GET /api/export}: every record, streamed. */
    EXPORT("/api/export", Set.of("GET", "HEAD")),
    /** {@code POST /api/import}: a body of up to 64 MiB, checked and written in one transaction. */
    IMPORT("/api/import", Set.of("POST")),
    /** {@code GET /api/meetings?q=...}: a word found in few meetings walks all of them. */
    SEARCH("/api/meetings", Set.of("GET", "HEAD")),
    /** {@code GET /api/timeline}: reads the facts other than meetings whole, and a page of meetings. */
    TIMELINE("/api/timeline", Set.of("GET", "HEAD")),
    /** {@code POST /api/backup}: a copy of the whole store. */
    BACKUP("/api/backup", Set.of("POST")),
    /** {@code GET /api/audit}: reads every record, twice when asked about one confederation. */
    AUDIT("/api/audit", Set.of("GET", "HEAD"));

    private final String path;
    private final Set<String> methods;

    ExpensiveRoute(String path, Set<String> methods) {
        this.path = path;
        this.methods = methods;
    }

    /** The name used on the command line ({@code --limit export=2}): the constant in lower case. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param key a name as {@link #key()} gives it
     * @return the route of that name
     * @throws IllegalArgumentException naming the known ones, when there is none
     */
    public static ExpensiveRoute ofKey(String key) {
        return Arrays.stream(values()).filter(route -> route.key().equals(key)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("\"" + key + "\" is not one of " + String.join(", ",
                        Arrays.stream(values()).map(ExpensiveRoute::key).toList())));
    }

    /** Whether a route of the table is this one, for the OpenAPI document: a search route is, for its {@code q}. */
    boolean covers(HandlerType method, String routePath) {
        return path.equals(routePath) && methods.contains(method.name());
    }

    /** What a request to the server is, if it is one of these. */
    static Optional<ExpensiveRoute> of(Request request) {
        // Javalin ignores trailing slashes: /api/export/ is the export too
        String requestPath = Request.getPathInContext(request).replaceAll("/+$", "");
        for (ExpensiveRoute route : values()) {
            if (route.path.equals(requestPath) && route.methods.contains(request.getMethod())
                    && (route != SEARCH || hasWords(request))) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    // A meeting list without q walks one index in date order and stops at a page: cheap.
    // A query that cannot be read counts as a search: it must not slip past the limit.
    private static boolean hasWords(Request request) {
        try {
            Fields.Field words = Request.extractQueryParameters(request).get("q");
            return words != null && words.getValues().stream().anyMatch(value -> !value.isBlank());
        } catch (RuntimeException unreadable) {
            return true;
        }
    }
}
