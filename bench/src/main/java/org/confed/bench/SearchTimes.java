package org.confed.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.confed.application.json.RecordJson;
import org.confed.domain.model.Meeting;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.persistence.Store;

/**
 * {@code search JDBC_URL RECORDS REPEATS}: meeting text search on an imported dataset, H2 or PostgreSQL. Prints the
 * median milliseconds of a first page for a word found in one meeting, then for a word found in about a quarter of
 * them, after searches for other words have warmed the JVM and the database up (a server answers warm); then whether
 * the database reads the search's three statements by an index ({@code yes} or {@code NO}), and how, in one word.
 */
final class SearchTimes {
    /** Searches for other words first: the JIT compiles the search's code, as in a server that has been asked a while. */
    private static final int WARM_UP = 40;
    private static final String COMMON = "securite";

    private SearchTimes() {
    }

    static void main(String... args) throws Exception {
        String url = args[0];
        Dataset dataset = new Dataset(Long.parseLong(args[1]), Bench.SEED);
        int repeats = Math.max(11, Integer.parseInt(args[2]));
        String rare = Dataset.titleWord(dataset.meetings / 2);
        double rareMillis;
        double commonMillis;
        try (Store store = Store.open(url, RecordJson.codec())) {
            for (int i = 0; i < WARM_UP; i++) {
                store.searchMeetings(query(Dataset.titleWord(dataset.meetings / 3 + i)));
                store.searchMeetings(query(Dataset.PLACES[i % Dataset.PLACES.length]));
            }
            rareMillis = millis(store, rare, repeats, 1);
            commonMillis = millis(store, COMMON, repeats, 20);
        }
        List<String> plans = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url.startsWith("jdbc:h2:")
                ? url + ";DB_CLOSE_ON_EXIT=FALSE" : url)) {
            byte[] from = ("meeting#" + rare).getBytes(StandardCharsets.UTF_8);
            byte[] to = Arrays.copyOf(from, from.length);
            to[to.length - 1]++;
            // the statements MeetingSearch runs: a rare word's versions by the term index, their dates by their key,
            // and the walk by date of a common word
            plans.add("terms:" + plan(connection, "SELECT seq FROM record_term WHERE term >= ? AND term < ?",
                    "record_term", from, to));
            plans.add("versions:" + plan(connection, "SELECT v.seq, v.sort_day, v.natural_key FROM record_version v "
                    + "WHERE v.seq IN (?, ?) AND v.record_type = 'meeting' AND v.retired_by IS NULL "
                    + "AND v.change NOT IN ('retract', 'merge')", "record_version", 1L, 2L));
            plans.add("walk:" + plan(connection, "SELECT v.natural_key, v.sort_day, v.content FROM record_version v "
                    + "WHERE v.record_type = 'meeting' AND v.retired_by IS NULL AND v.change NOT IN ('retract', 'merge') "
                    + "ORDER BY v.record_type, v.sort_day, v.natural_key LIMIT 85", "record_version"));
            if (url.startsWith("jdbc:h2:")) {
                connection.createStatement().execute("SHUTDOWN");
            }
        }
        boolean indexed = plans.stream().noneMatch(plan -> plan.endsWith(":SCAN") || plan.endsWith(":SORTED"));
        System.out.printf(Locale.ROOT, "%.1f %.1f %s %s%n", rareMillis, commonMillis, indexed ? "yes" : "NO",
                String.join(",", plans));
    }

    private static MeetingQuery query(String words) {
        return new MeetingQuery(null, null, null, null, null, words, null, null, 20);
    }

    private static double millis(Store store, String word, int repeats, int expected) {
        double[] millis = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long started = System.nanoTime();
            Page<Meeting> page = store.searchMeetings(query(word));
            millis[i] = (System.nanoTime() - started) / 1e6;
            if (page.items().size() != expected) {
                throw new IllegalStateException("search for " + word + " found " + page.items().size() + ", expected " + expected);
            }
        }
        Arrays.sort(millis);
        return millis[repeats / 2];
    }

    /**
     * How the database reads {@code table} for the statement, in one word: the index's name, {@code SCAN} for a
     * table scan, with {@code :SORTED} when it sorts the rows after reading them instead of reading them in order.
     */
    static String plan(Connection connection, String sql, String table, Object... values) throws SQLException {
        boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        StringBuilder explained = new StringBuilder();
        try (PreparedStatement statement = connection.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    explained.append(result.getString(1)).append('\n');
                }
            }
        }
        String text = explained.toString().replace("\"", "");
        String index;
        boolean sorted;
        if (h2) {
            // H2 names the index it reads a table by in a comment after it, and says "index sorted" when it need not sort
            java.util.regex.Matcher read = java.util.regex.Pattern
                    .compile("PUBLIC\\." + table.toUpperCase(Locale.ROOT) + "(?: V)?\\s+/\\* PUBLIC\\.([A-Za-z0-9_]+)")
                    .matcher(text);
            index = !read.find() ? "unknown" : read.group(1).toLowerCase(Locale.ROOT).contains("scan") ? "SCAN"
                    : read.group(1).toLowerCase(Locale.ROOT);
            sorted = text.contains("ORDER BY") && !text.contains("index sorted");
        } else {
            java.util.regex.Matcher read = java.util.regex.Pattern.compile("Index (?:Only )?Scan using (\\w+)").matcher(text);
            index = read.find() ? read.group(1) : text.contains("Seq Scan") ? "SCAN" : "unknown";
            sorted = text.contains("Sort");
        }
        return index + (sorted ? ":SORTED" : "");
    }
}
