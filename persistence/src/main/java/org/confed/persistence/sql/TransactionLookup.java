package org.confed.persistence.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Membership;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.rules.RecordLookup;
import org.confed.persistence.text.NaturalKey;
import org.jdbi.v3.core.Handle;

/**
 * What the rules need to know, read through one open handle: inside a write it sees the records written earlier in
 * the same transaction, which is how a long write checks each chunk against the chunks before it.
 */
public final class TransactionLookup implements RecordLookup {
    /** The most keys bound in one {@code IN} list. */
    static final int MAX_IN_LIST = 1000;

    private final Handle handle;
    private final Tables tables;

    public TransactionLookup(Handle handle, Tables tables) {
        this.handle = handle;
        this.tables = tables;
    }

    @Override
    public Set<RecordKey> existing(Collection<RecordKey> keys) {
        Map<String, Map<NaturalKey, RecordKey>> byType = new LinkedHashMap<>();
        for (RecordKey key : keys) {
            if (tables.named(key.type()).isPresent()) {
                byType.computeIfAbsent(key.type(), type -> new HashMap<>()).put(NaturalKey.of(key), key);
            }
        }
        Set<RecordKey> found = new HashSet<>();
        RecordDao records = handle.attach(RecordDao.class);
        byType.forEach((type, wanted) -> {
            List<byte[]> all = new ArrayList<>(wanted.size());
            wanted.keySet().forEach(key -> all.add(key.bytes()));
            for (List<byte[]> part : parts(all)) {
                for (byte[] stored : records.existing(type, part)) {
                    found.add(wanted.get(NaturalKey.fromBytes(stored)));
                }
            }
        });
        return found;
    }

    @Override
    public Optional<Confederation> confederation(ConfederationCode code) {
        return tables.confederations().byCode(handle, code);
    }

    @Override
    public List<Membership> memberships(ConfederationCode confederation) {
        return tables.memberships().of(handle, confederation);
    }

    @Override
    public List<RotatingPresidency> presidencies(ConfederationCode confederation) {
        return tables.presidencies().of(handle, confederation);
    }

    @Override
    public Optional<ActionPlan> plan(PlanId plan) {
        return tables.actionPlans().byId(handle, plan);
    }

    @Override
    public List<PlanEvent> planEvents(PlanId plan) {
        return tables.planEvents().of(handle, plan);
    }

    /** {@code keys} cut in lists short enough to bind. */
    static <T> List<List<T>> parts(List<T> keys) {
        List<List<T>> parts = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += MAX_IN_LIST) {
            parts.add(padded(keys.subList(from, Math.min(keys.size(), from + MAX_IN_LIST))));
        }
        return parts;
    }

    /**
     * The list lengthened to a power of two (or {@link #MAX_IN_LIST}) by repeating its last item, which changes
     * nothing an {@code IN (...)} matches. Each length is another SQL text, kept by Jdbi's and the driver's statement
     * caches: a soak of 120 s grew the heap by 15 MB of them with every length from 1 to 500; this way there are ten.
     */
    public static <T> List<T> padded(List<T> items) {
        int size = items.size();
        if (size == 0) {
            return items;
        }
        int length = Math.min(MAX_IN_LIST, Integer.highestOneBit(size - 1) << 1);
        if (size == 1 || length <= size) {
            return items;
        }
        List<T> padded = new ArrayList<>(length);
        padded.addAll(items);
        T last = items.get(size - 1);
        while (padded.size() < length) {
            padded.add(last);
        }
        return padded;
    }
}
