package org.confed.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.Period;
import org.confed.domain.port.PeriodCount;
import org.confed.domain.port.RecordEncoding;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.Versioned;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.persistence.VersionStatements.StoredVersion;
import org.confed.persistence.VersionStatements.Wanted;
import org.jdbi.v3.core.Handle;

/**
 * The records as one open handle sees them: a read transaction of the store, or a write under way, whose own writes it
 * then sees; live, or as they stood after one change set ({@link Seen}). Any record type is read the same way, by its
 * name and key bytes; {@code type} arguments may also be {@link ConfedRecord} itself, for every type at once.
 */
final class StoredRecords implements RecordView {
    private static final Comparator<RecordSchema<?>> BY_NAME = Comparator.comparing(RecordSchema::name);
    /** Merges of merges are followed this far, which no real chain of duplicates reaches. */
    private static final int LONGEST_CHAIN = 32;

    private final Handle handle;
    private final RecordEncoding encoding;
    private final VersionStatements statements;
    private final Seen seen;

    StoredRecords(Handle handle, RecordEncoding encoding) {
        this(handle, encoding, Seen.NOW);
    }

    StoredRecords(Handle handle, RecordEncoding encoding, Seen seen) {
        this.handle = handle;
        this.encoding = encoding;
        this.statements = handle.attach(VersionStatements.class);
        this.seen = seen;
    }

    @Override
    public <R extends ConfedRecord> Optional<Versioned<R>> find(Class<R> type, RecordKey key) {
        Objects.requireNonNull(key, "key");
        if (!type.isAssignableFrom(key.type())) {
            return Optional.empty();
        }
        return statements.seen(key.typeName(), NaturalKey.of(key).bytes(), seen.condition())
                .map(stored -> versioned(type, stored));
    }

    @Override
    public <R extends ConfedRecord> List<Versioned<R>> list(Class<R> type, RecordKey after, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        List<Versioned<R>> page = new ArrayList<>();
        for (RecordSchema<?> schema : typesOf(type)) {
            if (page.size() == limit) {
                break;
            }
            int byType = after == null ? 1 : schema.name().compareTo(after.typeName());
            if (byType < 0) {
                continue;
            }
            byte[] from = byType == 0 ? NaturalKey.of(after).bytes() : new byte[0];
            statements.page(schema.name(), from, limit - page.size(), seen.condition()).forEach(stored -> page.add(versioned(type, stored)));
        }
        return page;
    }

    @Override
    public long count(Class<? extends ConfedRecord> type) {
        return typesOf(type).stream().mapToLong(schema -> statements.count(schema.name(), seen.condition())).sum();
    }

    @Override
    public Set<RecordKey> existing(Collection<RecordKey> keys) {
        Set<RecordKey> found = new LinkedHashSet<>();
        if (seen instanceof Seen.AsOf) {
            keys.stream().filter(key -> find(ConfedRecord.class, key).isPresent()).forEach(found::add);
            return found;
        }
        live(keys).forEach((key, stored) -> {
            if (!stored.withdrawn()) {
                found.add(key);
            }
        });
        return found;
    }

    @Override
    public <R extends ConfedRecord> List<R> referring(Class<R> type, RecordKey target) {
        Objects.requireNonNull(target, "target");
        List<R> found = new ArrayList<>();
        for (RecordSchema<?> schema : typesOf(type)) {
            for (StoredVersion stored : statements.holding(Terms.bytes(Terms.reference(schema.name(), target)), seen.condition())) {
                found.add(type.cast(encoding.decode(stored.content())));
            }
        }
        return found;
    }

    @Override
    public Page<Meeting> searchMeetings(MeetingQuery query) {
        return new MeetingSearch(handle, encoding, seen).search(Objects.requireNonNull(query, "query"));
    }

    @Override
    public List<PeriodCount> countMeetings(ConfederationCode confederation, LocalDate from, LocalDate to, Period period) {
        return new MeetingCounts(handle, seen).count(confederation, from, to, period);
    }

    @Override
    public Optional<RecordKey> mergedInto(RecordKey key) {
        // the merges first: a probe of their key, which finds nothing for almost every record an import names
        RecordKey at = key;
        for (int hop = 0; hop < LONGEST_CHAIN; hop++) {
            Optional<byte[]> target = statements.mergedInto(at.typeName(), NaturalKey.of(at).bytes(), seen.lastChangeSet());
            if (target.isEmpty() || find(ConfedRecord.class, at).isPresent()) {
                break;
            }
            at = new RecordKey(at.type(), NaturalKey.fromBytes(target.get()).parts());
        }
        return at.equals(key) ? Optional.empty() : Optional.of(at);
    }

    /** How many records of every type are stored. */
    long size() {
        return statements.size(seen.condition());
    }

    /** Whether no record at all is stored. */
    boolean isEmpty() {
        return statements.any(seen.condition()).isEmpty();
    }

    /**
     * The live versions of {@code keys}, retractions included: what a write compares its records with. One query
     * for up to {@link InLists#MAX} keys.
     */
    Map<RecordKey, StoredVersion> live(Collection<RecordKey> keys) {
        Map<String, Map<NaturalKey, RecordKey>> byType = new HashMap<>();
        List<Wanted> wanted = new ArrayList<>(keys.size());
        for (RecordKey key : keys) {
            NaturalKey natural = NaturalKey.of(key);
            if (byType.computeIfAbsent(key.typeName(), name -> new HashMap<>()).put(natural, key) == null) {
                wanted.add(new Wanted(key.typeName(), natural.bytes()));
            }
        }
        Map<RecordKey, StoredVersion> found = new HashMap<>();
        for (List<Wanted> part : InLists.parts(wanted)) {
            for (StoredVersion stored : statements.live(part)) {
                found.put(byType.get(stored.recordType()).get(NaturalKey.fromBytes(stored.naturalKey())), stored);
            }
        }
        return found;
    }

    private <R extends ConfedRecord> Versioned<R> versioned(Class<R> type, StoredVersion stored) {
        return new Versioned<>(type.cast(encoding.decode(stored.content())), stored.version());
    }

    /** The record types {@code type} stands for, by name: one, or every type for {@link ConfedRecord}. */
    private static List<RecordSchema<?>> typesOf(Class<? extends ConfedRecord> type) {
        Objects.requireNonNull(type, "type");
        return RecordSchemas.all().stream().filter(schema -> type.isAssignableFrom(schema.javaType())).sorted(BY_NAME).toList();
    }
}
