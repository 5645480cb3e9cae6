package org.confed.application.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.confed.application.format.CsvCells;
import org.confed.application.format.CsvTable.Column;
import org.confed.application.format.CsvTable;
import org.confed.application.json.FieldProblem;
import org.confed.application.json.Json;
import org.confed.domain.schema.ValueKind;

/**
 * Reads a CSV file of one type: RFC 4180 (quotes, doubled quotes, line breaks in quoted cells), LF or CRLF, the
 * header as line 1. Rows are numbered by the line they start on. A header naming an unknown column, or lacking a
 * required one, stops the file before its rows; so does broken CSV (an unclosed quote) or text that is not UTF-8,
 * since the rows after it cannot be told apart reliably.
 */
final class CsvRecordsReader {
    // A cell is held whole while it is read: cap it as JSON texts are capped, so one huge cell cannot exhaust memory.
    private static final CsvMapper CSV = CsvMapper.builder(CsvFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Json.MAX_STRING).build())
                    .build())
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** More cells than any record type has columns (or a header names) are counted, not kept. */
    private static final int MAX_CELLS = 1000;

    private CsvRecordsReader() {
    }

    static void read(Utf8Input input, CsvTable type, RecordSink sink) throws IOException {
        Rows rows = new Rows();
        try (CsvParser parser = CSV.getFactory().createParser(input)) {
            parser.setSchema(CsvSchema.emptySchema());
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                sink.problem(1, null, "is empty: a header row of field names is expected (" + type.columnNames() + ")");
                return;
            }
            List<String> cells = new ArrayList<>();
            long headerLine = rows.next(parser, cells);
            if (headerLine < 0) {
                sink.problem(1, null, "is empty: a header row of field names is expected (" + type.columnNames() + ")");
                return;
            }
            List<Column> header = header(type, cells, headerLine, sink);
            if (header == null) {
                return;
            }
            // A record's lists that rows give (a meeting's participants, its disputes) come from elsewhere.
            RecordOrigin origin = type instanceof CsvTable.Records ? RecordOrigin.WITHOUT_LISTS : RecordOrigin.COMPLETE;
            while (true) {
                long rowLine = rows.next(parser, cells);
                if (rowLine < 0) {
                    return;
                }
                if (cells.size() == 1 && cells.get(0).isEmpty()) {
                    continue; // a blank line
                }
                if (rows.count() != header.size()) {
                    sink.unreadable(rowLine, null, "the row has " + rows.count() + " cells but the header has " + header.size()
                            + (rows.count() > header.size() ? " (quote cells that hold a comma)" : ""));
                    continue;
                }
                ObjectNode node = NODES.objectNode();
                List<FieldProblem> problems = new ArrayList<>();
                int valueOf = -1;
                for (int i = 0; i < header.size(); i++) {
                    Column column = header.get(i);
                    if (column.field().kind() == ValueKind.VALUE_OF) {
                        valueOf = i; // read once the cells that say whose value it is are
                        continue;
                    }
                    JsonNode value = CsvCells.toJson(column.field(), cells.get(i), type.name() + "." + column.name(), problems);
                    if (value != null) {
                        node.set(column.name(), value);
                    }
                }
                if (valueOf >= 0 && type instanceof CsvTable.Disputes disputes) {
                    Column column = header.get(valueOf);
                    String cell = cells.get(valueOf);
                    JsonNode value = disputes.disputedField(node)
                            .map(field -> CsvCells.toJson(field, cell, type.name() + "." + column.name(), problems))
                            .orElseGet(() -> cell == null || cell.isBlank() ? null : NODES.textNode(cell));
                    if (value != null) {
                        node.set(column.name(), value);
                    }
                }
                if (!problems.isEmpty()) {
                    for (FieldProblem problem : problems) {
                        sink.unreadable(rowLine, problem.field(), problem.message());
                    }
                    continue;
                }
                sink.record(rowLine, node, type, origin);
            }
        } catch (Utf8Input.InvalidTextException e) {
            sink.problem(e.line(), null, "the text is " + e.getMessage() + "; the rest of the file was not read");
        } catch (StreamConstraintsException e) {
            sink.problem(rows.current(), null, "a cell of this row holds a text longer than the " + Json.MAX_STRING
                    + " characters allowed; the rest of the file was not read");
        } catch (JsonProcessingException e) {
            String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (original.contains("closing quote")) {
                sink.problem(rows.current(), null, "a quoted cell opened in this row is never closed; the rest of the file was not read");
            } else {
                sink.problem(rows.current(), null, "is not valid CSV (" + original.lines().findFirst().orElse("")
                        + "); the rest of the file was not read");
            }
        }
    }

    /** Reads rows, remembering where the current one starts even when it breaks off. */
    private static final class Rows {
        private long start = 1;
        private long lastEnd;
        private long count;

        // Reads one row into cells; returns the line it starts on, or -1 at the end.
        long next(CsvParser parser, List<String> cells) throws IOException {
            cells.clear();
            start = lastEnd + 1; // until its first cell is read: the line after the last row
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_ARRAY) {
                return -1;
            }
            boolean first = true;
            count = 0;
            while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                if (first) {
                    start = parser.currentTokenLocation().getLineNr();
                    first = false;
                }
                count++;
                if (count <= MAX_CELLS) {
                    // past that, a row is refused anyway: only its count matters
                    cells.add(CsvCells.restored(parser.getText()));
                }
            }
            lastEnd = parser.currentTokenLocation().getLineNr();
            return first ? lastEnd : start;
        }

        long current() {
            return start;
        }

        /** How many cells the last row read has, including those not kept. */
        long count() {
            return count;
        }
    }

    // The columns named by the header, or null (after reporting why) when the header is unusable.
    private static List<Column> header(CsvTable type, List<String> names, long line, RecordSink sink) {
        List<Column> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (names.stream().allMatch(String::isBlank)) {
            sink.problem(line, null, "the header row is blank: the first row names the fields (" + type.columnNames() + ")");
            return null;
        }
        boolean bad = false;
        for (int index = 0; index < names.size(); index++) {
            String name = names.get(index).strip();
            Column column = type.column(name).orElse(null);
            if (name.isEmpty()) {
                sink.problem(line, null, "column " + (index + 1) + " of the header has no name (the columns of " + type.name()
                        + ": " + type.columnNames() + ")");
                bad = true;
            } else if (column == null) {
                sink.problem(line, type.name() + "." + name, "is not a column of " + type.name() + " (its columns: "
                        + type.columnNames() + ")");
                bad = true;
            } else if (!seen.add(name)) {
                sink.problem(line, type.name() + "." + name, "is a column twice");
                bad = true;
            } else {
                columns.add(column);
            }
        }
        for (Column column : type.columns()) {
            if (column.required() && !seen.contains(column.name())) {
                sink.problem(line, type.name() + "." + column.name(), "is required, but the header has no such column");
                bad = true;
            }
        }
        return bad ? null : columns;
    }
}
