package org.confed.api.http;

import io.javalin.http.Context;
import org.confed.application.auditing.Audit;
import org.confed.application.auditing.AuditJson;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.port.Registry;

/** What the registry asserts without support, for a reviewer or a data repository's CI. */
final class AuditRoutes {
    private final Registry registry;

    AuditRoutes(Registry registry) {
        this.registry = registry;
    }

    Route audit() {
        return Route.get("/api/audit").id("audit").tag("audit")
                .summary("What the registry asserts without support: unsourced records, citations without a quote, "
                        + "unsupported and disputed fields, uncertain dates, participants known only by their post, "
                        + "and the forecast resting on them")
                .param(CommonParams.confederationInQuery("Only the confederation, the records that refer to it and "
                        + "those they refer to.")).asRecorded()
                .answers(200, JsonSchemas.ref("Audit")).problems(400)
                .handle(this::audit);
    }

    private void audit(Context ctx) {
        ConfederationCode confederation = Params.parsed(ctx, "confederation", ConfederationCode::of).orElse(null);
        Replies.json(ctx, 200, AuditJson.of(new Audit(AsRecorded.view(ctx, registry)).findings(confederation)));
    }
}
