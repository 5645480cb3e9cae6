package org.confed.domain.rules;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;
import org.confed.domain.schema.References;

/** What is stored with a batch written over it: a batch record replaces the stored record with its key. */
final class BatchOverStore implements RecordLookup {
    private final Map<RecordKey, ConfedRecord> batch;
    private final RecordLookup stored;

    BatchOverStore(Map<RecordKey, ConfedRecord> batch, RecordLookup stored) {
        this.batch = batch;
        this.stored = stored;
    }

    @Override
    public Set<RecordKey> existing(Collection<RecordKey> keys) {
        Set<RecordKey> found = new HashSet<>(stored.existing(keys.stream().filter(key -> !batch.containsKey(key)).toList()));
        keys.stream().filter(batch::containsKey).forEach(found::add);
        return found;
    }

    @Override
    public <R extends ConfedRecord> Optional<R> record(Class<R> type, RecordKey key) {
        ConfedRecord inBatch = batch.get(key);
        return inBatch != null ? Optional.of(inBatch).filter(type::isInstance).map(type::cast) : stored.record(type, key);
    }

    @Override
    public <R extends ConfedRecord> List<R> referring(Class<R> type, RecordKey target) {
        Map<RecordKey, R> byKey = new LinkedHashMap<>();
        for (R record : stored.referring(type, target)) {
            byKey.put(record.key(), record);
        }
        for (ConfedRecord record : batch.values()) {
            if (type.isInstance(record)) {
                if (References.of(record).stream().anyMatch(reference -> reference.target().equals(target))) {
                    byKey.put(record.key(), type.cast(record));
                } else {
                    byKey.remove(record.key()); // the batch's version no longer refers to the target
                }
            }
        }
        return List.copyOf(byKey.values());
    }
}
