package org.confed.api.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.confed.application.exporting.ExportFormat;
import org.confed.application.exporting.Exporter;
import org.confed.application.format.FileFormat;
import org.confed.application.importing.ImportOptions;
import org.confed.application.importing.ImportReport;
import org.confed.application.importing.ImportSource;
import org.confed.application.importing.Importer;
import org.confed.application.json.Json;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.port.Registry;
import org.confed.domain.port.WriteOutcome;
import org.confed.domain.schema.RecordSchemas;

/**
 * {@code POST /api/import} and {@code GET /api/export}: bulk transfer in the interchange format, through the same
 * Importer and Exporter as the command line. The import is a write (bearer token, actor); its body is read as a
 * stream through {@link CappedInputStream} ({@link ApiConfig#maxImportBytes()}, 413 past it, also for a chunked body).
 */
final class TransferRoutes {

    private final Registry registry;
    private final ApiConfig config;
    private final BackupSource backups;

    TransferRoutes(Registry registry, ApiConfig config, BackupSource backups) {
        this.registry = registry;
        this.config = config;
        this.backups = backups;
    }

    Route importRecords() {
        return Route.post("/api/import").id("importRecords").tag("transfer")
                .summary("Import an NDJSON body, with the same rules as the CLI import: all or nothing ")
                .write()
                .body("application/x-ndjson", JsonNodeFactory.instance.objectNode().put("type", "string")
                        .put("description", "One record per line, each with its \"type\" (FORMAT.md)."))
                .answers(200, report())
                .problems(413, 422)
                .handle(this::importRecords);
    }

    Route export() {
        return Route.get("/api/export").id("exportRecords").tag("transfer")
                .summary("Export every record: ndjson (application/x-ndjson, one record a line), json and popolo "
                        + "(application/json), csv (application/zip, one file a type), ics (text/calendar)")
                .param(Param.query("format", "The export format; ndjson when absent.",
                        JsonSchemas.enumOf("An export format.", ExportFormat.codes())))
                .asRecorded()
                .answers(200, "application/x-ndjson", null)
                .orAs(Replies.JSON, exportJson())
                .orAs("application/zip", null)
                .orAs("text/calendar", null)
                .problems(400)
                .handle(this::export);
    }

    Route backup() {
        return Route.post("/api/backup").id("backupStore").tag("transfer")
                .summary("A consistent backup of the whole store, taken while it serves: a zip that `confed restore` "
                        + "puts in place (H2 file stores; PostgreSQL is backed up with pg_dump) ")
                .write()
                .answers(200, "application/zip", null)
                .problems(501)
                .handle(this::backup);
    }

    private void backup(Context ctx) throws IOException {
        if (backups == null) {
            throw new ProblemException(Problem.of("no-backup", "No backup here", 501,
                    "this store is not an H2 file: back it up with pg_dump (see the README)", List.of()));
        }
        Path directory = Files.createTempDirectory("confed-backup");
        Path file = directory.resolve("confed-backup.zip");
        try {
            backups.writeTo(file);
            ctx.status(200).contentType("application/zip")
                    .header("Content-Disposition", "attachment; filename=\"confed-backup.zip\"");
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(ctx.outputStream());
            }
            ctx.outputStream().flush();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(directory);
        }
    }

    private void importRecords(Context ctx) throws Exception {
        long declared = ctx.req().getContentLengthLong();
        if (declared > config.maxImportBytes()) {
            throw JsonBodies.tooLarge(config.maxImportBytes());
        }
        ImportReport report;
        try (InputStream body = new CappedInputStream(ctx.bodyInputStream(), config.maxImportBytes())) {
            report = new Importer(registry).run(
                    List.of(new ImportSource("request body", FileFormat.NDJSON, Optional.empty(), () -> body)),
                    ImportOptions.defaults(Guard.actor(ctx)));
        }
        if (!report.problems().isEmpty()) {
            List<FieldError> errors = report.problems().stream()
                    .map(problem -> new FieldError(problem.field() == null ? "body" : problem.field(),
                            "line " + problem.line() + ": " + problem.message()))
                    .toList();
            throw new ProblemException(Problem.of("invalid-import", "Invalid import", 422,
                    report.problems().size() + (report.truncated() ? "+" : "")
                            + " problem(s) in the body; nothing was written", errors));
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("records_read", report.recordsRead());
        ObjectNode byType = answer.putObject("written");
        for (Class<? extends ConfedRecord> type : report.written().types()) {
            ObjectNode counts = byType.putObject(RecordSchemas.of(type).name());
            for (WriteOutcome outcome : WriteOutcome.values()) {
                counts.put(outcome.name().toLowerCase(java.util.Locale.ROOT), report.written().count(type, outcome));
            }
        }
        ctx.status(200).contentType("application/json").result(Json.mapper().writeValueAsBytes(answer));
    }

    private void export(Context ctx) throws IOException {
        String name = Params.text(ctx, "format").orElse(ExportFormat.NDJSON.code());
        ExportFormat format = ExportFormat.named(name).orElseThrow(() -> ProblemException.badParameter("format",
                "\"" + Params.shorten(name) + "\" is not one of " + String.join(", ", ExportFormat.codes())));
        ctx.status(200).contentType(format.mediaType());
        if (format == ExportFormat.CSV) {
            ctx.header("Content-Disposition", "attachment; filename=\"confed-csv.zip\"");
        }
        OutputStream out = ctx.outputStream();
        new Exporter(AsRecorded.view(ctx, registry), config.clock()).write(format, out);
        out.flush();
    }

    private static ObjectNode report() {
        ObjectNode counts = JsonSchemas.objectOf("How many records of the type were written in each way.",
                new String[0], "inserted", JsonSchemas.count(), "updated", JsonSchemas.count(),
                "unchanged", JsonSchemas.count());
        ObjectNode written = JsonSchemas.object().put("description", "Per record type, what was written.");
        written.set("additionalProperties", counts);
        return JsonSchemas.objectOf("What the import did, per record type: inserted, updated, unchanged.",
                new String[] {"records_read", "written"}, "records_read", JsonSchemas.count(), "written", written);
    }

    // The json format is the records document; popolo is Popolo's.
    private static ObjectNode exportJson() {
        ObjectNode either = JsonNodeFactory.instance.objectNode()
                .put("description", "format=json: the records document; format=popolo: a Popolo document.");
        either.putArray("anyOf").add(JsonSchemas.ref("Records")).add(JsonSchemas.ref("PopoloDocument"));
        return either;
    }
}
