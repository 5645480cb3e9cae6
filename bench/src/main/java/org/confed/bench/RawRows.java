package org.confed.bench;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.Random;

/**
 * The yardstick for {@code import_vs_raw_rows}: each line of the NDJSON file as one row under a random 16-byte key in
 * one table of a fresh H2 file (no other index), by JDBC batches of 1,000 with a commit every 10,000 rows, on the
 * settings the store gives an H2 file (commits written before they return). What a database does with the same bytes
 * and no model: the floor under what an import of one row per record could cost.
 */
final class RawRows {
    private static final int BATCH = 1000;
    private static final int ROWS_PER_COMMIT = 10_000;

    private RawRows() {
    }

    /** {@code raw-rows H2_FILE_BASE NDJSON}: prints {@code rows seconds}, the clock started once the table exists. */
    static void main(String... args) throws Exception {
        String url = "jdbc:h2:file:" + args[0] + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
        Random random = new Random(Bench.SEED);
        long rows = 0;
        long started;
        try (Connection connection = DriverManager.getConnection(url, "", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE raw_row (row_key BINARY(16) PRIMARY KEY, content VARCHAR NOT NULL)");
            connection.setAutoCommit(false);
            started = System.nanoTime();
            try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8);
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO raw_row VALUES (?, ?)")) {
                byte[] key = new byte[16];
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    random.nextBytes(key);
                    insert.setBytes(1, key);
                    insert.setString(2, line);
                    insert.addBatch();
                    rows++;
                    if (rows % BATCH == 0) {
                        insert.executeBatch();
                    }
                    if (rows % ROWS_PER_COMMIT == 0) {
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            statement.execute("SHUTDOWN");
        }
        System.out.printf(Locale.ROOT, "%d %.3f%n", rows, (System.nanoTime() - started) / 1e9);
    }
}
