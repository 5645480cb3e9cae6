package org.confed.api.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.confed.domain.port.StoreUnavailableException;
import org.junit.jupiter.api.Test;

/** {@code POST /api/backup}: the store's backup as a zip, for token holders only; 501 where the store has none. */
class BackupRouteTest {
    private static final byte[] ZIP = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};

    @Test
    void a_token_holder_gets_the_backup_and_the_server_keeps_no_copy() throws Exception {
        List<Path> written = new ArrayList<>();
        BackupSource source = file -> {
            written.add(file);
            Files.write(file, ZIP);
        };
        try (RunningApi api = RunningApi.start(RunningApi.aesRegistry(), RunningApi.config(), source)) {
            RunningApi.Answer backup = api.send("POST", "/api/backup", null, "Authorization", "Bearer " + RunningApi.TOKEN);

            assertEquals(200, backup.status(), backup.text());
            assertEquals("application/zip", backup.contentType());
            assertArrayEquals(ZIP, backup.body());
            assertEquals(1, written.size());
            assertFalse(Files.exists(written.get(0)), "the server's copy is deleted once sent");
        }
    }

    @Test
    void without_a_valid_token_it_is_401_and_no_backup_is_taken() {
        List<Path> written = new ArrayList<>();
        try (RunningApi api = RunningApi.start(RunningApi.aesRegistry(), RunningApi.config(), written::add)) {
            RunningApi.Answer none = api.send("POST", "/api/backup", null);
            RunningApi.Answer wrong = api.send("POST", "/api/backup", null, "Authorization", "Bearer not-the-token-0123456789");

            assertEquals(401, none.status());
            assertEquals(401, wrong.status());
            assertEquals(List.of(), written);
        }
    }

    @Test
    void a_store_without_a_backup_of_its_own_answers_501_pointing_to_pg_dump() {
        try (RunningApi api = RunningApi.withAesFacts()) {
            RunningApi.Answer backup = api.send("POST", "/api/backup", null, "Authorization", "Bearer " + RunningApi.TOKEN);

            assertEquals(501, backup.status());
            assertTrue(backup.json().get("detail").asText().contains("back it up with pg_dump"), backup.text());
        }
    }

    @Test
    void a_backup_that_fails_is_a_503_problem_and_leaves_no_file() {
        List<Path> written = new ArrayList<>();
        BackupSource failing = file -> {
            written.add(file);
            Files.write(file, new byte[] {'P', 'K'});
            throw new StoreUnavailableException("cannot write /srv/backup.zip: no space left on the device", null);
        };
        try (RunningApi api = RunningApi.start(RunningApi.aesRegistry(), RunningApi.config(), failing)) {
            RunningApi.Answer backup = api.send("POST", "/api/backup", null, "Authorization", "Bearer " + RunningApi.TOKEN);

            assertEquals(503, backup.status(), backup.text());
            assertFalse(Files.exists(written.get(0)));
        }
    }
}
