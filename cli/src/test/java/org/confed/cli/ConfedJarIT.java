package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.confed.api.format.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar as people run it, in processes of its own: serve, stop with a signal, query, import. */
class ConfedJarIT {
    private static final Pattern SERVING = Pattern.compile("confed serving on (http://127\\.0\\.0\\.1:\\d+/)");
    private static final String TOKEN = "jar-test-token-0123456789";

    @TempDir
    Path dir;

    private static Path jar() {
        Path jar = Path.of(System.getProperty("confed.jar", "target/confed.jar"));
        assertTrue(Files.isRegularFile(jar), "the jar is built before the integration tests: " + jar);
        return jar;
    }

    private ProcessBuilder confed(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("CONFED_DB_URL");
        builder.environment().put("CONFED_DATA_DIR", dir.resolve("data").toString());
        builder.environment().put("CONFED_API_TOKEN", TOKEN);
        return builder;
    }

    /** Runs a command to its end: exit code, stdout, stderr. */
    private Cli.Result run(String... args) throws Exception {
        ProcessBuilder builder = confed(args);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "confed " + String.join(" ", args) + " did not end");
        return new Cli.Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void serve_loads_the_demo_data_answers_then_stops_cleanly_on_a_signal_and_the_store_answers_queries() throws Exception {
        Process server = confed("serve", "--port", "0").redirectError(dir.resolve("serve.err").toFile()).start();
        String base;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            base = awaitUrl(out);
            String writes = out.readLine();
            HttpClient client = HttpClient.newHttpClient();

            HttpResponse<String> presidency = client.send(HttpRequest.newBuilder(
                    URI.create(base + "api/confederations/AES/presidency?at=2024-11-06")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertEquals("writes: enabled for [default]", writes);
            assertEquals(200, presidency.statusCode(), presidency.body());
            JsonNode term = Json.mapper().readTree(presidency.body());
            assertEquals("MLI", term.get("state").asText());
            assertEquals("Assimi Goïta", term.get("holder").get("name").asText());
        } finally {
            server.destroy();
        }
        assertTrue(server.waitFor(60, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
        String serveErr = Files.readString(dir.resolve("serve.err"));
        assertTrue(serveErr.contains("loaded the AES demo data into the empty store"), serveErr);
        assertTrue(serveErr.contains("confed: stopped; store closed"), serveErr);
        assertTrue(serveErr.contains("store: H2 file " + dir.resolve("data").resolve("confed.mv.db")), serveErr);

        Cli.Result query = run("query", "presidency", "--confederation", "AES", "--at", "2026-01-15").expect(0);

        assertTrue(query.out().contains("state       Burkina Faso (BFA)"), query.out());
    }

    private static String awaitUrl(BufferedReader out) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            Matcher serving = SERVING.matcher(line);
            if (serving.find()) {
                return serving.group(1);
            }
        }
        throw new AssertionError("serve ended without printing its URL");
    }

    @Test
    void a_store_held_by_a_running_server_is_unavailable_to_another_process() throws Exception {
        Process server = confed("serve", "--port", "0").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            awaitUrl(out);

            Cli.Result busy = run("query", "members", "--confederation", "AES");

            busy.expect(ExitCode.STORE).noLeaks();
            assertTrue(busy.err().startsWith("confed: store unavailable: "), busy.err());
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void version_and_a_bad_file_through_the_jar() throws Exception {
        Files.writeString(dir.resolve("states.csv"), "code,name\nmli,Mali\n");

        Cli.Result version = run("--version").expect(0);
        Cli.Result bad = run("import", "states.csv").expect(ExitCode.INVALID_INPUT).noLeaks();

        assertTrue(version.out().startsWith("confed 1."), version.out());
        assertEquals("states.csv:2: state.code: \"mli\" is not a valid state code (for example MLI)", Cli.lines(bad.err()).get(0));
    }

    @Test
    void every_write_answered_2xx_before_a_kill_of_the_server_is_there_after_a_restart() throws Exception {
        Process server = confed("serve", "--port", "0").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Integer> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String base = awaitUrl(out);
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
            server.destroyForcibly();
            for (Thread writer : writers) {
                writer.join(TimeUnit.SECONDS.toMillis(60));
            }
        } finally {
            server.destroyForcibly();
            server.waitFor(60, TimeUnit.SECONDS);
        }

        run("export", "--format", "ndjson", "--out", "after-kill.ndjson").expect(0);
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
                        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
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
