package org.confed.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Person;
import org.confed.domain.model.Post;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.RecordEncoding;
import org.confed.domain.query.TextFold;
import org.confed.domain.schema.RecordSchemas;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link org.confed.domain.port.RecordView#searchMeetings} over the terms of meeting versions: each word of the query
 * must begin a word term of the meeting, or of a person it refers to; the confederation and person filters are
 * reference terms ({@link MeetingCondition}); dates bound the date index.
 *
 * <p>Two ways, chosen per query by how many versions hold its rarest condition (counted up to {@link #DEFAULT_RARE}):
 * a rare one leads, its versions found by {@code record_term}'s key and then put in date order; when every condition
 * is common, meetings are walked by date, and a page fills after a few rows. Both read each condition off the terms
 * of the meetings they read, so they find the same meetings. The only class of the store that names record types:
 * those {@link MeetingQuery} speaks of.
 */
final class MeetingSearch {
    /** Above this many versions holding it, a condition is common: walking meetings by date finds a page sooner. */
    static final int DEFAULT_RARE = 4096;
    private static final String MEETING = RecordSchemas.of(Meeting.class).name();
    /** The types of participants, whose words find the meetings they took part in. */
    private static final List<Class<? extends ConfedRecord>> PARTICIPANTS = List.of(Person.class, Post.class);
    /** Rows read at a time beyond a page: some are set aside by the conditions checked here. */
    private static final int BATCH = 64;
    /** The most rows a walk reads at a time, however few of them the conditions keep. */
    private static final int MOST_AT_A_TIME = 4096;
    /** Meetings a walk sets aside before it finds the meetings by the term index instead. */
    static final int DEFAULT_WALK_AT_MOST = 2048;
    private static final RowMapper<DatedVersion> ROWS = ConstructorMapper.of(DatedVersion.class);
    private static final RowMapper<Candidate> CANDIDATES = ConstructorMapper.of(Candidate.class);
    private static final Comparator<Candidate> BY_DATE = Comparator.comparing(Candidate::sortDay)
            .thenComparing(Candidate::naturalKey, Arrays::compareUnsigned);
    /** The order of {@link #BY_DATE} and of the date index, of meetings read. */
    private static final Comparator<Meeting> IN_STORED_ORDER = Comparator.comparing((Meeting meeting) -> RecordRow.sortDay(meeting))
            .thenComparing(meeting -> NaturalKey.of(meeting.key()).bytes(), Arrays::compareUnsigned);

    private final Handle handle;
    private final RecordEncoding encoding;
    private final Seen seen;
    private final int rare;
    private final int walkAtMost;

    MeetingSearch(Handle handle, RecordEncoding encoding, Seen seen) {
        this(handle, encoding, seen, DEFAULT_RARE, DEFAULT_WALK_AT_MOST);
    }

    /**
     * With {@code rare}, the most versions a condition may hold to lead (0: always walk by date), and
     * {@code walkAtMost}, the meetings a walk sets aside before it gives up (for tests).
     */
    MeetingSearch(Handle handle, RecordEncoding encoding, Seen seen, int rare, int walkAtMost) {
        this.handle = handle;
        this.encoding = encoding;
        this.seen = seen;
        this.rare = rare;
        this.walkAtMost = walkAtMost;
    }

    /** A dated row of the walk: enough to go on after it. */
    record DatedVersion(byte[] naturalKey, LocalDate sortDay, String content) {
    }

    /** A version holding the leading condition, before its content is read. */
    record Candidate(long seq, LocalDate sortDay, byte[] naturalKey) {
    }

    Page<Meeting> search(MeetingQuery query) {
        List<String> words = TextFold.words(query.text());
        if (query.text() != null && !query.text().isBlank() && words.isEmpty()) {
            return Page.of(List.of(), query.limit()); // punctuation alone names no word, so no meeting
        }
        List<MeetingCondition> conditions = conditions(query, words);
        MeetingCondition leading = null;
        long fewest = Long.MAX_VALUE;
        for (MeetingCondition condition : conditions) {
            long holding = holding(condition);
            if (holding <= rare && holding < fewest) {
                leading = condition;
                fewest = holding;
            }
        }
        if (leading != null) {
            return Page.of(lead(query, conditions, versionsHolding(leading, null)), query.limit());
        }
        List<Meeting> found = walk(query, conditions);
        if (found == null) {
            // common conditions that seldom meet: the versions holding them all, found by the term index
            Set<Long> all = null;
            for (MeetingCondition condition : conditions) {
                all = versionsHolding(condition, all);
            }
            found = lead(query, conditions, all);
        } else if (query.from() != null) {
            // the walk began a short span before the day; meetings spanning longer are marked, and found by the mark
            Set<Long> longOnes = versionsHolding(MeetingCondition.reference(Terms.longSpan(MEETING)), null);
            if (!longOnes.isEmpty()) {
                found = merged(found, lead(query, conditions, longOnes), query.limit() + 1);
            }
        }
        return Page.of(found, query.limit());
    }

    private List<MeetingCondition> conditions(MeetingQuery query, List<String> words) {
        List<MeetingCondition> conditions = new ArrayList<>();
        for (String word : words) {
            conditions.add(MeetingCondition.word(MEETING, word, participantTerms(word)));
        }
        if (query.confederation() != null) {
            conditions.add(MeetingCondition.reference(
                    Terms.reference(MEETING, RecordKey.of(Confederation.class, query.confederation()))));
        }
        if (query.person() != null) {
            conditions.add(MeetingCondition.reference(Terms.reference(MEETING, RecordKey.of(Person.class, query.person()))));
        }
        return conditions;
    }

    /** The reference terms of meetings to each live participant (a person, a post) with a word starting with {@code word}. */
    private Set<String> participantTerms(String word) {
        Set<String> terms = new LinkedHashSet<>();
        for (Class<? extends ConfedRecord> participant : PARTICIPANTS) {
            String type = RecordSchemas.of(participant).name();
            Terms.Range names = Terms.wordsStartingWith(type, word);
            handle.createQuery("SELECT v.natural_key FROM record_term t JOIN record_version v ON v.seq = t.seq "
                            + "WHERE t.term >= :from AND t.term < :to AND v.record_type = :type AND " + seen.condition())
                    .bind("from", names.from()).bind("to", names.to()).bind("type", type)
                    .mapTo(byte[].class)
                    .forEach(key -> terms.add(Terms.reference(MEETING,
                            new RecordKey(participant, NaturalKey.fromBytes(key).parts()))));
        }
        return terms;
    }

    /** How many term rows meet the condition, counted up to one more than {@link #rare}. */
    private long holding(MeetingCondition condition) {
        long count = 0;
        if (condition.words() != null) {
            count += handle.createQuery("SELECT COUNT(*) FROM (SELECT seq FROM record_term "
                            + "WHERE term >= :from AND term < :to LIMIT :most) t")
                    .bind("from", condition.words().from()).bind("to", condition.words().to()).bind("most", rare + 1)
                    .mapTo(Long.class).one();
        }
        for (List<byte[]> part : InLists.parts(condition.exact())) {
            if (count > rare) {
                break;
            }
            count += handle.createQuery("SELECT COUNT(*) FROM (SELECT seq FROM record_term WHERE term IN (<terms>) "
                            + "LIMIT :most) t")
                    .bindList("terms", part).bind("most", rare + 1 - count)
                    .mapTo(Long.class).one();
        }
        return count;
    }

    /**
     * The versions holding the condition, found by {@code record_term}'s key; only those among {@code among} when
     * given.
     */
    private Set<Long> versionsHolding(MeetingCondition condition, Set<Long> among) {
        Set<Long> seqs = new HashSet<>();
        Consumer<Long> keep = among == null ? seqs::add : seq -> {
            if (among.contains(seq)) {
                seqs.add(seq);
            }
        };
        if (condition.words() != null) {
            handle.createQuery("SELECT seq FROM record_term WHERE term >= :from AND term < :to")
                    .bind("from", condition.words().from()).bind("to", condition.words().to())
                    .mapTo(Long.class).forEach(keep);
        }
        for (List<byte[]> part : InLists.parts(condition.exact())) {
            handle.createQuery("SELECT seq FROM record_term WHERE term IN (<terms>)").bindList("terms", part)
                    .mapTo(Long.class).forEach(keep);
        }
        return seqs;
    }

    /** The meetings among versions {@code seqs}, in date order, read and checked a few at a time. */
    private List<Meeting> lead(MeetingQuery query, List<MeetingCondition> conditions, Set<Long> seqs) {
        List<Candidate> candidates = new ArrayList<>();
        for (List<Long> part : InLists.parts(List.copyOf(seqs))) {
            StringBuilder sql = new StringBuilder("SELECT v.seq, v.sort_day, v.natural_key FROM record_version v "
                    + "WHERE v.seq IN (<seqs>) AND ");
            Query statement = handle.createQuery(bounds(sql, query, query.afterDate(), afterKey(query), true).toString())
                    .bindList("seqs", part);
            bindBounds(statement, query, query.afterDate(), afterKey(query), true);
            statement.map(CANDIDATES).forEach(candidates::add);
        }
        candidates.sort(BY_DATE);
        List<Meeting> found = new ArrayList<>();
        int wanted = query.limit() + 1;
        int next = 0;
        while (found.size() < wanted && next < candidates.size()) {
            List<Candidate> batch = candidates.subList(next, Math.min(candidates.size(), next + wanted - found.size() + BATCH));
            next += batch.size();
            Map<Long, String> contents = new HashMap<>();
            handle.createQuery("SELECT seq, content FROM record_version WHERE seq IN (<seqs>)")
                    .bindList("seqs", InLists.padded(batch.stream().map(Candidate::seq).toList()))
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(entry -> contents.put(entry.getKey(), entry.getValue()));
            for (Candidate candidate : batch) {
                keepIfFound(contents.get(candidate.seq()), query, conditions, found, wanted);
            }
        }
        return found;
    }

    /**
     * Meetings in date order, each checked here; the batch grows while the conditions set most rows aside. Gives up
     * ({@code null}) after {@link #walkAtMost} meetings set aside, when conditions that are each common seldom meet.
     */
    private List<Meeting> walk(MeetingQuery query, List<MeetingCondition> conditions) {
        List<Meeting> found = new ArrayList<>();
        long setAside = 0;
        LocalDate afterDay = query.afterDate();
        byte[] afterKey = afterKey(query);
        int wanted = query.limit() + 1;
        int beyond = BATCH;
        while (found.size() < wanted) {
            int batch = wanted - found.size() + beyond;
            StringBuilder sql = new StringBuilder("SELECT v.natural_key, v.sort_day, v.content FROM record_version v WHERE ");
            // record_type first, as in the date index: H2 then reads that index in order instead of sorting every meeting
            bounds(sql, query, afterDay, afterKey, false).append(" ORDER BY v.record_type, v.sort_day, v.natural_key LIMIT :batch");
            Query statement = handle.createQuery(sql.toString()).bind("batch", batch);
            List<DatedVersion> rows = bindBounds(statement, query, afterDay, afterKey, false).map(ROWS).list();
            for (DatedVersion row : rows) {
                if (keepIfFound(row.content(), query, conditions, found, wanted)) {
                    setAside++;
                }
            }
            if (!conditions.isEmpty() && found.size() < wanted && setAside > walkAtMost) {
                return null;
            }
            if (rows.size() < batch) {
                break;
            }
            DatedVersion last = rows.get(rows.size() - 1);
            afterDay = last.sortDay();
            afterKey = last.naturalKey();
            beyond = Math.min(MOST_AT_A_TIME, beyond * 2);
        }
        return found;
    }

    /**
     * Adds the meeting to {@code found} when it meets the query. True when it was set aside by the query's kind or
     * conditions (not by its dates): what makes a walk give up.
     */
    private boolean keepIfFound(String content, MeetingQuery query, List<MeetingCondition> conditions, List<Meeting> found,
                                int wanted) {
        if (content == null || found.size() >= wanted) {
            return false;
        }
        Meeting meeting = (Meeting) encoding.decode(content);
        if (query.from() != null && meeting.lastDay().isBefore(query.from())) {
            return false;
        }
        if (query.kind() != null && query.kind() != meeting.kind()) {
            return true;
        }
        if (!conditions.isEmpty()) {
            Set<String> terms = Terms.of(meeting);
            for (MeetingCondition condition : conditions) {
                if (!condition.metBy(terms)) {
                    return true;
                }
            }
        }
        found.add(meeting);
        return false;
    }

    /** The first {@code wanted} meetings of two lists in date order, each meeting once. */
    private static List<Meeting> merged(List<Meeting> some, List<Meeting> others, int wanted) {
        Map<RecordKey, Meeting> byKey = new HashMap<>();
        some.forEach(meeting -> byKey.put(meeting.key(), meeting));
        others.forEach(meeting -> byKey.put(meeting.key(), meeting));
        return byKey.values().stream().sorted(IN_STORED_ORDER).limit(wanted).toList();
    }

    private static byte[] afterKey(MeetingQuery query) {
        return query.after() == null ? null : NaturalKey.of(RecordKey.of(Meeting.class, query.after())).bytes();
    }

    /**
     * The conditions on a version {@code v} of a meeting seen, within the query's dates and after the page's last. A
     * walk ({@code withLongOnes} false) starts a short span before the first day, in the date index; the meetings that
     * span longer are found apart.
     */
    private StringBuilder bounds(StringBuilder sql, MeetingQuery query, LocalDate afterDay, byte[] afterKey,
                                 boolean withLongOnes) {
        sql.append("v.record_type = :type AND ").append(seen.condition());
        if (query.to() != null) {
            sql.append(" AND v.sort_day <= :to");
        }
        if (query.from() != null && withLongOnes) {
            // a meeting still going on that day started at most a short span before, unless its row is marked long
            sql.append(" AND (v.sort_day >= :fromFirst OR v.seq IN (SELECT seq FROM record_term WHERE term = :long))");
        } else if (query.from() != null) {
            sql.append(" AND v.sort_day >= :fromFirst");
        }
        if (afterKey != null) {
            // the first part starts the date index there; the second steps past the page's last meeting
            sql.append(" AND v.sort_day >= :afterDay"
                    + " AND (v.sort_day > :afterDay OR v.sort_day = :afterDay AND v.natural_key > :afterKey)");
        }
        return sql;
    }

    private static Query bindBounds(Query statement, MeetingQuery query, LocalDate afterDay, byte[] afterKey,
                                    boolean withLongOnes) {
        statement.bind("type", MEETING);
        if (query.to() != null) {
            statement.bind("to", query.to());
        }
        if (query.from() != null) {
            statement.bind("fromFirst", query.from().minusDays(RecordRow.LONGEST_SHORT_SPAN_DAYS));
            if (withLongOnes) {
                statement.bind("long", Terms.bytes(Terms.longSpan(MEETING)));
            }
        }
        if (afterKey != null) {
            statement.bind("afterDay", afterDay).bind("afterKey", afterKey);
        }
        return statement;
    }
}
