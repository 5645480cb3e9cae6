package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups as an operator takes them: {@code confed backup --server} from a server busy with writes, restored by
 * {@code confed restore}; and PostgreSQL's {@code pg_dump} / {@code pg_restore}, as the README tells.
 */
class BackupIT {
    @TempDir
    Path dir;

    @Test
    void a_backup_taken_through_a_busy_server_restores_to_a_store_holding_every_write_answered_before_it() throws Exception {
        Jar jar = new Jar(dir);
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> before = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Cli.Result backup;
        try (Jar.Server server = jar.serve(ProcessBuilder.Redirect.DISCARD)) {
            Thread writer = new Thread(() -> write(server.base, acknowledged, writing));
            writer.start();
            while (acknowledged.size() < 50 && writer.isAlive()) {
                Thread.onSpinWait();
            }
            before.addAll(List.copyOf(acknowledged));
            backup = jar.run("backup", "live.zip", "--server", server.base);
            writing.set(false);
            writer.join(TimeUnit.SECONDS.toMillis(60));

            HttpResponse<String> stillServing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.base + "api/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, stillServing.statusCode(), "the server after the backup");
        }
        backup.expect(0).noLeaks();
        Jar restored = new Jar(dir.resolve("elsewhere"));
        restored.run("restore", dir.resolve("live.zip").toString()).expect(0).noLeaks();
        String export = restored.run("export", "--format", "ndjson").expect(0).out();

        assertTrue(backup.out().startsWith("backup: live.zip ("), backup.out());
        assertTrue(export.contains("{\"type\":\"confederation\",\"code\":\"AES\""), "the demo data is in the backup");
        for (String id : before) {
            assertTrue(export.contains("\"id\":\"" + id + "\""), id + " was answered 201 before the backup began, and is not in it");
        }
        // a whole prefix of the writer's sequence: nothing after a gap
        int held = 0;
        while (export.contains("\"id\":\"backup-writer-" + held + "\"")) {
            held++;
        }
        assertEquals(held, export.lines().filter(line -> line.contains("\"id\":\"backup-writer-")).count(),
                "the writes in the backup are a prefix of the writer's");
    }

    @Test
    void a_wrong_token_or_no_server_is_exit_3_and_no_file() throws Exception {
        Jar jar = new Jar(dir);
        try (Jar.Server server = jar.serve(ProcessBuilder.Redirect.DISCARD)) {
            ProcessBuilder wrongToken = jar.command("backup", "b.zip", "--server", server.base);
            wrongToken.environment().put("CONFED_API_TOKEN", "not-the-token-at-all");
            Cli.Result refused = jar.run(wrongToken, "backup with a wrong token").expect(ExitCode.STORE).noLeaks();
            assertTrue(refused.err().contains("refused the backup (401): Authorization does not hold a valid token"), refused.err());
        }
        Cli.Result nobody = jar.run("backup", "b.zip", "--server", "http://127.0.0.1:1/").expect(ExitCode.STORE).noLeaks();

        assertTrue(nobody.err().startsWith("confed: store unavailable: no confed server answers at http://127.0.0.1:1/"), nobody.err());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(path -> path.getFileName().toString().startsWith("b.zip")), "no backup file is left");
        }
    }

    @Test
    void postgresql_pg_dump_and_pg_restore_as_the_readme_tells_give_the_same_export() throws Exception {
        String url = Cli.requirePostgres();
        Matcher parts = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+)\\?(?:.*&)?user=([^&]+).*").matcher(url);
        assertTrue(parts.matches(), "this test reads host, port, database and user from " + url);
        String host = parts.group(1);
        String port = parts.group(2) == null ? "5432" : parts.group(2);
        String database = parts.group(3);
        String user = parts.group(4);
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        String schema = "confed_dump_" + suffix;
        String copy = "confed_restored_" + suffix;
        String storeUrl = url + "&currentSchema=" + schema;
        Jar jar = new Jar(dir).on(storeUrl);
        Files.writeString(dir.resolve("later.ndjson"), "{\"type\":\"person\",\"id\":\"dumped\",\"name\":\"Sauvegardée\"}\n");
        try {
            try (Jar.Server server = jar.serve(ProcessBuilder.Redirect.DISCARD)) {
                // the demo data, loaded by serve; then one more record
                assertTrue(server.base.startsWith("http://"));
            }
            jar.run("import", "later.ndjson").expect(0);
            String original = jar.run("export", "--format", "ndjson").expect(0).out();

            shell("pg_dump", "-h", host, "-p", port, "-U", user, "-Fc", "-n", schema, "-f", dir.resolve("confed.dump").toString(), database);
            shell("createdb", "-h", host, "-p", port, "-U", user, copy);
            shell("pg_restore", "-h", host, "-p", port, "-U", user, "-d", copy, dir.resolve("confed.dump").toString());
            String restoredUrl = url.replace("/" + database + "?", "/" + copy + "?") + "&currentSchema=" + schema;
            String restored = new Jar(dir).on(restoredUrl).run("export", "--format", "ndjson").expect(0).out();

            assertTrue(original.contains("\"id\":\"dumped\""));
            assertEquals(original, restored);
        } finally {
            shell("dropdb", "--if-exists", "-h", host, "-p", port, "-U", user, copy);
            shell("psql", "-h", host, "-p", port, "-U", user, "-d", database, "-c", "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private void shell(String... command) throws IOException, InterruptedException {
        Path log = dir.resolve("shell.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " did not end");
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + ":\n" + read(log));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** PUTs persons backup-writer-0, 1, 2, ... one after the other until told to stop. */
    private static void write(String base, List<String> acknowledged, AtomicBoolean writing) {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; writing.get(); i++) {
            String id = "backup-writer-" + i;
            try {
                HttpResponse<String> put = client.send(HttpRequest.newBuilder(URI.create(base + "api/persons/" + id))
                        .header("Authorization", "Bearer " + Jar.TOKEN).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Écrite " + i + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (put.statusCode() != 201) {
                    throw new AssertionError("PUT " + id + ": " + put.statusCode() + " " + put.body());
                }
                acknowledged.add(id);
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
