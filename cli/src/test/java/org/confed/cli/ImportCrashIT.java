package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code confed import} processes killed with SIGKILL at several points of their work on one H2 file: while the new
 * file is being made, at spread points of the write, and right after the commit. After every kill the store opens,
 * holds all of that import or none of it, and takes the next import.
 */
class ImportCrashIT {
    /** Records in each import: enough for the write to take a while, few enough to keep the test short. */
    private static final int RECORDS = 3000;

    @TempDir
    Path dir;

    @Test
    void an_import_killed_at_any_point_leaves_all_of_it_or_none_and_the_store_takes_the_next() throws Exception {
        Jar jar = new Jar(dir);
        Path data = dir.resolve("data");
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        int stored = 0;
        int batch = 0;

        // 1. while the store's file is made: the first import of an empty directory
        Path first = persons(batch++);
        Process creating = jar.command("import", first.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean caughtCreating = awaitFileStartingWith(data, "confed.creating-", creating);
        kill(creating);
        stored = checkAfterKill(jar, stored, "killed while " + (caughtCreating ? "creating the file" : "starting"));
        outcomes.put(caughtCreating ? "while creating the file" : "while starting", stored);

        // 2. at spread points of the write, told by how far the file has grown since the import started (an import
        // of RECORDS persons grows it by about 3.5 MB before its commit): load-proof where a clock would not be
        for (long growth : new long[] {100_000, 400_000, 1_000_000, 2_000_000, 3_000_000}) {
            Path file = persons(batch++);
            long start = Files.size(data.resolve("confed.mv.db"));
            Process importing = jar.command("import", file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            boolean reached = awaitGrowth(data.resolve("confed.mv.db"), start + growth, importing);
            kill(importing);
            int before = stored;
            stored = checkAfterKill(jar, stored, "killed after " + growth + " bytes written");
            outcomes.put("after " + growth / 1000 + " kB" + (reached ? "" : " (had ended)"), stored - before);
        }

        // 3. right after the commit: the summary is printed once the import is written
        Process committed = jar.command("import", persons(batch++).toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(committed.getInputStream(), StandardCharsets.UTF_8))) {
            String summary = out.readLine();
            kill(committed);
            assertEquals("person: " + RECORDS + " inserted, 0 updated, 0 unchanged", summary);
        }
        int beforeCommitted = stored;
        stored = checkAfterKill(jar, stored, "killed after the commit");
        assertEquals(beforeCommitted + RECORDS, stored, "an import that printed its summary is all there");

        // 4. the store takes the next import, whole
        jar.run("import", persons(batch++).toString()).expect(0);
        assertEquals(stored + RECORDS, count(jar), "the import after the kills");

        System.out.println("ImportCrashIT: " + RECORDS + " records an import; records kept by each killed import: " + outcomes);
    }

    /** Opens the store after a kill: it must open, and hold the records before plus none or all of the killed import. */
    private int checkAfterKill(Jar jar, int before, String when) throws Exception {
        int now = count(jar);
        assertTrue(now == before || now == before + RECORDS,
                when + ": the store holds " + now + " records, not " + before + " or " + (before + RECORDS));
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            List<String> names = files.map(path -> path.getFileName().toString()).sorted().toList();
            assertFalse(names.stream().anyMatch(name -> name.endsWith(".trace.db")), when + ": H2 wrote a trace: " + names);
        }
        return now;
    }

    /** The records in the store, through {@code confed export}; it must open the store without complaint. */
    private static int count(Jar jar) throws Exception {
        Cli.Result export = jar.run("export", "--format", "ndjson");
        if (export.exit() == ExitCode.INVALID_INPUT || export.out().isEmpty()) {
            return 0;
        }
        export.expect(0).noLeaks();
        assertEquals("", export.err());
        return (int) export.out().lines().count();
    }

    /** Waits until {@code file} is at least {@code size} bytes, or the process ended. */
    private static boolean awaitGrowth(Path file, long size, Process process) throws IOException, InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (process.isAlive() && System.nanoTime() < until) {
            if (Files.size(file) >= size) {
                return true;
            }
            Thread.sleep(1);
        }
        return false;
    }

    private static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "a killed import did not end");
    }

    /** Waits until a file whose name starts with {@code prefix} is in {@code directory}, or the process ended. */
    private static boolean awaitFileStartingWith(Path directory, String prefix, Process process)
            throws IOException, InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (process.isAlive() && System.nanoTime() < until) {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> files = Files.list(directory)) {
                    if (files.anyMatch(path -> path.getFileName().toString().startsWith(prefix))) {
                        return true;
                    }
                }
            }
            Thread.sleep(1);
        }
        return false;
    }

    /** An NDJSON file of {@link #RECORDS} new persons, their ids unique to this batch. */
    private Path persons(int batch) throws IOException {
        List<String> lines = new ArrayList<>(RECORDS);
        for (int i = 0; i < RECORDS; i++) {
            lines.add("{\"type\":\"person\",\"id\":\"batch-" + batch + "-" + i + "\",\"name\":\"Personne " + batch + "." + i + "\"}");
        }
        return Files.write(dir.resolve("persons-" + batch + ".ndjson"), lines, StandardCharsets.UTF_8);
    }
}
