package org.confed.persistence.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.MeetingKind;
import org.confed.domain.model.Participant;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.SourceId;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.Versioned;
import org.confed.domain.query.TextFold;
import org.confed.persistence.text.NaturalKey;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;

/**
 * Table {@code meeting}, with {@code meeting_participant}, {@code meeting_topic} and {@code meeting_source}, and the
 * meeting search.
 *
 * <p>Search matches folded text ({@link TextFold}) with {@code LIKE}: the meeting's title and place in
 * {@code folded_text}, each topic in {@code meeting_topic.folded}, and each participant's current name in
 * {@code person.folded_name} (joined, so renaming a person needs no rewrite of their meetings). A word matches when
 * it appears in any of them, as in the in-memory registry, where they are one text joined by line breaks.
 */
public final class MeetingTable extends RecordTable<Meeting, MeetingTable.Row> {
    static final String PARTICIPANTS = "meeting_participant";
    static final String TOPICS = "meeting_topic";
    static final String SOURCES = "meeting_source";

    /** A row of {@code meeting}. */
    public record Row(byte[] naturalKey, String id, String confederation, String kind, LocalDate dateFirst,
                      LocalDate dateLast, String datePrecision, String place, String title, String foldedText,
                      long version, byte[] contentHash, long lastWrite) implements TableRow {
    }

    /** Statements of {@code meeting}. */
    public interface Dao {
        @SqlBatch("INSERT INTO meeting (natural_key, id, confederation, kind, date_first, date_last, date_precision, place, "
                + "title, folded_text, version, content_hash, last_write) VALUES (:naturalKey, :id, :confederation, :kind, "
                + ":dateFirst, :dateLast, :datePrecision, :place, :title, :foldedText, :version, :contentHash, :lastWrite)")
        void insert(@BindMethods List<Row> rows);

        /** Compare and set: only the version this write read, one less than the row's, is replaced. */
        @SqlBatch("UPDATE meeting SET id = :id, confederation = :confederation, kind = :kind, "
                + "date_first = :dateFirst, date_last = :dateLast, date_precision = :datePrecision, place = :place, "
                + "title = :title, folded_text = :foldedText, version = :version, content_hash = :contentHash, "
                + "last_write = :lastWrite "
                + "WHERE natural_key = :naturalKey AND version = :version - 1")
        int[] update(@BindMethods List<Row> rows);
    }

    MeetingTable() {
        super(Meeting.class, Row.class);
    }

    @Override
    protected Row row(Meeting meeting, Stamp stamp) {
        return new Row(stamp.key().bytes(), meeting.id().value(),
                meeting.confederation() == null ? null : meeting.confederation().value(), meeting.kind().code(),
                Dates.first(meeting.date()), Dates.last(meeting.date()), Dates.precision(meeting.date()),
                meeting.place(), meeting.title(), TextFold.fold(meeting.title()) + "\n" + TextFold.fold(meeting.place()),
                stamp.version(), stamp.contentHash(), stamp.lastWrite());
    }

    @Override
    protected void insertRows(Handle handle, List<Row> rows) {
        handle.attach(Dao.class).insert(rows);
    }

    @Override
    protected int[] updateRows(Handle handle, List<Row> rows) {
        return handle.attach(Dao.class).update(rows);
    }

    @Override
    protected List<String> lists() {
        return List.of(PARTICIPANTS, TOPICS, SOURCES);
    }

    @Override
    protected void insertLists(Handle handle, List<Stamped<Meeting>> records) {
        List<Items.Participant> participants = new ArrayList<>();
        List<Items.Topic> topics = new ArrayList<>();
        for (Stamped<Meeting> stamped : records) {
            Meeting meeting = stamped.record();
            byte[] owner = stamped.stamp().key().bytes();
            for (int i = 0; i < meeting.participants().size(); i++) {
                Participant participant = meeting.participants().get(i);
                participants.add(new Items.Participant(owner, i, participant.person().value(), participant.capacity()));
            }
            for (int i = 0; i < meeting.topics().size(); i++) {
                String topic = meeting.topics().get(i);
                topics.add(new Items.Topic(owner, i, topic, TextFold.fold(topic)));
            }
        }
        ItemDao items = handle.attach(ItemDao.class);
        if (!participants.isEmpty()) {
            items.insertParticipants(participants);
        }
        if (!topics.isEmpty()) {
            items.insertTopics(topics);
        }
        insertTexts(items, SOURCES, records, Meeting::sources);
    }

