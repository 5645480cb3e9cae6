package org.confed.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.stream.Stream;
import org.confed.application.format.FileFormat;
import org.confed.application.importing.ImportOptions;
import org.confed.application.importing.ImportProblem;
import org.confed.application.importing.ImportReport;
import org.confed.application.importing.ImportSource;
import org.confed.application.importing.Importer;
import org.confed.application.json.Json;
import org.confed.application.importing.OnError;
import org.confed.domain.port.Actor;
import org.confed.persistence.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code confed import FILE...}: checks every record of every file, then writes all of them in one transaction, or none. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Confed.Version.class,
        description = {"Import records from NDJSON (.ndjson, .jsonl), JSON (.json) or CSV (.csv) files,",
                "or from standard input as - (give --format; problems then name it -:LINE, or --name's).",
                "Everything is checked before anything is written; by default one problem means nothing is written.",
                "Ends with what was inserted, updated and left unchanged for each record type."})
final class ImportCommand extends StoreCommand {
    /** The file name that stands for standard input, as Unix tools take it. */
    static final String STDIN = "-";

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import, in any order; a directory or a .zip stands for the files in it; - is standard input.")
    List<String> files;

    @Option(names = "--format", paramLabel = "ndjson|json|csv", converter = FormatConverter.class,
            completionCandidates = FormatConverter.class,
            description = "The layout of standard input (required with -), or of files whose name says none.")
    FileFormat format;

    @Option(names = "--name", paramLabel = "NAME", description = "How problems name standard input (default -); a CSV type may come from it (presidencies.csv).")
    String name;

    @Option(names = "--type", paramLabel = "TYPE", description = "The record type of CSV files (default: from the file name).")
    String type;

    @Option(names = "--dry-run", description = "Check and report only; write nothing.")
    boolean dryRun;

    @Option(names = "--on-error", paramLabel = "stop|skip", defaultValue = "stop",
            converter = OnErrorConverter.class,
            description = "stop: write nothing when any record is bad (default); skip: write the good records, report the bad ones.")
    OnError onError;

    @Option(names = "--report", paramLabel = "FILE", description = "Write every problem, one JSON object per line, to FILE.")
    String report;

    @Option(names = "--max-problems", paramLabel = "N", defaultValue = "100", description = "Stop listing problems after N (default 100).")
    int maxProblems;

    ImportCommand(Environment env) {
        super(env);
    }

    @Override
    int run(Store store) throws IOException {
        List<ZipFile> zips = new ArrayList<>();
        try {
            return run(store, sources(zips));
        } finally {
            for (ZipFile zip : zips) {
                zip.close();
            }
        }
    }

    private int run(Store store, List<ImportSource> sources) throws IOException {
        ImportReport result;
        try (Progress progress = Progress.start(env, "reading", totalBytes())) {
            List<ImportSource> watched = sources.stream().map(source -> new ImportSource(source.name(), source.format(),
                    source.type(), () -> progress.counting(source.open().get()))).toList();
            result = new Importer(store).run(watched, new ImportOptions(dryRun, onError, Math.max(1, maxProblems), Actor.CLI),
                    progress);
            if (store.compactsOnClose()) {
                // closed here, not after the command, so that the compaction has its own bar
                progress.next("compacting", -1, "");
                store.close();
            }
        }
        for (ImportProblem problem : result.problems()) {
            env.err().println(problem);
        }
        if (result.truncated()) {
            env.err().println("(more problems not listed; raise --max-problems to see them)");
        }
        if (report != null) {
            writeReport(env.resolve(report), result.problems());
        }
        return summarize(result);
    }

    private int summarize(ImportReport result) {
        boolean refused = !result.problems().isEmpty() && onError == OnError.STOP;
        if (refused) {
            env.err().println("confed: import refused: " + result.problems().size() + (result.truncated() ? "+" : "")
                    + " problem(s) in " + result.recordsRead() + " record(s); nothing was written");
            return ExitCode.INVALID_INPUT;
        }
        String summary = result.summary().stripTrailing();
        env.out().println(summary.isEmpty() ? "no records: the input holds none" : summary);
        if (result.rejected() > 0 && report != null) {
            env.out().println("the rejected records and why: " + report);
        }
        if (dryRun) {
            env.out().println("dry run: nothing was written");
        }
        return ExitCode.OK;
    }

