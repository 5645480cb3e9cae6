package org.confed.application.importing;

import static org.confed.application.importing.Imports.inStoreOrder;
import static org.confed.application.importing.Imports.contents;
import static org.confed.application.importing.Imports.problems;
import static org.confed.application.importing.Imports.run;
import static org.confed.application.importing.Imports.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.confed.application.format.CsvTable;
import org.confed.application.format.FileFormat;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonImportTest {
    @TempDir
    Path spill;

    @Test
    void an_array_of_records_and_a_records_wrapper_both_import() {
        String records = String.join(",\n", AesFacts.all().stream().map(Imports::line).toList());
        InMemoryRegistry fromArray = new InMemoryRegistry();
        InMemoryRegistry fromWrapper = new InMemoryRegistry();

        ImportReport array = run(fromArray, spill, text("a.json", "[\n" + records + "\n]\n"));
        ImportReport wrapper = run(fromWrapper, spill, text("w.json", "{\"records\": [\n" + records + "\n]}"));

        assertEquals(List.of(), problems(array));
        assertEquals(List.of(), problems(wrapper));
        assertEquals(inStoreOrder(AesFacts.all()), contents(fromArray));
        assertEquals(inStoreOrder(AesFacts.all()), contents(fromWrapper));
    }

    @Test
    void each_record_is_reported_at_the_line_its_object_starts() {
        String json = "[\n"
                + "  {\"type\": \"state\", \"code\": \"MLI\", \"name\": \"Mali\"},\n"
                + "  {\n"
                + "    \"type\": \"state\",\n"
                + "    \"code\": \"mli\"\n"
                + "  },\n"
                + "  42,\n"
                + "  {\"type\": \"nation\"}\n"
                + "]\n";

        ImportReport report = run(new InMemoryRegistry(), spill, text("s.json", json));

        assertEquals(List.of(
                "s.json:3: state.code: \"mli\" is not a valid state code (for example MLI)",
                "s.json:3: state.name: is required",
                "s.json:7: a record must be a JSON object, not the number 42",
                "s.json:8: record.type: \"nation\" is not a record type (one of source, state, confederation, person, post,"
                        + " meeting, instrument, membership, office_term, presidency, action_plan, plan_event)"), problems(report));
        assertEquals(4, report.recordsRead());
    }

    @Test
    void broken_json_stops_the_file_at_its_line_after_the_records_before_it() {
        String json = "[\n{\"type\": \"state\", \"code\": \"MLI\", \"name\": \"Mali\"},\n{\"type\": \"state\",, }\n]";
        InMemoryRegistry registry = new InMemoryRegistry();

        ImportReport report = run(registry, spill, Imports.skip(), text("b.json", json));

        assertEquals(List.of("b.json:3: the file is not valid JSON: Unexpected character (',' (code 44)): was expecting double-quote"
                + " to start field name; the rest of the file was not read"), problems(report));
        assertEquals(1, registry.count(State.class));
    }

    @Test
    void an_unknown_top_level_field_is_a_problem() {
        ImportReport report = run(new InMemoryRegistry(), spill, text("u.json", "{\"rows\": []}"));

        assertEquals(List.of("u.json:1: rows: is not expected here: a JSON file holds {\"records\": [...]}, an array, or a Popolo"
                + " document (persons, organizations, memberships, posts, events)"), problems(report));
    }

    @Test
    void json_nested_ten_thousand_deep_is_a_problem_not_a_crash() {
        String deep = "[" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "]";

        ImportReport report = run(new InMemoryRegistry(), spill, text("d.json", deep));

        assertEquals(List.of("d.json:1: the file is nested deeper than the 64 levels allowed; the rest of the file was not read"),
                problems(report));
    }

    @Test
    void a_ten_megabyte_text_is_refused_while_parsing_without_holding_it() {
        long size = 10L * 1024 * 1024;
        byte[] head = "[{\"type\":\"source\",\"id\":\"big\",\"excerpt\":\"".getBytes(StandardCharsets.UTF_8);
        InputStream huge = new InputStream() {
            private long position;

            @Override
            public int read() {
                long at = position++;
                if (at < head.length) {
                    return head[(int) at];
                }
                return at < size ? 'a' : at == size ? '"' : at == size + 1 ? '}' : at == size + 2 ? ']' : -1;
            }
        };

        ImportReport report = new Importer(new InMemoryRegistry(), spill).run(
                List.of(new ImportSource("big.json", FileFormat.JSON, Optional.empty(), () -> huge)), Imports.skip());

        assertEquals(List.of("big.json:1: the file holds a text longer than the 1000000 characters allowed; the rest of the file"
                + " was not read"), problems(report));
    }

    @Test
    void an_empty_file_is_a_problem() {
        ImportReport report = run(new InMemoryRegistry(), spill, text("e.json", "  \n"));

        assertEquals(List.of("e.json:1: is empty: expected a JSON array of records or {\"records\": [...]}"), problems(report));
    }
}
