package org.confed.application.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confed.application.recording.NoSuchRecordException;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.ChangeQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.Registry;

/**
 * What the registry said, and when: the change log read back, one record's history, and the registry as recorded at
 * an instant, which every question can be asked of ("who presided on 2024-11-06, as we had it on 2026-12-01?").
 */
public final class History {
    private final Registry registry;

    /**
     * The history of one registry.
     *
     * @param registry the registry
     */
    public History(Registry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * A page of the change log, newest first.
     *
     * @param query the filters, the cursor and the page size
     * @return the entries, with whether older ones follow
     */
    public Page<ChangeEntry> changes(ChangeQuery query) {
        return registry.changes(query);
    }

    /**
     * Every version of one record, oldest first, retractions and merges included.
     *
     * @param key the record
     * @return its entries
     * @throws NoSuchRecordException when the log holds nothing about it: it was never written
     */
    public List<ChangeEntry> of(RecordKey key) {
        List<ChangeEntry> entries = registry.changesOf(key);
        if (entries.isEmpty()) {
            throw new NoSuchRecordException(key);
        }
        return entries;
    }

    /**
     * The registry to ask: as it stands, or as recorded at an instant.
     *
     * @param recorded the instant, or empty for now
     * @return the view to ask
     */
    public RecordView view(Optional<Instant> recorded) {
        return recorded.<RecordView>map(registry::asRecorded).orElse(registry);
    }
}
