package org.confed.api.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.confed.domain.port.Actor;

/**
 * Lets a write through only with {@code Authorization: Bearer TOKEN} naming one of the configured tokens; the
 * token's name becomes the request's {@link Actor}. With no token configured, writes are disabled (403): no
 * credential could help.
 */
final class Guard {
    private static final String ACTOR = "confed.actor";
    private static final String CHALLENGE = "Bearer realm=\"confed\"";

    private final Tokens tokens;

    Guard(Tokens tokens) {
        this.tokens = tokens;
    }

    /** Checks the request's credentials and remembers who it is; throws the 401 or 403 problem otherwise. */
    void admit(Context ctx) {
        if (tokens.isEmpty()) {
            throw new ProblemException(Problem.of("writes-disabled", "Writes are disabled", 403,
                    "This server has no API token, so it refuses every write. Start it with CONFED_API_TOKEN or a token file.",
                    List.of()));
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw refused("is required: this request changes the registry; send Authorization: Bearer TOKEN", CHALLENGE);
        }
        String value = header.strip();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        if (!scheme.equalsIgnoreCase("Bearer")) {
            String shown = scheme.length() > 20 || space < 0 ? "another" : "the " + scheme.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "?");
            throw refused("uses " + shown + " scheme; send Authorization: Bearer TOKEN", CHALLENGE);
        }
        Actor actor = tokens.actorFor(value.substring(space + 1).strip()).orElseThrow(() ->
                refused("does not hold a valid token", CHALLENGE + ", error=\"invalid_token\""));
        ctx.attribute(ACTOR, actor);
    }

    /** Who sent an admitted request. */
    static Actor actor(Context ctx) {
        Actor actor = ctx.attribute(ACTOR);
        if (actor == null) {
            throw new IllegalStateException("a write handler ran without the guard");
        }
        return actor;
    }

    private static ProblemException refused(String message, String challenge) {
        return new ProblemException(Problem.of("unauthorized", "Not authorized", 401, "Authorization " + message,
                List.of(new FieldError("Authorization", message))), Map.of("WWW-Authenticate", challenge));
    }
}
