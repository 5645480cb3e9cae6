package org.confed.application.importing;

import java.io.IOException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.confed.application.format.CsvTable;
import org.confed.application.json.Json;
import org.confed.application.json.JsonErrors;
import org.confed.application.json.JsonWords;

/**
 * Reads NDJSON: one JSON object per line; blank lines and lines starting with {@code //} are skipped. A bad line
 * is a problem at that line and reading goes on with the next, so one import lists every bad line.
 */
final class NdjsonReader {
    /** The longest line read; longer ones are refused unread, so memory stays bounded whatever the input. */
    static final int MAX_LINE = 2 * Json.MAX_STRING;

    private NdjsonReader() {
    }

    static void read(Utf8Input input, CsvTable type, RecordSink sink) throws IOException {
        LineSource lines = new LineSource(input, MAX_LINE);
        while (lines.next()) {
            long line = lines.number();
            if (lines.badText() != null) {
                sink.unreadable(line, null, "the line is " + lines.badText());
                continue;
            }
            if (lines.tooLong()) {
                sink.unreadable(line, null, "the line is " + lines.length() + " characters long, more than the "
                        + MAX_LINE + " a record may take");
                continue;
            }
            String text = lines.text();
            String content = text.strip();
            if (content.isEmpty() || content.startsWith("//")) {
                continue;
            }
            JsonNode node;
            try {
                node = Json.mapper().readTree(text);
            } catch (JsonProcessingException e) {
                sink.unreadable(line, null, "the line " + JsonErrors.describe(e));
                continue;
            }
            if (!node.isObject()) {
                sink.unreadable(line, null, "the line must hold a JSON object, not " + JsonWords.describe(node));
                continue;
            }
            sink.record(line, (ObjectNode) node, type, RecordOrigin.COMPLETE);
        }
    }
}
