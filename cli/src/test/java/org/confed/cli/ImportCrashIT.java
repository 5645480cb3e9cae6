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
 * exports exactly what it exported before that import, or that plus the whole import (as a store that was never
 * killed exports it), and takes the next import. A kill point the import never reached fails the test.
 */
class ImportCrashIT {
    /**
     * Records in each import: enough for the write to grow the file well before its commit (H2 saves a long
     * transaction's changes as it goes), few enough to keep the test short.
     */
    private static final int RECORDS = 10_000;

    @TempDir
    Path dir;

    @Test
    void an_import_killed_at_any_point_leaves_all_of_it_or_none_and_the_store_takes_the_next() throws Exception {
        Jar jar = new Jar(dir);
        Path data = dir.resolve("data");
        // the same imports, never killed, into a store of this JVM: what "all of it" must export, byte for byte
        Cli reference = Cli.h2(Files.createDirectories(dir.resolve("reference")));
        Map<String, String> outcomes = new LinkedHashMap<>();
        int batch = 0;

        // 1. while the store's file is made: the first import of an empty directory
        Path first = persons(batch++);
        Process creating = jar.command("import", first.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean caughtCreating = awaitFileStartingWith(data, "confed.creating-", creating);
        kill(creating);
        assertTrue(caughtCreating, "the import ended before its new store's file was seen: this kill point was not reached");
        outcomes.put("while creating the file", checkAfterKill(jar, reference, first, "", "killed while creating the file"));

        // 2. at spread points of the write and of its commit, told by how far the file has grown since the import
        // started: load-proof where a clock would not be. An import of RECORDS persons grows it by about 5 MB before
        // its commit, and by as much again while H2 commits (it marks every row of the write committed, saving as it
        // goes): a kill there must leave none of the import or all of it too.
        for (long growth : new long[] {300_000, 1_200_000, 2_500_000, 4_000_000, 6_000_000, 8_000_000}) {
            Path file = persons(batch++);
            String before = export(jar);
            long start = Files.size(data.resolve("confed.mv.db"));
            Process importing = jar.command("import", file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            boolean reached = awaitGrowth(data.resolve("confed.mv.db"), start + growth, importing);
            kill(importing);
            assertTrue(reached, "the import ended before the file grew by " + growth + " bytes: this kill point was not reached");
            outcomes.put("after " + growth / 1000 + " kB", checkAfterKill(jar, reference, file, before,
                    "killed after " + growth + " bytes written"));
        }

        // 3. right after the commit: the summary is printed once the import is written
        Path last = persons(batch++);
        String beforeCommitted = export(jar);
        Process committed = jar.command("import", last.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(committed.getInputStream(), StandardCharsets.UTF_8))) {
            String summary = out.readLine();
            kill(committed);
            assertEquals("person: " + RECORDS + " inserted, 0 updated, 0 unchanged", summary);
        }
        String afterCommit = checkAfterKill(jar, reference, last, beforeCommitted, "killed after the commit");
        assertEquals("all", afterCommit, "an import that printed its summary is all there");

        // 4. the store takes the next import, whole
        Path next = persons(batch++);
        jar.run("import", next.toString()).expect(0);
        reference.run("import", next.toString()).expect(ExitCode.OK);
        assertEquals(reference.export(), export(jar), "the import after the kills");

        System.out.println("ImportCrashIT: " + RECORDS + " records an import; what each killed import left: " + outcomes);
    }

    /**
     * Opens the store after a kill: it must open without complaint, and export exactly what it exported before the
     * killed import ({@code before}), or that plus the whole of {@code file} as the reference store exports it.
     * Returns "none" or "all"; the reference then holds the same.
     */
    private String checkAfterKill(Jar jar, Cli reference, Path file, String before, String when) throws Exception {
        assertEquals(reference.export(), before, when + ": the reference store was out of step before the kill");
        String now = export(jar);
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            List<String> names = files.map(path -> path.getFileName().toString()).sorted().toList();
            assertFalse(names.stream().anyMatch(name -> name.endsWith(".trace.db")), when + ": H2 wrote a trace: " + names);
        }
        if (now.equals(before)) {
            return "none";
        }
        reference.run("import", file.toString()).expect(ExitCode.OK);
        String whole = reference.export();
        assertEquals(whole, now, when + ": the store holds neither what it held before (" + before.lines().count()
                + " records) nor that plus the whole import (" + whole.lines().count() + "), but " + now.lines().count());
        return "all";
    }

    /** The store's NDJSON export through the jar; it must open the store without complaint. An empty store is "". */
    private static String export(Jar jar) throws Exception {
        Cli.Result export = jar.run("export", "--format", "ndjson");
        if (export.exit() == ExitCode.INVALID_INPUT && export.out().isEmpty()) {
            return "";
        }
        export.expect(0).noLeaks();
        assertEquals("", export.err());
        return export.out();
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
