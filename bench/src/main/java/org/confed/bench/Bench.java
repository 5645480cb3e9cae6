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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.confed.application.format.RecordCodec;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.model.Meeting;
import org.confed.persistence.Store;

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
            case "asof" -> AsOf.main(rest);
            case "split" -> ImportSplit.main(rest);
            case "search" -> search(rest[0], Long.parseLong(rest[1]), Integer.parseInt(rest[2]));
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
        started = System.nanoTime();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode node = mapper.readTree(line);
                if (RecordCodec.fromJson(node, null) != null) {
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
     * {@code search H2_FILE_BASE RECORDS REPEATS}: meeting text search on an imported dataset. Prints the median
     * milliseconds for a word found in one meeting, then for a word found in about a quarter of them (first page of
     * 20), then the index H2 reads the meeting table by.
     */
    private static void search(String base, long records, int repeats) throws Exception {
        Dataset dataset = new Dataset(records, SEED);
        String rare = Dataset.titleWord(dataset.meetings / 2);
        String url = "jdbc:h2:file:" + base;
        double rareMillis;
        double commonMillis;
        try (Store store = Store.open(url)) {
            rareMillis = searchMillis(store, rare, repeats, 1);
            commonMillis = searchMillis(store, "securite", repeats, 20);
        }
        String plan;
        try (Connection connection = DriverManager.getConnection(url + ";DB_CLOSE_ON_EXIT=FALSE", "", "");
             Statement statement = connection.createStatement()) {
            try (ResultSet result = statement.executeQuery("EXPLAIN SELECT m.* FROM meeting m WHERE m.folded_text LIKE '%"
                    + rare + "%' ESCAPE '!' ORDER BY m.date_first, m.natural_key LIMIT 21")) {
                result.next();
                // the comment after the table names the index H2 walks (or "tableScan")
                java.util.regex.Matcher scan = java.util.regex.Pattern.compile("/\\*\\s*([^*]+?)\\s*\\*/").matcher(result.getString(1));
                plan = scan.find() ? scan.group(1).replaceAll("\\s+", "_") : "unknown";
            }
            statement.execute("SHUTDOWN");
        }
        System.out.printf("%.1f %.1f %s%n", rareMillis, commonMillis, plan);
    }

    private static double searchMillis(Store store, String word, int repeats, int expected) {
        MeetingQuery query = new MeetingQuery(null, null, null, null, null, word, null, null, 20);
        double[] millis = new double[repeats + 1];
        for (int i = 0; i <= repeats; i++) {
            long started = System.nanoTime();
            Page<Meeting> page = store.searchMeetings(query);
            millis[i] = (System.nanoTime() - started) / 1e6;
            if (page.items().size() != expected) {
                throw new IllegalStateException("search for " + word + " found " + page.items().size() + ", expected " + expected);
            }
        }
        // the first is a warm-up
        double[] timed = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(timed);
        return timed[timed.length / 2];
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
