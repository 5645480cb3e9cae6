package org.confed.application.importing;

import static org.confed.application.importing.Imports.bytes;
import static org.confed.application.importing.Imports.ndjson;
import static org.confed.application.importing.Imports.problems;
import static org.confed.application.importing.Imports.run;
import static org.confed.application.importing.Imports.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.confed.application.format.CsvTable;
import org.confed.application.format.FileFormat;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NdjsonImportTest {
    private static final String MALI = "{\"type\":\"state\",\"code\":\"MLI\",\"name\":\"Mali\"}";
    private static final String NIGER = "{\"type\":\"state\",\"code\":\"NER\",\"name\":\"Niger\"}";

    @TempDir
    Path spill;

    @Test
    void blank_lines_and_comment_lines_are_skipped_and_lines_keep_their_numbers() {
        InMemoryRegistry registry = new InMemoryRegistry();

        ImportReport report = run(registry, spill, text("s.jsonl", "// states\n\n" + MALI + "\n   \n  // more\n"
                + "{\"type\":\"state\",\"code\":\"BFA\"}\n"));

        assertEquals(List.of("s.jsonl:6: state.name: is required"), problems(report));
        assertEquals(2, report.recordsRead());
        assertEquals(1, report.rejected());
    }

    @Test
    void a_bad_line_is_a_problem_at_its_line_and_reading_goes_on() {
        ImportReport report = run(new InMemoryRegistry(), spill, text("s.ndjson", MALI + "\n{\"type\":\"state\",\n" + "[1,2]\n"
                + "{\"type\":\"state\",\"code\":\"NER\",\"name\":\"Niger\"} trailing\n" + NIGER + "\n"
                + "{\"type\":\"state\",\"code\":\"BFA\",\"code\":\"BFA\",\"name\":\"Burkina Faso\"}\n"));

        assertEquals(List.of(
                "s.ndjson:2: the line ends before its JSON value is complete (was it cut short?)",
                "s.ndjson:3: the line must hold a JSON object, not a list",
                "s.ndjson:4: the line is not valid JSON: Unrecognized token 'trailing': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "s.ndjson:6: the line names a field twice: Duplicate field 'code'"), problems(report));
        assertEquals(6, report.recordsRead());
    }

    @Test
    void crlf_line_ends_and_a_byte_order_mark_are_accepted() {
        InMemoryRegistry registry = new InMemoryRegistry();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (MALI + "\r\n" + NIGER + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);

        ImportReport report = run(registry, spill, bytes("s.ndjson", content));

        assertEquals(List.of(), problems(report));
        assertEquals(2, registry.count(State.class));
    }

    @Test
    void bytes_that_are_not_utf8_are_a_problem_at_their_line_not_a_replacement_character() {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes((MALI + "\n").getBytes(StandardCharsets.UTF_8));
        content.writeBytes("{\"type\":\"state\",\"code\":\"NER\",\"name\":\"Ni".getBytes(StandardCharsets.UTF_8));
        content.writeBytes(new byte[] {(byte) 0xE9, 'r'}); // Latin-1 é
        content.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
        content.writeBytes(("{\"type\":\"state\",\"code\":\"BFA\",\"name\":\"Burkina Faso\"}\n").getBytes(StandardCharsets.UTF_8));
        InMemoryRegistry registry = new InMemoryRegistry();

        ImportReport report = run(registry, spill, Imports.skip(), bytes("s.ndjson", content.toByteArray()));

        assertEquals(List.of("s.ndjson:2: the line is not valid UTF-8 (a bad byte 0xE9); save the file as UTF-8"), problems(report));
        assertEquals(2, registry.count(State.class), "the lines around it are read");
    }

    @Test
    void json_nested_ten_thousand_deep_is_a_problem_not_a_crash() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);

        ImportReport report = run(new InMemoryRegistry(), spill, text("d.ndjson", MALI + "\n" + deep + "\n" + NIGER + "\n"));

        assertEquals(List.of("d.ndjson:2: the line is nested deeper than the 64 levels allowed"), problems(report));
    }

    @Test
    void a_ten_megabyte_line_is_refused_unread_and_the_next_line_is_read() {
        long size = 10L * 1024 * 1024;
        byte[] head = "{\"type\":\"source\",\"id\":\"big\",\"excerpt\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\"}\n" + NIGER + "\n").getBytes(StandardCharsets.UTF_8);
        // Streamed, never held: the input makes its bytes as they are read.
        InputStream huge = new InputStream() {
            private long position;

            @Override
            public int read() {
                long at = position++;
                if (at < head.length) {
                    return head[(int) at];
                }
                if (at < size) {
                    return 'a';
                }
                long rest = at - size;
                return rest < tail.length ? tail[(int) rest] : -1;
            }
        };
        InMemoryRegistry registry = new InMemoryRegistry();

        ImportReport report = new Importer(registry, spill).run(
                List.of(new ImportSource("big.ndjson", FileFormat.NDJSON, Optional.empty(), () -> huge)), Imports.skip());

        assertEquals(List.of("big.ndjson:1: the line is " + (size + 2) + " characters long, more than the 2000000 a record may take"),
                problems(report));
        assertEquals(1, registry.count(State.class));
    }

    @Test
    void a_type_given_for_the_input_serves_objects_without_one() {
        InMemoryRegistry registry = new InMemoryRegistry();
        ImportSource source = new ImportSource("states.ndjson", FileFormat.NDJSON, CsvTable.named("state"),
                text("x.ndjson", "{\"code\":\"MLI\",\"name\":\"Mali\"}\n").open());

        ImportReport report = run(registry, spill, source);

        assertEquals(List.of(), problems(report));
        assertEquals(1, registry.count(State.class));
    }

    @Test
    void participants_may_also_come_as_their_own_objects() {
        InMemoryRegistry registry = Imports.aes();
        String row = "{\"type\":\"participant\",\"meeting\":\"" + AesFacts.BAMAKO_SESSION + "\",\"person\":\""
                + AesFacts.BARMOU + "\",\"capacity\":\"Chef d'état-major\"}\n";

        ImportReport report = run(registry, spill, text("p.ndjson", ndjson(List.of()) + row));

        assertEquals(List.of(), problems(report));
        assertEquals(1, registry.find(org.confed.domain.model.Meeting.class,
                org.confed.domain.model.RecordKey.of(Meeting.class, AesFacts.BAMAKO_SESSION)).orElseThrow().record().participants().size());
    }
}
