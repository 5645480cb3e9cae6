package org.confed.domain.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Participant;
import org.confed.domain.model.Person;
import org.confed.domain.model.Post;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.Versioned;
import org.confed.domain.query.SearchWords;
import org.confed.domain.query.TextFold;
import org.confed.domain.schema.References;

/**
 * Reads over stored records and, for a write under way, the records it wrote (which win; a {@code null} is a record
 * it withdrew), with the merges made so far.
 */
final class MemoryView implements RecordView {
    /** Merges of merges are followed this far, which no real chain of duplicates reaches. */
    private static final int LONGEST_CHAIN = 32;

    private final TreeMap<RecordKey, Versioned<ConfedRecord>> stored;
    private final Map<RecordKey, Versioned<ConfedRecord>> written;
    private final Map<RecordKey, RecordKey> merges;

    MemoryView(TreeMap<RecordKey, Versioned<ConfedRecord>> stored, Map<RecordKey, Versioned<ConfedRecord>> written,
               Map<RecordKey, RecordKey> merges) {
        this.stored = stored;
        this.written = written;
        this.merges = merges;
    }

    @Override
    public <R extends ConfedRecord> Optional<Versioned<R>> find(Class<R> type, RecordKey key) {
        Versioned<ConfedRecord> found = written.getOrDefault(key, stored.get(key));
        if (found == null || !type.isInstance(found.record())) {
            return Optional.empty();
        }
        return Optional.of(new Versioned<>(type.cast(found.record()), found.version()));
    }

    @Override
    public <R extends ConfedRecord> List<Versioned<R>> list(Class<R> type, RecordKey after, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return all(type).filter(version -> after == null || version.record().key().compareTo(after) > 0)
                .limit(limit).toList();
    }

    @Override
    public long count(Class<? extends ConfedRecord> type) {
        return all(type).count();
    }

    @Override
    public Set<RecordKey> existing(Collection<RecordKey> keys) {
        Set<RecordKey> found = new HashSet<>();
        for (RecordKey key : keys) {
            if (written.containsKey(key) ? written.get(key) != null : stored.containsKey(key)) {
                found.add(key);
            }
        }
        return found;
    }

    @Override
    public <R extends ConfedRecord> List<R> referring(Class<R> type, RecordKey target) {
        return all(type).map(Versioned::record)
                .filter(record -> References.of(record).stream().anyMatch(reference -> reference.target().equals(target)))
                .toList();
    }

    @Override
    public Optional<RecordKey> mergedInto(RecordKey key) {
        RecordKey at = key;
        for (int hop = 0; hop < LONGEST_CHAIN && merges.containsKey(at) && find(ConfedRecord.class, at).isEmpty(); hop++) {
            at = merges.get(at);
        }
        return at.equals(key) ? Optional.empty() : Optional.of(at);
    }

    @Override
    public Page<Meeting> searchMeetings(MeetingQuery query) {
        Objects.requireNonNull(query, "query");
        List<String> words = TextFold.words(query.text());
        if (query.text() != null && !query.text().isBlank() && words.isEmpty()) {
            return Page.of(List.of(), query.limit()); // punctuation alone names no word, so no meeting
        }
        Predicate<Meeting> matches = meeting -> (query.confederation() == null || query.confederation().equals(meeting.confederation()))
                && (query.from() == null || !meeting.lastDay().isBefore(query.from()))
                && (query.to() == null || !meeting.date().firstDay().isAfter(query.to()))
                && (query.person() == null || meeting.attendedBy(query.person()))
                && (query.kind() == null || query.kind() == meeting.kind())
                && (words.isEmpty() || matchesEveryWord(meeting, words))
                && (query.after() == null || isAfter(meeting, query));
        List<Meeting> found = all(Meeting.class).map(Versioned::record).filter(matches)
                .sorted(Comparator.comparing((Meeting meeting) -> meeting.date().firstDay()).thenComparing(Meeting::id))
                .limit(query.limit() + 1L).toList();
        return Page.of(found, query.limit());
    }

    // each word begins a word of the meeting's own text or of one of its participants' names (a person's, a post's)
    private boolean matchesEveryWord(Meeting meeting, List<String> words) {
        Set<String> text = new HashSet<>(SearchWords.of(meeting));
        for (Participant participant : meeting.participants()) {
            if (participant.person() != null) {
                find(Person.class, RecordKey.of(Person.class, participant.person()))
                        .ifPresent(person -> text.addAll(SearchWords.of(person.record())));
            }
            if (participant.post() != null) {
                find(Post.class, RecordKey.of(Post.class, participant.post()))
                        .ifPresent(post -> text.addAll(SearchWords.of(post.record())));
            }
        }
        return TextFold.matches(text, words);
    }

    private static boolean isAfter(Meeting meeting, MeetingQuery query) {
        int byDate = meeting.date().firstDay().compareTo(query.afterDate());
        return byDate > 0 || byDate == 0 && meeting.id().compareTo(query.after()) > 0;
    }

    private <R extends ConfedRecord> Stream<Versioned<R>> all(Class<R> type) {
        TreeMap<RecordKey, Versioned<ConfedRecord>> merged = new TreeMap<>();
        stored.values().stream().filter(version -> type.isInstance(version.record()))
                .forEach(version -> merged.put(version.record().key(), version));
        written.forEach((key, version) -> {
            if (version == null) {
                merged.remove(key);
            } else if (type.isInstance(version.record())) {
                merged.put(key, version);
            }
        });
        return merged.values().stream().map(version -> new Versioned<>(type.cast(version.record()), version.version()));
    }
}
