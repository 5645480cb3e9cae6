package org.confed.api.http;

import io.javalin.http.Context;
import org.confed.application.format.RecordNames;
import org.confed.domain.model.InvalidFieldException;
import org.confed.domain.model.RecordKey;

/**
 * Any record addressed by its name, {@code TYPE:KEY} ({@code membership:AES:MLI:2023-09-16}), as the command line names
 * it: the one address of records whose key is several fields, which have no collection URL of their own.
 */
final class RecordByName {
    static final String PATH = "/api/records/{record}";

    private RecordByName() {
    }

    static Param param() {
        return Param.path("record", "The record's name, TYPE:KEY, its key parts joined by colons (membership:AES:MLI:2023-09-16).",
                JsonSchemas.string("A record's name."));
    }

    /** The key the path names; a name that cannot be a record's names none, so it is a 404 as an unknown one is. */
    static RecordKey key(Context ctx) {
        String name = ctx.pathParam("record");
        try {
            return RecordNames.parse(name);
        } catch (InvalidFieldException e) {
            throw ProblemException.notFound("\"" + Params.shorten(name) + "\" names no record: " + e.problem() + ".");
        }
    }
}