    @Override
    public List<Versioned<Meeting>> assemble(Handle handle, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        ItemDao items = handle.attach(ItemDao.class);
        List<byte[]> owners = owners(rows);
        Map<NaturalKey, List<Items.Participant>> participants = byOwner(items.participants(TransactionLookup.padded(owners)), Items.Participant::ownerKey);
        Map<NaturalKey, List<Items.Topic>> topics = byOwner(items.topics(TransactionLookup.padded(owners)), Items.Topic::ownerKey);
        Map<NaturalKey, List<String>> sources = texts(items, SOURCES, owners);
        List<Versioned<Meeting>> records = new ArrayList<>(rows.size());
        for (Row row : rows) {
            NaturalKey key = NaturalKey.fromBytes(row.naturalKey());
            List<Participant> attended = new ArrayList<>();
            for (Items.Participant participant : participants.getOrDefault(key, List.of())) {
                attended.add(new Participant(PersonId.of(participant.personId()), participant.capacity()));
            }
            List<String> discussed = new ArrayList<>();
            topics.getOrDefault(key, List.of()).forEach(topic -> discussed.add(topic.item()));
            records.add(new Versioned<>(new Meeting(MeetingId.of(row.id()),
                    row.confederation() == null ? null : ConfederationCode.of(row.confederation()),
                    MeetingKind.valueOf(row.kind().toUpperCase(Locale.ROOT)), Dates.of(row.dateFirst(), row.datePrecision()),
                    row.place(), row.title(), attended, discussed, listOf(sources, row, SourceId::of)), row.version()));
        }
        return records;
    }

    /** One page of the meetings that match, by first day and then id, walking index {@code meeting_by_date}. */
    public Page<Meeting> search(Handle handle, MeetingQuery query) {
        StringBuilder sql = new StringBuilder("SELECT m.* FROM meeting m WHERE 1 = 1");
        if (query.confederation() != null) {
            sql.append(" AND m.confederation = :confederation");
        }
        if (query.from() != null) {
            sql.append(" AND m.date_last >= :from");
        }
        if (query.to() != null) {
            sql.append(" AND m.date_first <= :to");
        }
        if (query.kind() != null) {
            sql.append(" AND m.kind = :kind");
        }
        if (query.person() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM meeting_participant p WHERE p.owner_key = m.natural_key AND p.person_id = :person)");
        }
        List<String> words = TextFold.words(query.text());
        for (int i = 0; i < words.size(); i++) {
            String word = ":word" + i;
            sql.append(" AND (m.folded_text LIKE ").append(word).append(" ESCAPE '!'")
                    .append(" OR EXISTS (SELECT 1 FROM meeting_topic t WHERE t.owner_key = m.natural_key AND t.folded LIKE ")
                    .append(word).append(" ESCAPE '!')")
                    .append(" OR EXISTS (SELECT 1 FROM meeting_participant p JOIN person n ON n.id = p.person_id")
                    .append(" WHERE p.owner_key = m.natural_key AND n.folded_name LIKE ").append(word).append(" ESCAPE '!'))");
        }
        if (query.after() != null) {
            sql.append(" AND (m.date_first > :afterDate OR (m.date_first = :afterDate AND m.natural_key > :afterKey))");
        }
        sql.append(" ORDER BY m.date_first, m.natural_key LIMIT :limit");

        Query statement = handle.createQuery(sql.toString());
        if (query.confederation() != null) {
            statement.bind("confederation", query.confederation().value());
        }
        if (query.from() != null) {
            statement.bind("from", query.from());
        }
        if (query.to() != null) {
            statement.bind("to", query.to());
        }
        if (query.kind() != null) {
            statement.bind("kind", query.kind().code());
        }
        if (query.person() != null) {
            statement.bind("person", query.person().value());
        }
        for (int i = 0; i < words.size(); i++) {
            statement.bind("word" + i, "%" + likeLiteral(words.get(i)) + "%");
        }
        if (query.after() != null) {
            statement.bind("afterDate", query.afterDate());
            statement.bind("afterKey", NaturalKey.of(RecordKey.of("meeting", query.after())).bytes());
        }
        // one more than asked, to tell whether another page follows
        statement.bind("limit", Math.min(query.limit(), Integer.MAX_VALUE - 1) + 1);
        List<Row> rows = statement.mapTo(Row.class).list();
        return Page.of(records(assemble(handle, rows)), query.limit());
    }

    /**
     * A word as a LIKE pattern matching itself only: {@code %} and {@code _} are letters in a search. The escape
     * character is {@code !} rather than a backslash, which Jdbi's statement parser reads as escaping the quote.
     */
    static String likeLiteral(String word) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '!' || c == '%' || c == '_') {
                out.append('!');
            }
            out.append(c);
        }
        return out.toString();
    }
}
