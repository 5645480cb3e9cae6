package org.confed.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * {@link org.confed.domain.port.RecordView#searchMeetings} in SQL over the terms of meeting versions: each word of
 * the query must begin a word term of the meeting, or of a person it refers to; the confederation and person filters
 * are reference terms; dates bound the walk of the date index. The only class of the store that names record types:
 * those {@link MeetingQuery} speaks of.
 */
final class MeetingSearch {
    private static final String MEETING = RecordSchemas.of(Meeting.class).name();
    /** The types of participants, whose words find the meetings they took part in. */
    private static final List<Class<? extends ConfedRecord>> PARTICIPANTS = List.of(Person.class, Post.class);
    /** Rows read at a time beyond a page, for the filters checked on the records themselves (kind, end date). */
    private static final int BATCH = 64;
    private static final RowMapper<DatedVersion> ROWS = ConstructorMapper.of(DatedVersion.class);

    private final Handle handle;
    private final RecordEncoding encoding;
    private final Seen seen;

    MeetingSearch(Handle handle, RecordEncoding encoding, Seen seen) {
        this.handle = handle;
        this.encoding = encoding;
        this.seen = seen;
    }

    /** A dated row of the walk: enough to go on after it. */
    record DatedVersion(byte[] naturalKey, LocalDate sortDay, String content) {
    }

    Page<Meeting> search(MeetingQuery query) {
        List<String> words = TextFold.words(query.text());
        if (query.text() != null && !query.text().isBlank() && words.isEmpty()) {
            return Page.of(List.of(), query.limit()); // punctuation alone names no word, so no meeting
        }
        List<List<byte[]>> participantsByWord = new ArrayList<>();
        for (String word : words) {
            participantsByWord.add(participantTerms(word));
        }
        List<Meeting> found = new ArrayList<>();
        LocalDate afterDay = query.afterDate();
        byte[] afterKey = query.after() == null ? null : NaturalKey.of(RecordKey.of(Meeting.class, query.after())).bytes();
        int wanted = query.limit() + 1;
        while (found.size() < wanted) {
            int batch = wanted - found.size() + BATCH;
            List<DatedVersion> rows = walk(query, words, participantsByWord, afterDay, afterKey, batch);
            for (DatedVersion row : rows) {
                Meeting meeting = (Meeting) encoding.decode(row.content());
                if ((query.kind() == null || query.kind() == meeting.kind())
                        && (query.from() == null || !meeting.lastDay().isBefore(query.from()))
                        && found.size() < wanted) {
                    found.add(meeting);
                }
            }
            if (rows.size() < batch) {
                break;
            }
            DatedVersion last = rows.get(rows.size() - 1);
            afterDay = last.sortDay();
            afterKey = last.naturalKey();
        }
        return Page.of(found, query.limit());
    }

    /** The reference terms of meetings to each live participant (a person, a post) with a word starting with {@code word}. */
    private List<byte[]> participantTerms(String word) {
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
        return terms.stream().map(Terms::bytes).toList();
    }

    private List<DatedVersion> walk(MeetingQuery query, List<String> words, List<List<byte[]>> participantsByWord,
                                    LocalDate afterDay, byte[] afterKey, int batch) {
        StringBuilder sql = new StringBuilder("SELECT v.natural_key, v.sort_day, v.content FROM record_version v "
                + "WHERE v.record_type = :type AND " + seen.condition());
        if (query.confederation() != null) {
            sql.append(" AND v.seq IN (SELECT seq FROM record_term WHERE term = :confederation)");
        }
        if (query.person() != null) {
            sql.append(" AND v.seq IN (SELECT seq FROM record_term WHERE term = :person)");
        }
        if (query.to() != null) {
            sql.append(" AND v.sort_day <= :to");
        }
        if (query.from() != null) {
            // a meeting still going on that day started at most a year before, unless its row is marked long
            sql.append(" AND (v.sort_day >= :fromFirst OR v.seq IN (SELECT seq FROM record_term WHERE term = :long))");
        }
        if (afterKey != null) {
            sql.append(" AND (v.sort_day > :afterDay OR v.sort_day = :afterDay AND v.natural_key > :afterKey)");
        }
        for (int w = 0; w < words.size(); w++) {
            sql.append(" AND (v.seq IN (SELECT seq FROM record_term WHERE term >= :from").append(w)
                    .append(" AND term < :to").append(w).append(')');
            List<List<byte[]>> parts = InLists.parts(participantsByWord.get(w));
            for (int p = 0; p < parts.size(); p++) {
                sql.append(" OR v.seq IN (SELECT seq FROM record_term WHERE term IN (<people").append(w).append('_').append(p)
                        .append(">))");
            }
            sql.append(')');
        }
        sql.append(" ORDER BY v.sort_day, v.natural_key LIMIT :batch");
        Query statement = handle.createQuery(sql.toString()).bind("type", MEETING).bind("batch", batch);
        if (query.confederation() != null) {
            statement.bind("confederation", Terms.bytes(Terms.reference(MEETING,
                    RecordKey.of(Confederation.class, query.confederation()))));
        }
        if (query.person() != null) {
            statement.bind("person", Terms.bytes(Terms.reference(MEETING, RecordKey.of(Person.class, query.person()))));
        }
        if (query.to() != null) {
            statement.bind("to", query.to());
        }
        if (query.from() != null) {
            statement.bind("fromFirst", query.from().minusDays(RecordRow.LONGEST_SHORT_SPAN_DAYS))
                    .bind("long", Terms.bytes(Terms.longSpan(MEETING)));
        }
        if (afterKey != null) {
            statement.bind("afterDay", afterDay).bind("afterKey", afterKey);
        }
        for (int w = 0; w < words.size(); w++) {
            Terms.Range range = Terms.wordsStartingWith(MEETING, words.get(w));
            statement.bind("from" + w, range.from()).bind("to" + w, range.to());
            List<List<byte[]>> parts = InLists.parts(participantsByWord.get(w));
            for (int p = 0; p < parts.size(); p++) {
                statement.bindList("people" + w + "_" + p, parts.get(p));
            }
        }
        return statement.map(ROWS).list();
    }
}
