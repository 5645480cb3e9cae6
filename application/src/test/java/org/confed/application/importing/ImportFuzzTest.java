package org.confed.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.confed.application.format.CsvTable;
import org.confed.application.format.FileFormat;
import org.confed.domain.memory.InMemoryRegistry;

/**
 * The three readers and the whole import behind them, driven by Jazzer: whatever the bytes, an import into the AES
 * facts ends with a report (never an exception, nor an unexpected one turned into "cannot be read"), no problem names
 * a class or setting the input did not bring, and a refused import writes nothing. Under {@code mvn test} each method replays its inputs in
 * {@code src/test/resources/org/confed/api/format/ImportFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1} it
 * fuzzes for {@code maxDuration}.
 */
class ImportFuzzTest {
    private static final Path SPILL = spillDirectory();
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
    private static final List<String> CSV_TYPES = CsvTable.all().stream().map(table -> table.fileName().replace(".csv", "")).toList();

    @FuzzTest(maxDuration = "60s")
    void any_ndjson_is_imported_or_refused_with_messages(byte[] input) {
        importChecked("fuzz.ndjson", input);
    }

    @FuzzTest(maxDuration = "60s")
    void any_json_is_imported_or_refused_with_messages(byte[] input) {
        importChecked("fuzz.json", input);
    }

    @FuzzTest(maxDuration = "60s")
    void any_csv_of_any_type_is_imported_or_refused_with_messages(FuzzedDataProvider data) {
        String type = data.pickValue(CSV_TYPES);
        importChecked(type + ".csv", data.consumeRemainingAsBytes());
    }

    // Kept between inputs while they are refused (most are): building it for each would halve the executions.
    private static InMemoryRegistry registry = Imports.aes();

    private static void importChecked(String name, byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        int changesBefore = registry.changes(0, 10_000).size();

        ImportReport report = new Importer(registry, SPILL).run(List.of(Imports.bytes(name, input)),
                ImportOptions.defaults(Imports.TESTER));

        for (ImportProblem problem : report.problems()) {
            // An exception the import did not expect ends as "cannot be read: ..." rather than escaping.
            assertFalse(problem.message().startsWith("cannot be read"), problem::toString);
            // Messages echo the input, which may hold anything (the fuzzer learns the very words looked for here): a
            // class or setting name is a leak only when the input did not bring it.
            String message = QUOTED.matcher(problem.message()).replaceAll("").toLowerCase(Locale.ROOT);
            for (String leak : Imports.LEAKS) {
                assertTrue(!message.contains(leak) || text.contains(leak), () -> "a message shows \"" + leak + "\": " + problem);
            }
        }
        if (!report.ok()) {
            assertEquals(changesBefore, registry.changes(0, 10_000).size(), "a refused import wrote: " + report.problems());
        } else if (report.written().changedAnything()) {
            registry = Imports.aes(); // each input starts from the AES facts alone
        }
    }

    private static Path spillDirectory() {
        try {
            Path directory = Files.createTempDirectory("confed-fuzz");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
