package org.confed.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.confed.api.TestStores.Kind;
import org.confed.api.TestStores;
import org.confed.application.exporting.Exporter;
import org.confed.application.importing.ImportOptions;
import org.confed.application.importing.ImportReport;
import org.confed.application.importing.ImportSource;
import org.confed.application.importing.Importer;
import org.confed.application.importing.Imports;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.port.Registry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code src/test/resources/bad-input/<format>/} breaks a rule of FORMAT.md; its sidecar
 * {@code <file>.expect} holds the start of the problem it must get, {@code FILE:LINE: type.field: message}. Each is
 * imported into a store holding the AES facts, on every store this run can reach: it must be refused with that
 * problem, name no class and show no stack frame, and leave the store exactly as it was (its NDJSON export and its
 * change log compared before and after). Huge and absurdly nested inputs are made here rather than committed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {
    static final String ROOT = "/bad-input";
    static final Clock TODAY = Clock.fixed(Instant.parse("2024-11-06T12:00:00Z"), ZoneOffset.UTC);
    /** Texts no message to a user may hold: class and package names, Jackson's setting names, stack frames. */
    static final List<String> LEAKS = Imports.LEAKS;
    private static final int TEN_MB = 10 * 1024 * 1024;

    private final TestStores stores = new TestStores();
    private final Map<Kind, Registry> registries = new EnumMap<>(Kind.class);
    private final Map<Kind, byte[]> exportsBefore = new EnumMap<>(Kind.class);
    private final Map<Kind, Integer> changesBefore = new EnumMap<>(Kind.class);

    @AfterAll
    void closeStores() {
        stores.close();
    }

    /** The corpus files, as paths under {@value #ROOT}: {@code ndjson/truncated.ndjson}. */
    static List<String> corpus() {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".expect"))
                    .map(file -> root.relativize(file).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path root() {
        try {
            return Path.of(BadInputCorpusTest.class.getResource(ROOT).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problem a corpus file must get: the first line of its sidecar. */
    static String expected(String file) {
        try {
            return Files.readAllLines(root().resolve(file + ".expect"), StandardCharsets.UTF_8).get(0).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("the corpus file " + file + " has no readable .expect sidecar", e);
        }
    }

    static Stream<Arguments> filesOnEachStore() {
        return Kind.available().stream().flatMap(kind -> corpus().stream().map(file -> Arguments.of(file, kind)));
    }

    @Test
    void the_corpus_covers_each_format_with_enough_files_and_every_file_has_its_expectation() {
        List<String> files = corpus();
        assertTrue(files.size() >= 60, "only " + files.size() + " bad files");
        for (String format : List.of("ndjson/", "json/", "csv/")) {
            assertTrue(files.stream().filter(file -> file.startsWith(format)).count() >= 20, format);
        }
        for (String file : files) {
            String name = Path.of(file).getFileName().toString();
            assertTrue(expected(file).startsWith(name + ":"), file + ".expect must start with the file's name: " + expected(file));
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("filesOnEachStore")
    void a_bad_file_is_refused_with_its_message_and_changes_nothing(String file, Kind kind) throws IOException {
        byte[] content = Files.readAllBytes(root().resolve(file));

        ImportReport report = importInto(kind, Path.of(file).getFileName().toString(), () -> content);

        assertRefusedWith(report, expected(file));
        assertUnchanged(kind, file);
    }

    static Stream<Arguments> generatedOnEachStore() {
        return Kind.available().stream().flatMap(kind -> Stream.of(
                Arguments.of("a 10 MB line", "big-line.ndjson",
                        "big-line.ndjson:2: the line is " + (TEN_MB + 51) + " characters long, more than the 2000000 a record may take", kind),
                Arguments.of("a 10 MB text in a JSON file", "big-text.json",
                        "big-text.json:2: the file holds a text longer than the 1000000 characters allowed", kind),
                Arguments.of("a 10 MB CSV cell", "person.big-cell.csv",
                        "person.big-cell.csv:3: a cell of this row holds a text longer than the 1000000 characters allowed", kind),
                Arguments.of("a CSV row of 5 million cells", "person.many-cells.csv",
                        "person.many-cells.csv:2: the row has 5000002 cells but the header has 2", kind),
                Arguments.of("NDJSON nested 10,000 deep", "deep.ndjson",
                        "deep.ndjson:2: the line is nested deeper than the 64 levels allowed", kind),
                Arguments.of("JSON nested 10,000 deep", "deep.json",
                        "deep.json:2: the file is nested deeper than the 64 levels allowed", kind)));
    }

    @ParameterizedTest(name = "{0} on {3}")
    @MethodSource("generatedOnEachStore")
    void a_huge_or_absurdly_nested_input_is_refused_in_bounded_memory(String what, String name, String expected, Kind kind) {
        ImportReport report = importInto(kind, name, () -> generated(name));

        assertRefusedWith(report, expected);
        assertUnchanged(kind, name);
    }

    /** The inputs too big to commit; each holds a good record first, so the problem's line is not just 1. */
    static byte[] generated(String name) {
        String tiani = "{\"type\":\"person\",\"id\":\"abdourahamane-tiani\",\"name\":\"Abdourahamane Tiani\"}";
        String huge = "x".repeat(TEN_MB);
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        String text;
        switch (name) {
            case "big-line.ndjson":
                text = tiani + "\n{\"type\":\"person\",\"id\":\"ali-lamine-zeine\",\"name\":\"" + huge + "\"}\n" + tiani + "\n";
                break;
            case "big-text.json":
                text = "[" + tiani + ",\n{\"type\":\"person\",\"id\":\"ali-lamine-zeine\",\"name\":\"" + huge + "\"}]\n";
                break;
            case "person.big-cell.csv":
                text = "id,name\nabdourahamane-tiani,Abdourahamane Tiani\nali-lamine-zeine,\"" + huge + "\"\n";
                break;
            case "person.many-cells.csv":
                text = "id,name\nabdourahamane-tiani,Abdourahamane Tiani" + ",".repeat(5_000_000) + "\n";
                break;
            case "deep.ndjson":
                text = tiani + "\n{\"type\":\"meeting\",\"topics\":" + deep + "}\n";
                break;
            case "deep.json":
                text = "[" + tiani + ",\n{\"type\":\"meeting\",\"topics\":" + deep + "}]\n";
                break;
            default:
                throw new IllegalArgumentException(name);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The choices FORMAT.md leaves open, made consistent across formats: a byte order mark and CRLF line ends are
     * accepted in every format (spreadsheets write both); an empty NDJSON file is an empty import (it is what
     * exporting an empty store writes), while an empty JSON or CSV file has no array or header and is refused.
     */
    @Test
    void a_byte_order_mark_and_crlf_are_accepted_in_every_format_and_an_empty_ndjson_file_imports_nothing() {
        String bom = "\uFEFF";
        String goita = Imports.line(AesFacts.persons().get(0));
        String barmou = Imports.line(AesFacts.persons().get(1));
        Map<String, String> inputs = Map.of(
                "aes.ndjson", bom + goita + "\r\n" + barmou + "\r\n",
                "aes.json", bom + "[\r\n" + goita + ",\r\n" + barmou + "\r\n]\r\n",
                "states.csv", bom + "code,name,names\r\nMLI,Mali,fr=Mali;en=Mali\r\nNER,Niger,fr=Niger;en=Niger\r\n",
                "empty.ndjson", "");
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            byte[] bytes = input.getValue().getBytes(StandardCharsets.UTF_8);

            ImportReport report = importInto(Kind.MEMORY, input.getKey(), () -> bytes);

            assertEquals(List.of(), Imports.problems(report), input.getKey());
            assertFalse(report.written().changedAnything(), input.getKey() + " restates stored facts: " + report.summary());
            assertEquals(input.getKey().equals("empty.ndjson") ? 0 : 2, report.recordsRead(), input.getKey());
            assertUnchanged(Kind.MEMORY, input.getKey());
        }
    }

    private ImportReport importInto(Kind kind, String name, Supplier<byte[]> content) {
        Registry registry = registry(kind);
        Path spill;
        try {
            spill = Files.createTempDirectory("confed-corpus");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportSource source = Imports.bytes(name, content.get());
        ImportReport report = new Importer(registry, spill).run(List.of(source), ImportOptions.defaults(Imports.TESTER));
        assertEquals(List.of(), Imports.filesIn(spill), "the run leaves no working file");
        try {
            Files.delete(spill);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report;
    }

    static void assertRefusedWith(ImportReport report, String expected) {
        List<String> problems = Imports.problems(report);
        assertFalse(report.ok(), "accepted, but should be refused with " + expected);
        assertTrue(problems.stream().anyMatch(problem -> problem.startsWith(expected)),
                "expected a problem starting with\n  " + expected + "\nbut got\n  " + String.join("\n  ", problems));
        for (String problem : problems) {
            assertNoLeak(problem);
        }
    }

    static void assertNoLeak(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        for (String leak : LEAKS) {
            assertFalse(lower.contains(leak), "a message shows \"" + leak + "\": " + message);
        }
    }

    private Registry registry(Kind kind) {
        return registries.computeIfAbsent(kind, k -> {
            Registry registry = stores.withAesFacts(k, TODAY);
            exportsBefore.put(k, export(registry));
            changesBefore.put(k, registry.changes(0, 10_000).size());
            return registry;
        });
    }

    private void assertUnchanged(Kind kind, String file) {
        Registry registry = registries.get(kind);
        assertArrayEquals(exportsBefore.get(kind), export(registry), file + " changed the store's export");
        assertEquals(changesBefore.get(kind), registry.changes(0, 10_000).size(), file + " added to the change log");
    }

    static byte[] export(Registry registry) {
        return Imports.export(out -> new Exporter(registry, TODAY).ndjson(out));
    }
}
