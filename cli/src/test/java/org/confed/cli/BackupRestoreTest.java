package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.confed.application.json.RecordJson;
import org.confed.domain.fixtures.AesFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code confed backup} and {@code confed restore} on H2 files: a restored backup exports exactly as the store did. */
class BackupRestoreTest {
    /** The records of the AES demo data: the same as the domain's AES fixtures (DemoDataTest checks it). */
    private static final int DEMO_RECORDS = AesFacts.all().size();

    @TempDir
    Path dir;

    @Test
    void a_restored_backup_exports_what_the_store_held_when_it_was_taken_and_the_replaced_file_is_kept() throws Exception {
        Cli cli = Cli.h2(dir).withDemoData();
        String atBackup = cli.export();

        Cli.Result backup = cli.run("backup", "aes-backup.zip").expect(0).noLeaks();
        cli.file("later.ndjson", "{\"type\":\"person\",\"id\":\"after-backup\",\"name\":\"Après la sauvegarde\"}\n");
        cli.run("import", "later.ndjson").expect(0);
        String later = cli.export();
        Cli.Result restore = cli.run("restore", "aes-backup.zip", "--replace").expect(0).noLeaks();

        assertTrue(backup.out().startsWith("backup: aes-backup.zip (" + DEMO_RECORDS + " records, "), backup.out());
        assertTrue(restore.out().startsWith("restored aes-backup.zip into H2 file "), restore.out());
        assertTrue(restore.out().contains(": " + DEMO_RECORDS + " records\nthe replaced store is kept as "), restore.out());
        assertNotEquals(atBackup, later);
        assertEquals(atBackup, cli.export(), "the restored store");
        Path kept = Path.of(Cli.lines(restore.out()).get(1).substring("the replaced store is kept as ".length()));
        String keptUrl = "jdbc:h2:file:" + kept.toString().substring(0, kept.toString().length() - ".mv.db".length());
        assertEquals(later, cli.runWith(Map.of("CONFED_DB_URL", keptUrl), "export", "--format", "ndjson").expect(0).out(),
                "the replaced store, kept");
    }

    @Test
    void a_backup_restores_into_a_new_store_and_keeps_the_change_log() throws Exception {
        Cli cli = Cli.h2(dir).withDemoData();
        cli.file("update.ndjson", "{\"type\":\"person\",\"id\":\"later\",\"name\":\"Une\"}\n");
        cli.run("import", "update.ndjson").expect(0);
        cli.file("update.ndjson", "{\"type\":\"person\",\"id\":\"later\",\"name\":\"Deux\"}\n");
        cli.run("import", "update.ndjson").expect(0);
        cli.run("backup", "b.zip").expect(0);
        String fresh = "jdbc:h2:file:" + dir.resolve("restored").resolve("confed");

        cli.runWith(Map.of("CONFED_DB_URL", fresh), "restore", "b.zip").expect(0);

        assertEquals(cli.export(), cli.runWith(Map.of("CONFED_DB_URL", fresh), "export", "--format", "ndjson").expect(0).out());
        try (var restored = org.confed.persistence.Store.open(fresh, RecordJson.codec())) {
            var key = org.confed.domain.model.Person.of(org.confed.domain.model.PersonId.of("later"), "x").key();
            assertEquals(2, restored.changesOf(key).size(), "both changes of the person are in the restored change log");
            assertEquals(2, restored.find(org.confed.domain.model.Person.class, key).orElseThrow().version());
        }
    }

    @Test
    void a_store_that_holds_records_is_replaced_only_when_asked() {
        Cli cli = Cli.h2(dir).withDemoData();
        cli.run("backup", "b.zip").expect(0);
        cli.file("more.ndjson", "{\"type\":\"person\",\"id\":\"kept\",\"name\":\"Gardé\"}\n");
        cli.run("import", "more.ndjson").expect(0);
        String before = cli.export();

        Cli.Result refused = cli.run("restore", "b.zip").expect(ExitCode.INVALID_INPUT).noLeaks();

        assertTrue(refused.err().startsWith("confed: H2 file "), refused.err());
        assertTrue(refused.err().contains(" holds " + (DEMO_RECORDS + 1) + " records: add --replace to put the backup in its place"), refused.err());
        assertEquals(before, cli.export());
    }

    @Test
    void what_is_not_a_backup_is_refused_and_nothing_changes() throws Exception {
        Cli cli = Cli.h2(dir).withDemoData();
        String before = cli.export();
        cli.file("text.zip", "not a zip at all\n");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(dir.resolve("other.zip")))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            zip.write("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        cli.run("backup", "good.zip").expect(0);
        byte[] good = Files.readAllBytes(dir.resolve("good.zip"));
        Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(good, good.length / 2));

        for (String file : List.of("missing.zip", "text.zip", "other.zip", "cut.zip")) {
            Cli.Result refused = cli.run("restore", file, "--replace").expect(ExitCode.INVALID_INPUT).noLeaks();
            assertTrue(refused.err().startsWith("confed: ") && refused.err().contains(file), file + ": " + refused.err());
            assertEquals(before, cli.export(), file);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> leftovers = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.contains(".restoring-") || name.contains(".partial") || name.contains("before-restore"))
                    .toList();
            assertEquals(List.of(), leftovers, "files left by refused restores");
        }
    }

    @Test
    void a_failed_backup_leaves_an_earlier_backup_as_it_was() throws Exception {
        Cli cli = Cli.h2(dir).withDemoData();
        cli.run("backup", "b.zip").expect(0);
        byte[] earlier = Files.readAllBytes(dir.resolve("b.zip"));

        Cli.Result nowhere = cli.run("backup", "no-such-dir/b.zip").expect(ExitCode.INVALID_INPUT).noLeaks();

        assertTrue(nowhere.err().contains("cannot write no-such-dir/b.zip: no directory"), nowhere.err());
        assertTrue(java.util.Arrays.equals(earlier, Files.readAllBytes(dir.resolve("b.zip"))));
    }

    @Test
    void postgresql_and_memory_stores_are_pointed_to_their_own_tools() {
        Cli cli = Cli.h2(dir);
        Cli.Result memory = cli.runWith(Map.of("CONFED_DB_URL", "jdbc:h2:mem:backup-test"), "backup", "m.zip")
                .expect(ExitCode.INVALID_INPUT).noLeaks();
        Cli.Result restoreMemory = cli.runWith(Map.of("CONFED_DB_URL", "jdbc:h2:mem:backup-test"), "restore", "m.zip")
                .expect(ExitCode.INVALID_INPUT).noLeaks();

        assertTrue(memory.err().contains("confed backup copies H2 file stores; H2 in memory"), memory.err());
        assertTrue(restoreMemory.err().contains("is kept in memory"), restoreMemory.err());
        assertFalse(Files.exists(dir.resolve("m.zip")));
    }

    @Test
    void postgresql_is_pointed_to_pg_dump() throws Exception {
        try (Cli cli = Cli.of(Cli.Kind.POSTGRESQL, dir)) {
            Cli.Result backup = cli.run("backup", "p.zip").expect(ExitCode.INVALID_INPUT).noLeaks();
            Cli.Result restore = cli.run("restore", "p.zip").expect(ExitCode.INVALID_INPUT).noLeaks();

            assertTrue(backup.err().contains(" is backed up with pg_dump (see the README)"), backup.err());
            assertTrue(restore.err().contains(" is restored with pg_restore (see the README)"), restore.err());
        }
    }
}
