package org.confed.application.importing;

import java.io.IOException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.confed.application.format.CsvTable;
import org.confed.application.format.PopoloTerms;
import org.confed.application.json.Json;
import org.confed.application.json.JsonErrors;
import org.confed.application.json.JsonWords;

/**
 * Reads a {@code .json} file token by token, one record object at a time, so a file of any length takes the
 * memory of its largest record: a JSON array of records, {@code {"records": [...]}}, or a Popolo document
 * (an object of {@code persons}, {@code organizations}, {@code memberships}, {@code posts}, {@code events}).
 * A record that is no object is a problem at its line and reading goes on; broken JSON stops the file there.
 */
final class JsonRecordsReader {
    /** The wrapper field of {@code {"records": [...]}}. */
    static final String RECORDS = "records";

    // Reads one element of a longer document: what follows it is the rest of the document, not trailing garbage.
    private static final ObjectReader ELEMENT = Json.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonRecordsReader() {
    }

    static void read(Utf8Input input, CsvTable type, RecordSink sink) throws IOException {
        try (JsonParser parser = Json.mapper().getFactory().createParser(input)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    sink.problem(1, null, "is empty: expected a JSON array of records or {\"records\": [...]}");
                    return;
                }
                if (first == JsonToken.START_ARRAY) {
                    readRecords(parser, type, sink);
                } else if (first == JsonToken.START_OBJECT) {
                    readWrapper(parser, type, sink);
                } else {
                    sink.problem(line(parser), null, "must hold a JSON array of records or {\"records\": [...]}, not "
                            + parser.getText());
                    return;
                }
                if (parser.nextToken() != null) {
                    sink.problem(line(parser), null, "holds more after the end of its JSON value; the rest was not read");
                }
            } catch (TruncatedRecord e) {
                sink.problem(e.line, null, "the file ends inside the record that starts here (was it cut short?); "
                        + "the rest of the file was not read");
            } catch (JsonProcessingException e) {
                long line = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : line(parser);
                sink.problem(line, null, "the file " + JsonErrors.describe(e) + "; the rest of the file was not read");
            } catch (Utf8Input.InvalidTextException e) {
                sink.problem(e.line(), null, "the text is " + e.getMessage() + "; the rest of the file was not read");
            }
        }
    }

    private static void readWrapper(JsonParser parser, CsvTable type, RecordSink sink) throws IOException {
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonToken value = parser.nextToken();
            if (name.equals(RECORDS) || PopoloTerms.COLLECTIONS.contains(name)) {
                if (value != JsonToken.START_ARRAY) {
                    sink.problem(line(parser), name, "must be a list");
                    parser.skipChildren();
                } else if (name.equals(RECORDS)) {
                    readRecords(parser, type, sink);
                } else {
                    readPopolo(parser, name, sink);
                }
            } else {
                sink.problem(line(parser), name, "is not expected here: a JSON file holds {\"records\": [...]}, an array,"
                        + " or a Popolo document (" + String.join(", ", PopoloTerms.COLLECTIONS) + ")");
                parser.skipChildren();
            }
        }
    }

    private static void readRecords(JsonParser parser, CsvTable type, RecordSink sink) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            long line = line(parser);
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                ObjectNode record;
                try {
                    record = (ObjectNode) ELEMENT.readTree(parser);
                } catch (JsonProcessingException e) {
                    if (JsonErrors.endsEarly(e)) {
                        throw new TruncatedRecord(line); // where the record starts says more than the end of the file
                    }
                    throw e;
                }
                sink.record(line, record, type, RecordOrigin.COMPLETE);
            } else {
                JsonNode other = ELEMENT.readTree(parser);
                sink.unreadable(line, null, "a record must be a JSON object, not " + JsonWords.describe(other));
            }
        }
    }

    private static void readPopolo(JsonParser parser, String collection, RecordSink sink) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            long line = line(parser);
            JsonNode element = ELEMENT.readTree(parser);
            if (!element.isObject()) {
                sink.unreadable(line, collection, "an item must be a JSON object, not " + JsonWords.describe(element));
                continue;
            }
            PopoloReader.read(collection, (ObjectNode) element, line, sink);
        }
    }

    private static long line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** The file ends inside a record: reported at the line the record starts on. */
    private static final class TruncatedRecord extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        TruncatedRecord(long line) {
            super("the file ends inside the record of line " + line, null);
            this.line = line;
        }
    }
}
