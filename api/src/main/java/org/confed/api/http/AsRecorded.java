package org.confed.api.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;
import org.confed.application.history.History;
import org.confed.application.history.Recorded;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.Registry;

/**
 * The {@code recorded} parameter every read route takes: the question asked of the registry as it stood at an instant
 * ("who presided on 2024-11-06, as we had it on 2026-12-01?").
 */
final class AsRecorded {
    static final String NAME = "recorded";
    /** The request attribute holding the view the request asks. */
    private static final String VIEW = "confed.recorded-view";

    private AsRecorded() {
    }

    static Param param() {
        return Param.query(NAME, "Ask the registry as it stood at this instant (ISO 8601 with its offset, such as "
                + "2026-12-01T09:30:00Z) or at the end of this day in UTC (2026-12-01), records since changed, retracted or "
                + "merged included; as it stands when absent.", instant("2026-12-01T09:30:00Z"));
    }

    /** An instant with its offset, or a day: the form the {@code recorded} and {@code since} parameters take. */
    static ObjectNode instant(String example) {
        return JsonSchemas.string("An ISO 8601 instant with its offset, or a day (YYYY-MM-DD).")
                .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt][0-9:.]+([Zz]|[+-][0-9]{2}:?[0-9]{2}))?$")
                .put("example", example);
    }

    /** The instant asked for, or empty for now; a malformed one is a 400 naming the parameter. */
    static Optional<Instant> of(Context ctx) {
        return Params.parsed(ctx, NAME, text -> Recorded.parse(NAME, text));
    }

    /**
     * The registry to ask: as it stands, or as recorded at the instant asked for. Made once per request, so that a
     * route asking several questions (the confederation, then its presidency) reads one change set, and looks it up once.
     */
    static RecordView view(Context ctx, Registry registry) {
        RecordView kept = ctx.attribute(VIEW);
        if (kept == null) {
            kept = new History(registry).view(of(ctx));
            ctx.attribute(VIEW, kept);
        }
        return kept;
    }
}
