package org.confed.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.flywaydb.core.Flyway;

/**
 * A store of schema V1, as the code of branch {@code main} left it: V1's script (kept in {@code v1/}) and the rows
 * that code wrote, dumped from every table by {@code v1/MakeV1Dump.java.txt} into {@code v1/v1-store.ndjson}
 * (binary columns in hex, every other value as text).
 */
final class V1Store {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One row of the dump. */
    record Row(String table, JsonNode values) {
        String text(String column) {
            return values.get(column).asText();
        }

        /** The row with one column's text replaced. */
        Row with(String column, String text) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = values.deepCopy();
            copy.put(column, text);
            return new Row(table, copy);
        }
    }

    private V1Store() {
    }

    /** Every row of the dump, tables in V1's order (records before their lists, the change log last). */
    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = V1Store.class.getResourceAsStream("/v1/v1-store.ndjson");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                JsonNode row = JSON.readTree(line);
                rows.add(new Row(row.get("table").asText(), row.get("row")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Makes the empty database at {@code url} a V1 store holding the dump's rows, but those {@code left} out. */
    static void make(String url, Predicate<Row> left) throws SQLException {
        make(url, left, UnaryOperator.identity());
    }

    /** As {@link #make(String, Predicate)}, each row first {@code changed}. */
    static void make(String url, Predicate<Row> left, UnaryOperator<Row> changed) throws SQLException {
        StoreLocation location = StoreLocation.parse(url, System.getenv());
        var flyway = Flyway.configure().dataSource(location.driverUrl(), location.user(), location.password())
                .locations("classpath:v1");
        String schema = location.match(file -> null, memory -> null, StoreLocation.Postgres::schema);
        if (schema != null) {
            flyway = flyway.schemas(schema);
        }
        flyway.load().migrate();
        try (Connection connection = DriverManager.getConnection(location.driverUrl(), location.credentials())) {
            for (Row row : rows()) {
                if (!left.test(row)) {
                    insert(connection, changed.apply(row));
                }
            }
            if (location instanceof StoreLocation.H2File) {
                // closed now, so that the store opening it next finds it whole and free
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            }
        }
    }

    private static void insert(Connection connection, Row row) throws SQLException {
        List<String> columns = new ArrayList<>();
        row.values().fieldNames().forEachRemaining(columns::add);
        Map<String, Integer> types = new java.util.HashMap<>();
        Map<String, String> typeNames = new java.util.HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet none = statement.executeQuery("SELECT * FROM " + row.table() + " WHERE 1 = 0")) {
            ResultSetMetaData meta = none.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                types.put(meta.getColumnName(c).toLowerCase(Locale.ROOT), meta.getColumnType(c));
                typeNames.put(meta.getColumnName(c).toLowerCase(Locale.ROOT), meta.getColumnTypeName(c).toLowerCase(Locale.ROOT));
            }
        }
        String sql = "INSERT INTO " + row.table() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            Iterator<String> names = columns.iterator();
            for (int i = 1; names.hasNext(); i++) {
                String column = names.next();
                JsonNode value = row.values().get(column);
                int type = types.get(column);
                if (value.isNull()) {
                    insert.setNull(i, type);
                } else if (type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY) {
                    insert.setBytes(i, HexFormat.of().parseHex(value.asText()));
                } else if (typeNames.get(column).contains("timestamp")) {
                    insert.setObject(i, OffsetDateTime.parse(value.asText()));
                } else if (type == Types.DATE) {
                    insert.setObject(i, LocalDate.parse(value.asText()));
                } else if (type == Types.BIGINT) {
                    insert.setLong(i, Long.parseLong(value.asText()));
                } else if (type == Types.INTEGER) {
                    insert.setInt(i, Integer.parseInt(value.asText()));
                } else {
                    insert.setString(i, value.asText());
                }
            }
            insert.executeUpdate();
        }
    }
}
