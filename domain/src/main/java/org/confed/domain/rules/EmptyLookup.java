package org.confed.domain.rules;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;

enum EmptyLookup implements RecordLookup {
    INSTANCE;

    @Override
    public Set<RecordKey> existing(Collection<RecordKey> keys) {
        return Set.of();
    }

    @Override
    public <R extends ConfedRecord> Optional<R> record(Class<R> type, RecordKey key) {
        return Optional.empty();
    }

    @Override
    public <R extends ConfedRecord> List<R> referring(Class<R> type, RecordKey target) {
        return List.of();
    }
}
