package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.confed.application.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar as people run it, in processes of its own: serve, stop with a signal, query, import. */
class ConfedJarIT {
    @TempDir
    Path dir;

    private Jar jar() {
        return new Jar(dir);
    }

    @Test
    void serve_loads_the_demo_data_answers_then_stops_cleanly_on_a_signal_and_the_store_answers_queries() throws Exception {
        try (Jar.Server server = jar().serve(ProcessBuilder.Redirect.to(dir.resolve("serve.err").toFile()))) {
            String base = server.base;
            String writes = server.out.readLine();
            HttpClient client = HttpClient.newHttpClient();

            HttpResponse<String> presidency = client.send(HttpRequest.newBuilder(
                    URI.create(base + "api/confederations/AES/presidency?at=2024-11-06")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertEquals("writes: enabled for [default]", writes);
            assertEquals(200, presidency.statusCode(), presidency.body());
            JsonNode term = Json.mapper().readTree(presidency.body());
            assertEquals("MLI", term.get("state").asText());
            assertEquals("Assimi Goïta", term.get("holder").get("name").asText());
            assertTrue(server.stop(), "serve did not stop on SIGTERM");
        }
        String serveErr = Files.readString(dir.resolve("serve.err"));
        assertTrue(serveErr.contains("loaded the AES demo data into the empty store"), serveErr);
        assertTrue(serveErr.contains("confed: stopped; store closed"), serveErr);
        assertTrue(serveErr.contains("store: H2 file " + dir.resolve("data").resolve("confed.mv.db")), serveErr);

        Cli.Result query = jar().run("query", "presidency", "--confederation", "AES", "--at", "2026-01-15").expect(0);

        assertTrue(query.out().contains("state       Burkina Faso (BFA)"), query.out());
    }

    @Test
    void a_store_held_by_a_running_server_is_unavailable_to_another_process() throws Exception {
        try (Jar.Server server = jar().serve(ProcessBuilder.Redirect.DISCARD)) {
            Cli.Result busy = jar().run("query", "members", "--confederation", "AES");

            busy.expect(ExitCode.STORE).noLeaks();
            assertTrue(busy.err().startsWith("confed: store unavailable: "), busy.err());
        }
    }

    @Test
    void version_and_a_bad_file_through_the_jar() throws Exception {
        Files.writeString(dir.resolve("states.csv"), "code,name\nmli,Mali\n");

        Cli.Result version = jar().run("--version").expect(0);
        Cli.Result bad = jar().run("import", "states.csv").expect(ExitCode.INVALID_INPUT).noLeaks();

        assertTrue(version.out().startsWith("confed 2."), version.out());
        assertEquals("states.csv:2: state.code: \"mli\" is not a valid state code (for example MLI)", Cli.lines(bad.err()).get(0));
    }

    @Test
    void every_write_answered_2xx_before_a_kill_of_the_server_is_there_after_a_restart() throws Exception {
        List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Integer> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        try (Jar.Server server = jar().serve(ProcessBuilder.Redirect.DISCARD)) {
            String base = server.base;
            // Four writers keep the server busy; the kill lands while their requests are in flight.
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(new Thread(() -> write(base, writer, acknowledged, unexpected)));
            }
            writers.forEach(Thread::start);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (acknowledged.size() < 200 && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            server.process.destroyForcibly();
            for (Thread writer : writers) {
                writer.join(TimeUnit.SECONDS.toMillis(60));
            }
        }

        jar().run("export", "--format", "ndjson", "--out", "after-kill.ndjson").expect(0);
        String after = Files.readString(dir.resolve("after-kill.ndjson"));

        assertEquals(List.of(), unexpected, "answers other than 201 before the kill");
        assertTrue(acknowledged.size() >= 200, "writes acknowledged before the kill: " + acknowledged.size());
        for (String id : List.copyOf(acknowledged)) {
            assertTrue(after.contains("\"id\":\"" + id + "\""), id + " was acknowledged but is gone after the kill");
        }
    }

    /** PUTs new persons until the server goes away; the ids answered 201 go to {@code acknowledged}. */
    private static void write(String base, int writer, List<String> acknowledged, List<Integer> unexpected) {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; ; i++) {
            String id = "writer-" + writer + "-" + i;
            try {
                HttpResponse<String> put = client.send(HttpRequest.newBuilder(URI.create(base + "api/persons/" + id))
                        .header("Authorization", "Bearer " + Jar.TOKEN).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Écrivain " + i + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (put.statusCode() == 201) {
                    acknowledged.add(id);
                } else {
                    unexpected.add(put.statusCode());
                    return;
                }
            } catch (IOException e) {
                return; // the server is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
