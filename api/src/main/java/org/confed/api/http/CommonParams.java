package org.confed.api.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.InvalidFieldException;
import org.confed.domain.schema.RecordSchemas;

/** Parameters several routes share: how each is documented, and how it is read. */
final class CommonParams {
    private CommonParams() {
    }

    static Param limit(ApiConfig config) {
        return Param.query("limit", "Items per page, " + config.defaultPageSize() + " when absent; values outside 1.."
                + config.maxPageSize() + " are moved to the nearest bound.", JsonSchemas.object().put("type", "integer"));
    }

    static int limit(Context ctx, ApiConfig config) {
        return Params.clamped(ctx, "limit", config.defaultPageSize(), 1, config.maxPageSize());
    }

    static Param cursor() {
        return Param.query("cursor", "The next_cursor of the previous page; absent for the first page.",
                JsonSchemas.string("An opaque cursor."));
    }

    static Param key(RecordCollection collection) {
        ObjectNode schema = JsonSchemas.formedOrText(collection.keyField());
        return Param.path(collection.keyField().name(), "The record's " + collection.keyField().name() + ".", schema);
    }

    static Param at(String what) {
        return Param.query("at", what + " on this day (YYYY-MM-DD); today when absent.", JsonSchemas.day("A whole day."));
    }

    /** Today, by the configured clock. */
    static LocalDate today(ApiConfig config) {
        return LocalDate.now(config.clock());
    }

    static LocalDate at(Context ctx, ApiConfig config) {
        return Params.day(ctx, "at", today(config));
    }

    static Param confederationInPath() {
        return Param.path("code", "The confederation's code, such as AES.",
                JsonSchemas.formed(RecordSchemas.named("confederation").orElseThrow().keyFields().get(0).pattern()));
    }

    static Param confederationInQuery(String what) {
        return Param.query("confederation", what,
                JsonSchemas.formed(RecordSchemas.named("confederation").orElseThrow().keyFields().get(0).pattern()));
    }

    /** The confederation code of the path; a malformed one names nothing, so 404. */
    static ConfederationCode confederation(Context ctx) {
        String text = ctx.pathParam("code");
        try {
            return ConfederationCode.of(text);
        } catch (InvalidFieldException e) {
            throw ProblemException.notFound("There is no confederation with code \"" + Params.shorten(text) + "\".");
        }
    }

    static Param from(String what) {
        return Param.query("from", what + " ending on or after this date (YYYY, YYYY-MM or YYYY-MM-DD; from its first day).",
                JsonSchemas.partialDate("A date of day, month or year precision."));
    }

    static Param to(String what) {
        return Param.query("to", what + " starting on or before this date (YYYY, YYYY-MM or YYYY-MM-DD; to its last day).",
                JsonSchemas.partialDate("A date of day, month or year precision."));
    }
}
