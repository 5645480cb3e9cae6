package org.confed.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;

/**
 * A second process for the tests that need one: it opens a store and either holds it until its input ends
 * ({@code hold URL}), or commits the AES facts and then writes a long batch until it is killed ({@code write URL}),
 * or commits the AES facts and {@value #GROWING_BATCH} meetings, then closes the store, which compacts it
 * ({@code grow URL}), or only tries to open it ({@code open URL}, run as another user). It reports on standard output:
 * {@code OPEN}, {@code COMMITTED}, {@code AT n}, {@code CLOSING}, {@code CLOSED}, {@code REFUSED message}.
 */
public final class StoreChild {
    static final int LONG_BATCH = 200_000;
    /** Enough meetings in one write for the file to grow past {@link GrowthSinceOpening#COMPACT_AFTER_GROWTH}. */
    static final int GROWING_BATCH = 20_000;

    private StoreChild() {
    }

    public static void main(String[] arguments) throws IOException {
        String mode = arguments[0];
        String url = arguments[1];
        if (mode.equals("open")) {
            try (Store store = Store.open(url, TestDatabase.ENCODING)) {
                System.out.println("OPEN");
            } catch (org.confed.domain.port.StoreUnavailableException e) {
                System.out.println("REFUSED " + e.getMessage());
            }
            return;
        }
        try (Store store = Store.open(url, TestDatabase.ENCODING)) {
            System.out.println("OPEN");
            System.out.flush();
            if (mode.equals("hold")) {
                BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                while (input.readLine() != null) {
                    // held until the test closes our input
                }
                return;
            }
            store.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor("child"));
            System.out.println("COMMITTED");
            System.out.flush();
            if (mode.equals("grow")) {
                store.write(Generated.meetings(GROWING_BATCH, n -> { }), new Actor("child"));
                System.out.println("CLOSING " + store.compactsOnClose());
                System.out.flush();
                store.close();
                System.out.println("CLOSED");
                return;
            }
            // one write, a chunk at a time as an import writes: each AT line follows records already sent to the database
            store.transact(new Actor("child"), session -> {
                Generated.inChunks(Generated.meetings(LONG_BATCH, n -> { }), Store.DEFAULT_CHUNK_SIZE, (written, chunk) -> {
                    session.putAll(chunk);
                    if (written % 10_000 == 0) {
                        System.out.println("AT " + written);
                        System.out.flush();
                    }
                });
                return null;
            });
            System.out.println("DONE");
        }
    }
}
