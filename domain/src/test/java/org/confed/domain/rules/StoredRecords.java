package org.confed.domain.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Membership;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;

/** A store for the rules to look at, holding the records it is given, the last one of a key winning. */
final class StoredRecords implements RecordLookup {
    private final Map<RecordKey, ConfedRecord> records = new LinkedHashMap<>();

    StoredRecords(Collection<? extends ConfedRecord> stored) {
        stored.forEach(record -> records.put(record.key(), record));
    }

    static StoredRecords of(Collection<? extends ConfedRecord> stored) {
        return new StoredRecords(stored);
    }

    private <R extends ConfedRecord> List<R> all(Class<R> type) {
        return records.values().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public Set<RecordKey> existing(Collection<RecordKey> keys) {
        return keys.stream().filter(records::containsKey).collect(Collectors.toSet());
    }

    @Override
    public Optional<Confederation> confederation(ConfederationCode code) {
        return all(Confederation.class).stream().filter(body -> body.code().equals(code)).findFirst();
    }

    @Override
    public List<Membership> memberships(ConfederationCode confederation) {
        return all(Membership.class).stream().filter(membership -> membership.confederation().equals(confederation)).toList();
    }

    @Override
    public List<RotatingPresidency> presidencies(ConfederationCode confederation) {
        return all(RotatingPresidency.class).stream().filter(term -> term.confederation().equals(confederation)).toList();
    }

    @Override
    public Optional<ActionPlan> plan(PlanId plan) {
        return all(ActionPlan.class).stream().filter(candidate -> candidate.id().equals(plan)).findFirst();
    }

    @Override
    public List<PlanEvent> planEvents(PlanId plan) {
        return all(PlanEvent.class).stream().filter(event -> event.plan().equals(plan)).toList();
    }
}
