package org.confed.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.confed.application.exporting.ExportFormat;
import org.confed.application.exporting.Exporter;
import org.confed.persistence.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code confed export}: every record, in a deterministic order, as NDJSON, JSON, CSV, iCalendar or Popolo. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Confed.Version.class,
        description = {"Export every record to standard output, or to --out.",
                "ndjson and json re-import to the same bytes; csv is a directory or a .zip (one file per type);",
                "ics holds the meetings as calendar events; popolo is Popolo JSON."})
final class ExportCommand extends StoreCommand {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = Arguments.Format.class,
            completionCandidates = Arguments.FormatCodes.class, description = "ndjson, json, csv, ics or popolo.")
    ExportFormat format;

    @Mixin
    RecordedOption recorded;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (csv: a directory, or a file ending in .zip). Default: standard output.")
    String out;

    ExportCommand(Environment env) {
        super(env);
    }

    @Override
    int run(Store store) throws IOException {
        Exporter exporter = new Exporter(recorded.view(store), env.clock());
        if (format == ExportFormat.CSV && out != null && !out.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            Path directory = env.resolve(out);
            Files.createDirectories(directory);
            exporter.csv(directory);
            return ExitCode.OK;
        }
        if (out == null) {
            env.out().flush();
            OutputStream stdout = new BufferedOutputStream(env.stdout());
            write(exporter, stdout);
            stdout.flush();
            return ExitCode.OK;
        }
        // Written beside the target, then moved: an interrupted export never leaves half a file under its name.
        Path target = env.resolve(out);
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, target.getFileName().toString(), ".partial");
        try {
            try (Progress progress = Progress.start(env, "export", -1);
                 OutputStream file = progress.counting(new BufferedOutputStream(Files.newOutputStream(partial)))) {
                write(exporter, file);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return ExitCode.OK;
    }

    private void write(Exporter exporter, OutputStream target) throws IOException {
        exporter.write(format, target);
    }
}
