package org.confed.application.exporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.confed.application.format.CsvCells;
import org.confed.application.format.CsvTable;
import org.confed.application.format.CsvTable.Column;
import org.confed.application.format.RecordNames;
import org.confed.application.json.RecordJson;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Meeting;
import org.confed.domain.port.RecordView;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.domain.schema.ValueKind;

/**
 * One CSV table of the registry: RFC 4180 with CRLF line ends, UTF-8 without a byte order mark, the header from the
 * table's columns, each cell as {@link CsvCells} writes the record's JSON value, so that an import reads it back the
 * same. Records come a page at a time, in the export's order.
 */
final class CsvWriter {
    private static final RecordJson CODEC = RecordJson.codec();

    private final RecordView registry;

    CsvWriter(RecordView registry) {
        this.registry = registry;
    }

    /** Writes the table into {@code out}, flushed and not closed: it may be a zip archive's entry. */
    void write(CsvTable type, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        List<Column> columns = type.columns();
        writeRow(writer, columns.stream().map(Column::name).toArray(String[]::new));
        if (type instanceof CsvTable.Participants) {
            participants(columns, writer);
        } else if (type instanceof CsvTable.Disputes) {
            disputes(columns, writer);
        } else if (type instanceof CsvTable.Records records) {
            records(records, writer);
        }
        writer.flush();
    }

    private void records(CsvTable.Records table, Writer writer) throws IOException {
        List<Column> columns = table.columns();
        String[] cells = new String[columns.size()];
        for (ConfedRecord record : Pages.of(registry, table.schema().javaType())) {
            ObjectNode json = CODEC.toJson(record);
            for (int i = 0; i < columns.size(); i++) {
                cells[i] = CsvCells.fromJson(columns.get(i).field(), json.get(columns.get(i).name()));
            }
            writeRow(writer, cells);
        }
    }

    // A row per participant: the meeting's id, then the participant's parts.
    private void participants(List<Column> columns, Writer writer) throws IOException {
        String field = CsvTable.participantsField().name();
        String[] cells = new String[columns.size()];
        for (Meeting meeting : Pages.of(registry, Meeting.class)) {
            for (JsonNode participant : items(CODEC.toJson(meeting), field)) {
                cells[0] = meeting.id().value();
                for (int i = 1; i < columns.size(); i++) {
                    cells[i] = CsvCells.fromJson(columns.get(i).field(), participant.get(columns.get(i).name()));
                }
                writeRow(writer, cells);
            }
        }
    }

    // A row per dispute of any record: the record's name, then the dispute's parts, its value as the disputed field's cell.
    private void disputes(List<Column> columns, Writer writer) throws IOException {
        String[] cells = new String[columns.size()];
        String fieldColumn = columns.get(1).name();
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            String field = CsvTable.disputesField(schema).name();
            for (ConfedRecord record : Pages.of(registry, schema.javaType())) {
                for (JsonNode dispute : items(CODEC.toJson(record), field)) {
                    cells[0] = RecordNames.of(record.key());
                    for (int i = 1; i < columns.size(); i++) {
                        FieldSchema cellField = columns.get(i).field();
                        if (cellField.kind() == ValueKind.VALUE_OF) {
                            cellField = schema.field(dispute.get(fieldColumn).asText()).orElseThrow();
                        }
                        cells[i] = CsvCells.fromJson(cellField, dispute.get(columns.get(i).name()));
                    }
                    writeRow(writer, cells);
                }
            }
        }
    }

    private static Iterable<JsonNode> items(ObjectNode record, String field) {
        JsonNode list = record.get(field);
        return list == null ? List.of() : list;
    }

    // RFC 4180: a cell is quoted when it holds a comma, a quote, a line end, or spaces at its ends.
    private static void writeRow(Writer writer, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            String cell = CsvCells.neutralised(cells[i]);
            boolean quote = !cell.isEmpty() && (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0 || cell.charAt(0) == ' ' || cell.charAt(cell.length() - 1) == ' ');
            if (quote) {
                writer.write('"');
                writer.write(cell.replace("\"", "\"\""));
                writer.write('"');
            } else {
                writer.write(cell);
            }
        }
        writer.write("\r\n");
    }
}
