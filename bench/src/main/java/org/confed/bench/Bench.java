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
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Locale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.confed.application.json.RecordJson;
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
            case "raw-rows" -> RawRows.main(rest);
            case "asof" -> AsOf.main(rest);
            case "split" -> ImportSplit.main(rest);
            case "search" -> search(rest[0], Long.parseLong(rest[1]), Integer.parseInt(rest[2]));
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
     * {@code search H2_FILE_BASE RECORDS REPEATS}: meeting text search on an imported dataset. Prints the median
     * milliseconds for a word found in one meeting, then for a word found in about a quarter of them (first page of
     * 20), then how H2 reads the search's query for the rare word: the index it reads {@code record_term} by, and the
     * one it reads {@code record_version} by, each with its condition ({@code TERM_RANGE}: the word's range of terms;
     * {@code SEQ_IN}: the versions holding such a term, by their key; {@code WALK}: every meeting in date order, the
     * word checked on each; {@code SCAN}: a table scan).
     */
    private static void search(String base, long records, int repeats) throws Exception {
        Dataset dataset = new Dataset(records, SEED);
        String rare = Dataset.titleWord(dataset.meetings / 2);
        String url = "jdbc:h2:file:" + base;
        double rareMillis;
        double commonMillis;
        try (Store store = Store.open(url, RecordJson.codec())) {
            rareMillis = searchMillis(store, rare, repeats, 1);
            commonMillis = searchMillis(store, "securite", repeats, 20);
        }
        String plan;
        try (Connection connection = DriverManager.getConnection(url + ";DB_CLOSE_ON_EXIT=FALSE", "", "");
             Statement statement = connection.createStatement()) {
            // the statement MeetingSearch runs for one word that names no participant, its values written in
            String from = HexFormat.of().formatHex(("meeting#" + rare).getBytes(StandardCharsets.UTF_8));
            byte[] toBytes = ("meeting#" + rare).getBytes(StandardCharsets.UTF_8);
            toBytes[toBytes.length - 1]++;
            String to = HexFormat.of().formatHex(toBytes);
            try (ResultSet result = statement.executeQuery("EXPLAIN SELECT v.natural_key, v.sort_day, v.content "
                    + "FROM record_version v WHERE v.record_type = 'meeting' AND v.retired_by IS NULL AND v.change <> 'retract' "
                    + "AND (v.seq IN (SELECT seq FROM record_term WHERE term >= X'" + from + "' AND term < X'" + to + "')) "
                    + "ORDER BY v.sort_day, v.natural_key LIMIT 85")) {
                result.next();
                plan = plan(result.getString(1));
            }
            statement.execute("SHUTDOWN");
        }
        System.out.printf(Locale.ROOT, "%.1f %.1f %s%n", rareMillis, commonMillis, plan);
    }

    /**
     * H2's plan in a word per table: {@code record_version:INDEX:SEQ_IN,record_term:INDEX:TERM_RANGE}. H2 writes the
     * index it reads a table by in a comment after the table, with the condition it looks up, if any.
     */
    static String plan(String explained) {
        Set<String> tables = new LinkedHashSet<>();
        java.util.regex.Matcher scan = java.util.regex.Pattern
                .compile("PUBLIC\\.(RECORD_TERM|RECORD_VERSION)(?: V)? /\\* ([A-Za-z0-9_.]+)(?:: ([A-Z_]+ ?[^ ]*))?")
                .matcher(explained.replace("\"", "").replaceAll("\\s+", " "));
        while (scan.find()) {
            String index = scan.group(2).replace("PUBLIC.", "");
            String condition = scan.group(3) == null ? "" : scan.group(3);
            String how = index.toLowerCase(Locale.ROOT).contains("tablescan") ? "SCAN"
                    : condition.startsWith("TERM >") ? "TERM_RANGE"
                    : condition.startsWith("SEQ IN") ? "SEQ_IN"
                    : "WALK";
            tables.add(scan.group(1).toLowerCase(Locale.ROOT) + ":" + index + ":" + how);
        }
        return tables.isEmpty() ? "unknown" : String.join(",", tables);
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
