package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.Person;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.State;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.ChangeKind;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.StoreUnavailableException;
import org.confed.domain.port.Versioned;
import org.confed.domain.port.WriteOutcome;
import org.confed.domain.query.AsOf;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A store written by the V1 code (branch {@code main}: the AES facts, the edge cases, then updates by three other
 * actors) opens under V2 with every record as it was, every log entry with its sequence, instant, actor and versions,
 * its writes as change sets, V1's tables gone, and then takes writes as a V2 store does.
 */
class V1StoreOpensUnderV2Test {
    private static final int LOG_ENTRIES = 58;

    @TempDir
    Path directory;

    private TestDatabase database;

    @AfterEach
    void cleanUp() {
        if (database != null) {
            database.cleanUp();
        }
    }

    /**
     * What 1.0's code wrote, last version of each key: 1.0's fixtures with the four updates MakeV1Dump made, as 1.0's
     * codec wrote them ({@code v1/v1-records.ndjson}), read by today's codec: version 1 JSON means the same today.
     */
    private static Map<RecordKey, ConfedRecord> writtenOnMain() throws IOException {
        Map<RecordKey, ConfedRecord> records = new LinkedHashMap<>();
        try (InputStream in = V1StoreOpensUnderV2Test.class.getResourceAsStream("/v1/v1-records.ndjson")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(TestDatabase.ENCODING::decode)
                    .forEach(record -> records.put(record.key(), record));
        }
        return records;
    }

