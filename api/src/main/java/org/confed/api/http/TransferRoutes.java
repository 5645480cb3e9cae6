package org.confed.api.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * {@code POST /api/import} and {@code GET /api/export}: bulk transfer in the interchange format, built on the
 * format package's importer and exporter.
 *
 * <p>TO FINISH (lead): both answer 501 "not available yet" until {@code org.confed.api.format}'s Importer and
 * Exporter exist. What is here already and must stay: the import is a write (bearer token, actor), its body is
 * read as a stream through {@link CappedInputStream} ({@link ApiConfig#maxImportBytes()}, 413 past it, also for a
 * chunked body without Content-Length), and the export validates {@code format}. Replace the two
 * {@code notAvailableYet} calls with the Importer (reading {@code body}, reporting per type: inserted, updated,
 * unchanged; invalid input → 400/422 problem naming FILE:LINE fields, nothing written) and the Exporter (streaming
 * to {@code ctx.outputStream()} with the format's media type), and update the response schemas below.
 */
final class TransferRoutes {
    static final List<String> FORMATS = List.of("ndjson", "json", "csv", "ics", "popolo");

    private final ApiConfig config;

    TransferRoutes(ApiConfig config) {
        this.config = config;
    }

    Route importRecords() {
        return Route.post("/api/import").id("importRecords").tag("transfer")
                .summary("Import an NDJSON body, with the same rules as the CLI import: all or nothing (not available yet: 501)")
                .write()
                .body("application/x-ndjson", JsonNodeFactory.instance.objectNode().put("type", "string")
                        .put("description", "One record per line, each with its \"type\" (FORMAT.md)."))
                .answers(200, report())
                .problems(400, 413, 415, 422, 501)
                .handle(this::importRecords);
    }

    Route export() {
        return Route.get("/api/export").id("exportRecords").tag("transfer")
                .summary("Export every record as ndjson, json, csv, ics or popolo (not available yet: 501)")
                .param(Param.query("format", "The export format; ndjson when absent.",
                        JsonSchemas.enumOf("An export format.", FORMATS)))
                .answers(200, "application/octet-stream", null)
                .problems(400, 501)
                .handle(this::export);
    }

    private void importRecords(Context ctx) throws Exception {
        long declared = ctx.req().getContentLengthLong();
        if (declared > config.maxImportBytes()) {
            throw JsonBodies.tooLarge(config.maxImportBytes());
        }
        try (InputStream body = new CappedInputStream(ctx.bodyInputStream(), config.maxImportBytes())) {
            // Until the Importer reads it, the body is drained so that the cap is enforced as it will be then.
            body.transferTo(OutputStream.nullOutputStream());
        }
        throw notAvailableYet("Import");
    }

    private void export(Context ctx) {
        String format = Params.text(ctx, "format").orElse("ndjson");
        if (!FORMATS.contains(format)) {
            throw ProblemException.badParameter("format", "\"" + Params.shorten(format) + "\" is not one of "
                    + String.join(", ", FORMATS));
        }
        throw notAvailableYet("Export");
    }

    private static ObjectNode report() {
        return JsonNodeFactory.instance.objectNode().put("type", "object")
                .put("description", "What the import did, per record type: inserted, updated, unchanged.");
    }

    private static ProblemException notAvailableYet(String what) {
        return new ProblemException(Problem.of("not-available-yet", "Not available yet", 501,
                what + " over HTTP is not available yet; use the confed command line.", List.of()));
    }
}
