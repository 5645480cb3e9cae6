package org.confed.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.confed.application.json.RecordJson;

/**
 * The measurements {@code bench/run} calls, one subcommand each. Each prints plain numbers on one line for the script
 * to read; the script does the ratios and the table.
 */
public final class Bench {
    /** One seed for every dataset: the import and the baseline see the same records. */
    static final long SEED = 20240706L;

    private Bench() {
    }

    public static void main(String... args) throws Exception {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "generate" -> generate(Path.of(rest[0]), Long.parseLong(rest[1]));
            case "parse" -> parse(Path.of(rest[0]));
            case "baseline" -> JdbcBaseline.main(rest);
            case "raw-rows" -> RawRows.main(rest);
            case "asof" -> AsOf.main(rest);
            case "split" -> ImportSplit.main(rest);
            case "search" -> SearchTimes.main(rest);
            case "timeline-page" -> TimelinePage.main(rest);
            case "first-response" -> firstResponse(rest);
            case "abuse" -> Abuse.main(rest);
            default -> throw new IllegalArgumentException("unknown measurement " + args[0]);
        }
    }

    /** {@code generate FILE RECORDS}: the NDJSON file of a dataset. */
    private static void generate(Path file, long records) throws IOException {
        Dataset dataset = new Dataset(records, SEED);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            dataset.lines(line -> {
                try {
                    out.write(line);
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * {@code parse FILE}: the parsing share of an import, alone. Prints the seconds to read every line into a JSON tree,
     * and the seconds to also build the records from the trees (the field checks of the domain's constructors).
     */
    private static void parse(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        long lines = 0;
        long started = System.nanoTime();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (mapper.readTree(line).size() > 0) {
                    lines++;
                }
            }
        }
        double treeSeconds = (System.nanoTime() - started) / 1e9;
        long built = 0;
        RecordJson codec = RecordJson.codec();
        started = System.nanoTime();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode node = mapper.readTree(line);
                if (codec.fromJson(node, null) != null) {
                    built++;
                }
            }
        }
        double recordSeconds = (System.nanoTime() - started) / 1e9;
        if (built != lines) {
            throw new IllegalStateException("built " + built + " records of " + lines + " lines");
        }
        System.out.printf("%d %.3f %.3f%n", lines, treeSeconds, recordSeconds);
    }

    /**
     * {@code first-response URL TIMEOUT_S COMMAND...}: starts the command and asks for the URL every 5 ms until it
     * answers 200. Prints the milliseconds from the start of the process, then stops it.
     */
    private static void firstResponse(String... args) throws Exception {
        URI uri = URI.create(args[0]);
        long deadline = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        List<String> command = List.of(Arrays.copyOfRange(args, 2, args.length));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
        // warm the client up on a dead port first, so its own start does not count against the server
        try {
            client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:9/")).timeout(Duration.ofMillis(200)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException | RuntimeException expected) {
            // nothing listens there
        }
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            while (true) {
                try {
                    if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server exited with " + process.exitValue() + " before answering");
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no 200 from " + uri + " in " + args[1] + " s");
                }
                Thread.sleep(5);
            }
            System.out.printf("%.1f%n", (System.nanoTime() - started) / 1e6);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }
}
