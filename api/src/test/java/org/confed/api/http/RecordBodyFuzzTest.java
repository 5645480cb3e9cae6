package org.confed.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.confed.application.json.InvalidRecordException;
import org.confed.application.json.Json;
import org.confed.application.recording.Recording;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.ConfedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The path of a {@code PUT /api/{collection}/{key}} body, driven by Jazzer: first in process (the body parsed by
 * the API's mapper, its key filled from the URL, the record read by the codec), where only the project's own input
 * errors may come out; then over HTTP on a real server, where every answer must be a success or a 4xx problem
 * ({@code application/problem+json}). Replays
 * {@code src/test/resources/org/confed/api/http/RecordBodyFuzzTestInputs/<method>/} under {@code mvn test}.
 */
class RecordBodyFuzzTest {
    private static final List<RecordCollection> COLLECTIONS = RecordCollection.all();
    private static RunningApi api;

    @BeforeAll
    static void start() {
        api = RunningApi.withAesFacts();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @FuzzTest(maxDuration = "60s")
    void any_put_body_becomes_a_record_or_a_4xx_problem(FuzzedDataProvider data) {
        RecordCollection collection = data.pickValue(COLLECTIONS);
        String key = data.consumeString(40);
        byte[] body = data.consumeRemainingAsBytes();

        readInProcess(collection, key, body);

        String segment = Urls.segment(key.isEmpty() ? "x" : key);
        Exchange answer;
        // Jazzer's SSRF detector watches sockets: this one goes to the server under test and nowhere else.
        try (SilentCloseable toTheServer = BugDetectors.allowNetworkConnections(
                (host, port) -> port == api.app.port() && (host.equals("127.0.0.1") || host.equals("localhost")))) {
            answer = put(collection.path() + "/" + segment, body);
        }
        String text = new String(answer.body, StandardCharsets.UTF_8);
        assertTrue(answer.status < 500, () -> answer.status + " for " + new String(body, StandardCharsets.UTF_8) + "\n" + text);
        if (answer.status >= 400) {
            // Not RunningApi's leak check: problems echo the key and values sent, and the fuzzer would learn to send
            // the very words that check looks for. What the server adds of its own is checked in the fixed tests.
            assertTrue(answer.head.contains("\r\nContent-Type: " + Problem.MEDIA_TYPE), answer.head);
            assertEquals(answer.status, readTree(answer.body).path("status").asInt(), text);
        }
    }

    /**
     * One request on its own connection, closed after the answer. A pooled connection would be at the mercy of the
     * idle timeouts while Jazzer instruments classes, and a stale one fails on the client's side, not the server's.
     */
    private static Exchange put(String path, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", api.app.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + RunningApi.TOKEN + "\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            byte[] all = socket.getInputStream().readAllBytes();
            String raw = new String(all, StandardCharsets.ISO_8859_1);
            int split = raw.indexOf("\r\n\r\n");
            assertTrue(split > 0, () -> "no answer to PUT " + path + ": " + raw);
            String head = raw.substring(0, split + 2);
            byte[] rest = java.util.Arrays.copyOfRange(all, split + 4, all.length);
            if (head.toLowerCase(java.util.Locale.ROOT).contains("\r\ntransfer-encoding: chunked")) {
                rest = dechunk(rest);
            }
            return new Exchange(Integer.parseInt(head.substring(9, 12)), head, rest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] dechunk(byte[] chunked) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(chunked, at);
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        throw new AssertionError("a chunked answer cut short");
    }

    /** An answer: its status, its head (status line and headers) and its body. */
    private record Exchange(int status, String head, byte[] body) {
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(byte[] body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new AssertionError("a problem that is not JSON: " + new String(body, StandardCharsets.UTF_8), e);
        }
    }

    private static void readInProcess(RecordCollection collection, String key, byte[] body) {
        try {
            com.fasterxml.jackson.databind.JsonNode node = JsonBodies.parse(body);
            new Recording(new InMemoryRegistry()).read(collection.schema(), node, key);
        } catch (JsonProcessingException | InvalidRecordException | ProblemException | ConfedException e) {
            // the project's own input errors: each becomes a 400 problem
        } catch (IOException e) {
            throw new AssertionError("reading a byte array failed: " + e, e);
        }
    }
}
