package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 store that cannot be written: a full file system (a tiny tmpfs), a file size limit ({@code ulimit -f}), a
 * file system made read-only. Each time: exit 3 with the system's reason, no stack trace; the store can still be
 * read where the medium allows it, and once writable again it is exactly as before and takes the next import.
 */
class UnwritableStoreIT {
    @TempDir
    Path dir;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            system("umount", mounted.toString());
        }
    }

    @Test
    void a_file_size_limit_reached_mid_import_is_exit_3_and_leaves_the_store_as_it_was() throws Exception {
        Jar jar = new Jar(dir);
        jar.run("import", persons("first", 500, 100).toString()).expect(0);
        String before = jar.run("export", "--format", "ndjson").expect(0).out();
        long size = Files.size(dir.resolve("data").resolve("confed.mv.db"));
        Path big = persons("big", 4000, 250);

        // ulimit -f counts blocks of 1024 bytes. 4 MB more: room for each of the import's working files (about 2 MB),
        // not for what it adds to the store (several times that, before its commit)
        long blocks = size / 1024 + 4096;
        Cli.Result limited = jar.run(jar.command(List.of("bash", "-c", "ulimit -f " + blocks + " && exec \"$0\" \"$@\""),
                "import", big.toString()), "import under a file size limit").expect(ExitCode.STORE).noLeaks();

        assertTrue(limited.err().startsWith("confed: store unavailable: cannot write H2 file "), limited.err());
        assertTrue(limited.err().strip().endsWith("confed.mv.db: File too large"), limited.err());
        assertEquals(before, jar.run("export", "--format", "ndjson").expect(0).out(), "the store after the refused import");
        jar.run("import", big.toString()).expect(0);
        assertEquals(4500, jar.run("export", "--format", "ndjson").expect(0).out().lines().count());
    }

    @Test
    void a_full_file_system_mid_import_is_exit_3_and_leaves_the_store_as_it_was() throws Exception {
        Path data = mount("size=6m");
        Jar jar = new Jar(dir);
        jar.run("import", persons("first", 500, 100).toString()).expect(0);
        String before = jar.run("export", "--format", "ndjson").expect(0).out();
        assertTrue(Files.exists(data.resolve("confed.mv.db")), "the store is on the tiny file system");
        Path big = persons("big", 8000, 250);

        Cli.Result full = jar.run("import", big.toString()).expect(ExitCode.STORE).noLeaks();

        assertTrue(full.err().startsWith("confed: store unavailable: cannot write H2 file "), full.err());
        assertTrue(full.err().strip().endsWith("confed.mv.db: no space left on the device"), full.err());
        // the full store is still read (opened for reading only), and a write says why it cannot be made
        assertEquals(before, jar.run("export", "--format", "ndjson").expect(0).out(), "the store on the full file system");
        // the refused import's pages may be freed again, inside the store's file too: take whatever room is left on
        // the file system, and write as much as was refused, so the next write cannot fit in either
        Path filler = fillUp(data);
        Cli.Result stillFull = jar.run("import", persons("again", 8000, 250).toString()).expect(ExitCode.STORE).noLeaks();
        assertTrue(stillFull.err().strip().endsWith("confed.mv.db: no space left on the device"), stillFull.err());
        Files.delete(filler);
        system("mount", "-o", "remount,size=256m", data.toString());
        assertEquals(before, jar.run("export", "--format", "ndjson").expect(0).out(), "the store once there is space");
        jar.run("import", big.toString()).expect(0);
        assertEquals(8500, jar.run("export", "--format", "ndjson").expect(0).out().lines().count());
    }

    @Test
    void a_file_system_made_read_only_refuses_with_exit_3_and_keeps_the_store() throws Exception {
        Path data = mount("size=32m");
        Jar jar = new Jar(dir);
        jar.run("import", persons("first", 500, 100).toString()).expect(0);
        String before = jar.run("export", "--format", "ndjson").expect(0).out();
        system("mount", "-o", "remount,ro", data.toString());

        String readOnly = jar.run("export", "--format", "ndjson").expect(0).out();
        Cli.Result write = jar.run("import", persons("more", 10, 10).toString()).expect(ExitCode.STORE).noLeaks();
        Cli.Result elsewhere = jar.run(jar.command("import", persons("more", 10, 10).toString(), "--db",
                "jdbc:h2:file:" + data.resolve("sub").resolve("confed")), "import into a new store").expect(ExitCode.STORE).noLeaks();

        assertEquals(before, readOnly, "a store on a read-only file system is still read");
        assertEquals("confed: store unavailable: cannot write H2 file " + data.resolve("confed.mv.db") + ": it is read-only",
                write.err().strip());
        assertEquals("confed: store unavailable: directory " + data.resolve("sub") + " is read-only", elsewhere.err().strip());
        system("mount", "-o", "remount,rw", data.toString());
        assertEquals(before, jar.run("export", "--format", "ndjson").expect(0).out());
        jar.run("import", persons("after", 10, 10).toString()).expect(0);
    }

    /**
     * A tmpfs on {@code dir/data}, where {@link Jar} keeps its store; the test is skipped where mounting is not allowed
     * (not root), and fails there under {@code CI=true}.
     */
    private Path mount(String options) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", data.toString())
                .redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(mount.waitFor(30, TimeUnit.SECONDS));
        if (mount.exitValue() != 0) {
            // CI runs as root, where mounting works: there a refusal is a failure, never a skip
            String why = "this machine does not let the tests mount a tmpfs (they need root): " + said;
            if ("true".equals(System.getenv("CI"))) {
                org.junit.jupiter.api.Assertions.fail(why + "; under CI=true that is a failure, not a skip");
            }
            Assumptions.abort(why);
        }
        mounted = data;
        return data;
    }

    private static void system(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + said);
    }

    /** NDJSON of {@code count} persons whose names are {@code nameLength} characters long. */
    private Path persons(String batch, int count, int nameLength) throws IOException {
        List<String> lines = new ArrayList<>(count);
        String filler = "é".repeat(nameLength);
        for (int i = 0; i < count; i++) {
            lines.add("{\"type\":\"person\",\"id\":\"" + batch + "-" + i + "\",\"name\":\"" + batch + " " + i + " " + filler + "\"}");
        }
        return Files.write(dir.resolve(batch + ".ndjson"), lines, StandardCharsets.UTF_8);
    }

    /** Writes a file until the file system is full, and returns it. */
    private static Path fillUp(Path directory) throws IOException {
        Path filler = directory.resolve("filler");
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            assertTrue(full.getMessage() == null || full.getMessage().contains("No space left"), String.valueOf(full.getMessage()));
        }
        return filler;
    }
}
