package org.confed.application.recording;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Person;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.RecordView;
import org.confed.domain.schema.References;
import org.confed.domain.schema.Retargeting;

/**
 * Writes that name a person merged into another name the survivor instead: a spreadsheet re-imported after a merge
 * brings the old id back into no record. A record of the merged person itself is not written again: the survivor
 * stands for it. Each id is looked up once per instance, so one instance serves one write.
 */
public final class MergedIds {
    private final RecordView view;
    private final Map<RecordKey, Optional<ConfedRecord>> survivors = new HashMap<>();

    /**
     * Resolves against one view of the registry.
     *
     * @param view the registry as the write sees it
     */
    public MergedIds(RecordView view) {
        this.view = Objects.requireNonNull(view, "view");
    }

    /**
     * A record as it is to be written.
     *
     * @param record a record
     * @return the record naming survivors where it named merged persons; empty when it is itself a merged person
     */
    public Optional<ConfedRecord> resolve(ConfedRecord record) {
        if (record instanceof Person && survivor(record.key()).isPresent()) {
            return Optional.empty();
        }
        ConfedRecord resolved = record;
        for (References.Reference reference : References.of(record)) {
            if (reference.target().type() == Person.class) {
                Optional<ConfedRecord> survivor = survivor(reference.target());
                if (survivor.isPresent()) {
                    resolved = Retargeting.retargeted(resolved, reference.target(), survivor.get());
                }
            }
        }
        return Optional.of(resolved);
    }

    /**
     * The person that stands for a merged one.
     *
     * @param key a person's key
     * @return the survivor's key, or empty when {@code key} was not merged
     */
    public Optional<RecordKey> survivorOf(RecordKey key) {
        return survivor(key).map(ConfedRecord::key);
    }

    private Optional<ConfedRecord> survivor(RecordKey key) {
        return survivors.computeIfAbsent(key, merged -> view.mergedInto(merged)
                .flatMap(into -> view.find(ConfedRecord.class, into)).map(stored -> stored.record()));
    }
}