    /**
     * The inputs named on the command line, as the user typed them (so messages read {@code presidencies.csv:4}).
     * A directory stands for the files in it, a {@code .zip} for its entries (what {@code export --format csv} writes).
     */
    private List<ImportSource> sources(List<ZipFile> zips) {
        List<ImportSource> sources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (files.stream().filter(STDIN::equals).count() > 1) {
            throw new InvalidInputException("confed: - (standard input) may be given once");
        }
        for (String file : files) {
            Path path = env.resolve(file);
            try {
                if (file.equals(STDIN)) {
                    sources.add(standardInput());
                } else if (Files.isDirectory(path)) {
                    sources.addAll(directory(file, path));
                } else if (!Files.isRegularFile(path)) {
                    problems.add(file + ": no such file");
                } else if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    ZipFile zip = new ZipFile(path.toFile());
                    zips.add(zip);
                    sources.addAll(zip(file, zip));
                } else if (format != null && FileFormat.ofFileName(file).isEmpty()) {
                    sources.add(new ImportSource(file, format, ImportSource.type(format, file, type), () -> Files.newInputStream(path)));
                } else {
                    ImportSource source = ImportSource.file(path, type);
                    sources.add(new ImportSource(file, source.format(), source.type(), source.open()));
                }
            } catch (IOException e) {
                problems.add(file + ": cannot read: " + e.getMessage());
            } catch (RuntimeException e) {
                problems.add(file + ": " + e.getMessage());
            }
        }
        if (problems.isEmpty() && sources.isEmpty()) {
            problems.add(String.join(", ", files) + ": no .ndjson, .jsonl, .json or .csv file to import");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join(System.lineSeparator(), problems));
        }
        return sources;
    }

    /** Standard input, read once, named {@code -} or {@code --name} in problems. */
    private ImportSource standardInput() {
        String named = name == null || name.isBlank() ? STDIN : name;
        FileFormat layout = format != null ? format : FileFormat.ofFileName(named).orElseThrow(() ->
                new IllegalArgumentException("give --format ndjson, json or csv: standard input has no file name to tell it"));
        InputStream in = env.stdin();
        // the importer closes what it opens: standard input stays open for the process
        return new ImportSource(named, layout, ImportSource.type(layout, named, type), () -> new FilterInputStream(in) {
            @Override
            public void close() {
            }
        });
    }

    private List<ImportSource> directory(String typed, Path directory) throws IOException {
        List<ImportSource> sources = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path path : entries.filter(Files::isRegularFile).sorted().toList()) {
                String name = path.getFileName().toString();
                if (FileFormat.ofFileName(name).isPresent()) {
                    ImportSource source = ImportSource.file(path, type);
                    sources.add(new ImportSource(typed + "/" + name, source.format(), source.type(), source.open()));
                }
            }
        }
        return sources;
    }

    private List<ImportSource> zip(String typed, ZipFile zip) {
        List<ImportSource> sources = new ArrayList<>();
        zip.stream().filter(entry -> !entry.isDirectory())
                .filter(entry -> FileFormat.ofFileName(entry.getName()).isPresent())
                .sorted(Comparator.comparing(ZipEntry::getName))
                .forEach(entry -> {
                    // Only the entry's name is read here: it gives the format and, for CSV, the record type.
                    ImportSource named = ImportSource.file(Path.of(entry.getName()), type);
                    sources.add(new ImportSource(typed + "/" + entry.getName(), named.format(), named.type(),
                            () -> zip.getInputStream(entry)));
                });
        return sources;
    }

    private long totalBytes() {
        long total = 0;
        for (String file : files) {
            Path path = env.resolve(file);
            try {
                if (file.equals(STDIN) || Files.isDirectory(path)) {
                    return -1;
                }
                total += Files.size(path);
            } catch (IOException e) {
                return -1;
            }
        }
        return total;
    }

    /** {@code --format}: the layouts standard input may have, in lower case, and the words completion offers. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<FileFormat>, Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("ndjson", "json", "csv", "popolo").iterator();
        }

        @Override
        public FileFormat convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "ndjson", "jsonl" -> FileFormat.NDJSON;
                case "json" -> FileFormat.JSON;
                case "csv" -> FileFormat.CSV;
                case "popolo" -> FileFormat.POPOLO;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not one of ndjson, json, csv, popolo");
            };
        }
    }

    private static void writeReport(Path path, List<ImportProblem> problems) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            for (ImportProblem problem : problems) {
                ObjectNode line = Json.mapper().createObjectNode();
                line.put("source", problem.source());
                line.put("line", problem.line());
                line.put("field", problem.field());
                line.put("message", problem.message());
                out.write(Json.mapper().writeValueAsString(line));
                out.write('\n');
            }
        }
    }

    static final class OnErrorConverter implements picocli.CommandLine.ITypeConverter<OnError> {
        @Override
        public OnError convert(String value) {
            return switch (value) {
                case "stop" -> OnError.STOP;
                case "skip" -> OnError.SKIP;
                default -> throw new picocli.CommandLine.TypeConversionException("expected stop or skip, not '" + value + "'");
            };
        }
    }
}