    private String v1Store(TestDatabase.Kind kind) throws Exception {
        database = TestDatabase.of(kind, directory);
        String url = database.newUrl();
        V1Store.make(url, row -> false);
        return url;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void every_record_comes_back_as_main_wrote_it_in_the_same_export(TestDatabase.Kind kind) throws Exception {
        Store store = database(kind);
        Map<RecordKey, ConfedRecord> expected = writtenOnMain();

        List<ConfedRecord> exported = new ArrayList<>();
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            store.list(schema.javaType(), null, 1000).forEach(stored -> exported.add(stored.record()));
        }

        List<ConfedRecord> inOrder = new ArrayList<>(expected.values());
        inOrder.sort(Comparator.comparing((ConfedRecord record) -> RecordSchemas.all().indexOf(RecordSchemas.of(record)))
                .thenComparing(ConfedRecord::key));
        assertEquals(inOrder, exported);
        assertEquals(3, store.find(Person.class, RecordKey.of(Person.class, AesFacts.GOITA)).orElseThrow().version());
        assertEquals(2, store.find(State.class, RecordKey.of(State.class, AesFacts.MLI)).orElseThrow().version());
        assertEquals(expected.size(), store.size());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void the_change_log_keeps_every_entry_with_its_sequence_instant_actor_and_versions(TestDatabase.Kind kind) throws Exception {
        Store store = database(kind);
        List<V1Store.Row> logged = V1Store.rows().stream().filter(row -> row.table().equals("change_log")).toList();

        List<ChangeEntry> entries = store.changes(0, 1000);

        assertEquals(LOG_ENTRIES, logged.size());
        assertEquals(LOG_ENTRIES, entries.size());
        for (int i = 0; i < LOG_ENTRIES; i++) {
            V1Store.Row row = logged.get(i);
            ChangeEntry entry = entries.get(i);
            assertEquals(Long.parseLong(row.text("sequence")), entry.sequence());
            assertEquals(Instant.parse(row.text("committed_at")), entry.at(), "instant of " + entry.sequence());
            assertEquals(new Actor(row.text("actor")), entry.actor());
            assertEquals(row.text("record_type"), entry.key().typeName());
            assertEquals(Long.parseLong(row.text("old_version")), entry.oldVersion());
            assertEquals(Long.parseLong(row.text("new_version")), entry.newVersion());
            assertEquals(entry.oldVersion() == 0 ? ChangeKind.INSERT : ChangeKind.UPDATE, entry.kind());
            assertEquals(TestDatabase.ENCODING.decode(row.text("content")), entry.content(), "content of " + entry.sequence());
        }
        assertEquals(List.of(1L, 2L, 3L), store.changesOf(RecordKey.of(Person.class, AesFacts.GOITA)).stream()
                .map(ChangeEntry::newVersion).toList());
        assertEquals(5, entries.stream().map(ChangeEntry::at).distinct().count(), "five writes on main");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void the_v1_tables_are_gone_and_the_store_works_as_a_v2_store(TestDatabase.Kind kind) throws Exception {
        Store store = database(kind);

        assertFalse(hasTable("change_log"));
        assertFalse(hasTable("meeting_participant"));
        assertTrue(hasTable("record_version"));
        assertEquals(List.of(AesFacts.NIAMEY_SUMMIT, AesFacts.KOULOUBA_AUDIENCE, AesFacts.BAMAKO_SESSION),
                store.searchMeetings(new MeetingQuery(AesFacts.AES, null, null, null, null, "goita", null, null, 10)).items()
                        .stream().map(Meeting::id).toList(), "found by the terms the move wrote");
        assertEquals(AesFacts.MLI, AsOf.presidency(store, AesFacts.AES, AesFacts.day("2024-11-06")).value().orElseThrow().term().state());
        State mali = store.find(State.class, RecordKey.of(State.class, AesFacts.MLI)).orElseThrow().record();
        State sameInOtherOrder = new State(mali.code(), mali.name(), EdgeCases.names("en", "Mali", "fr", "Mali", "bm", "Mali"),
                mali.sources(), null);
        assertEquals(WriteOutcome.UNCHANGED, store.transact(new Actor("test"), session ->
                session.put(org.confed.domain.port.RecordWrite.upsert(sameInOtherOrder))));
        Person goita = store.find(Person.class, RecordKey.of(Person.class, AesFacts.GOITA)).orElseThrow().record();
        Versioned<Person> next = store.put(new Person(goita.id(), goita.name(), "Général d'Armée", goita.sources(), null), 3L,
                new Actor("after-the-move")).stored();
        assertEquals(4, next.version());
        ChangeEntry last = store.changes(LOG_ENTRIES, 10).get(0);
        assertEquals(LOG_ENTRIES + 1, last.sequence());
        assertTrue(last.at().isAfter(store.changes(LOG_ENTRIES - 1, 1).get(0).at()));
        assertEquals(MeetingId.of("G5-busy"), store.referring(Meeting.class, RecordKey.of(Person.class, EdgeCases.OEUVRARD))
                .get(0).id());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void instants_logged_out_of_order_by_concurrent_v1_writers_are_made_to_grow(TestDatabase.Kind kind) throws Exception {
        database = TestDatabase.of(kind, directory);
        url = database.newUrl();
        // the last write (by cli) logged with an instant before the one of the write before it (by analyst)
        Instant analyst = Instant.parse("2025-03-01T09:00:03.123456Z");
        V1Store.make(url, row -> false, row -> row.table().equals("change_log") && row.text("actor").equals("cli")
                ? row.with("committed_at", "2025-03-01T08:00:00Z") : row);
        Store store = database.open(url);

        List<ChangeEntry> entries = store.changes(0, 1000);

        List<ChangeEntry> byCli = entries.stream().filter(entry -> entry.actor().name().equals("cli")).toList();
        assertEquals(3, byCli.size());
        assertEquals(1, byCli.stream().map(ChangeEntry::at).distinct().count(), "still one write");
        assertEquals(analyst.plusNanos(1000), byCli.get(0).at(), "a microsecond after the write before it");
        for (int i = 1; i < entries.size(); i++) {
            assertFalse(entries.get(i).at().isBefore(entries.get(i - 1).at()), "entry " + entries.get(i).sequence());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void a_v1_store_whose_log_lacks_a_record_is_not_moved(TestDatabase.Kind kind) throws Exception {
        database = TestDatabase.of(kind, directory);
        String url = database.newUrl();
        V1Store.make(url, row -> row.table().equals("change_log") && row.text("key_text").equals("moussa-saloua-barmou"));

        StoreUnavailableException refused = assertThrows(StoreUnavailableException.class, () -> database.open(url));

        assertTrue(refused.getMessage().endsWith(" up to date: the V1 table person holds 5 records, of which 4 are the last "
                + "versions its change log holds (4): the store cannot be moved to V2 without losing records"), refused.getMessage());
    }

    private String url;

    private Store database(TestDatabase.Kind kind) throws Exception {
        url = v1Store(kind);
        return database.open(url);
    }

    /** Whether the store's schema has the table, asked on a connection of the test's own. */
    private boolean hasTable(String name) throws Exception {
        StoreLocation location = StoreLocation.parse(url, System.getenv());
        try (Connection connection = DriverManager.getConnection(location.driverUrl(), location.credentials())) {
            DatabaseMetaData metadata = connection.getMetaData();
            for (String spelled : List.of(name, name.toUpperCase(Locale.ROOT))) {
                try (ResultSet tables = metadata.getTables(null, connection.getSchema(), spelled, null)) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
