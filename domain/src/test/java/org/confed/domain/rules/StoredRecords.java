package org.confed.domain.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;
import org.confed.domain.schema.References;

/** A store for the rules to look at, holding the records it is given, the last one of a key winning. */
final class StoredRecords implements RecordLookup {
    private final Map<RecordKey, ConfedRecord> records = new LinkedHashMap<>();

    StoredRecords(Collection<? extends ConfedRecord> stored) {
        stored.forEach(record -> records.put(record.key(), record));
    }

    static StoredRecords of(Collection<? extends ConfedRecord> stored) {
        return new StoredRecords(stored);
    }

    @Override
    public Set<RecordKey> existing(Collection<RecordKey> keys) {
        return keys.stream().filter(records::containsKey).collect(Collectors.toSet());
    }

    @Override
    public <R extends ConfedRecord> Optional<R> record(Class<R> type, RecordKey key) {
        return Optional.ofNullable(records.get(key)).filter(type::isInstance).map(type::cast);
    }

    @Override
    public <R extends ConfedRecord> List<R> referring(Class<R> type, RecordKey target) {
        return records.values().stream().filter(type::isInstance).map(type::cast)
                .filter(record -> References.of(record).stream().anyMatch(reference -> reference.target().equals(target)))
                .toList();
    }
}
