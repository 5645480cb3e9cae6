package org.confed.application.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.confed.application.format.CsvTable;
import org.confed.application.format.CsvTable.Column;
import org.confed.application.json.FieldProblem;
import org.confed.application.json.JsonWords;
import org.confed.application.json.RecordJson;
import org.confed.domain.model.InvalidFieldException;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.Participant;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PostId;

/**
 * The {@code participant} rows of an import (CSV's way of giving a meeting's participants), by meeting: each row
 * checked alone when read, then joined to its meeting, of the import or stored, when meetings are written. A row
 * gives a person, a post, or both; within a meeting a participant is told apart by its person, else by its post.
 */
final class ParticipantRows {
    private static final CsvTable.Participants TABLE = CsvTable.participants();
    private static final Column MEETING = TABLE.columns().get(0);
    private static final Column PERSON = TABLE.columns().get(1);
    private static final Column POST = TABLE.columns().get(2);
    private static final Column CAPACITY = TABLE.columns().get(3);

    private final Map<MeetingId, List<JoinedRow<MeetingId, Participant>>> byMeeting = new TreeMap<>();
    private final Problems problems;
    private long rejected;

    ParticipantRows(Problems problems) {
        this.problems = problems;
    }

    static String field(Column column) {
        return CsvTable.PARTICIPANT + "." + column.name();
    }

    static String meetingField() {
        return field(MEETING);
    }

    static String personField() {
        return field(PERSON);
    }

    static String postField() {
        return field(POST);
    }

    static String capacityField() {
        return field(CAPACITY);
    }

    /** Reads one row; a row that breaks a rule of its own is a problem and is not kept. */
    void add(Place place, ObjectNode node) {
        List<FieldProblem> found = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (!name.equals("type") && TABLE.column(name).isEmpty()) {
                found.add(new FieldProblem(CsvTable.PARTICIPANT + "." + name, "is not a field of " + CsvTable.PARTICIPANT
                        + " (its fields: " + TABLE.columnNames() + ")"));
            }
        });
        MeetingId meeting = (MeetingId) scalar(node, MEETING, found);
        PersonId person = (PersonId) scalar(node, PERSON, found);
        PostId post = (PostId) scalar(node, POST, found);
        String capacity = (String) scalar(node, CAPACITY, found);
        Participant participant = null;
        if (found.isEmpty()) {
            try {
                participant = new Participant(person, post, capacity);
            } catch (InvalidFieldException e) {
                found.add(new FieldProblem(e.field(), e.problem()));
            }
        }
        if (!found.isEmpty()) {
            rejected++;
            found.forEach(problem -> problems.add(place, problem.field(), problem.message()));
            return;
        }
        List<JoinedRow<MeetingId, Participant>> ofMeeting = byMeeting.computeIfAbsent(meeting, id -> new ArrayList<>(4));
        for (JoinedRow<MeetingId, Participant> other : ofMeeting) {
            if (other.item.who().equals(participant.who())) {
                if (other.item.equals(participant)) {
                    return; // the same row again
                }
                rejected++;
                problems.add(place, differs(other.item, participant), "another row for meeting " + meeting + " and "
                        + who(participant) + " is at " + other.place + " with " + given(other.item, participant)
                        + "; give each pair once");
                reject(other);
                return;
            }
        }
        ofMeeting.add(new JoinedRow<>(meeting, participant, place));
    }

    /** The participant in words, as a message names it: {@code person assimi-goita}, {@code post ner-chief-of-defence-staff}. */
    static String who(Participant participant) {
        return participant.person() != null ? "person " + participant.person() : "post " + participant.post();
    }

    /** The field where two versions of one participant differ: its post, else its capacity. */
    static String differs(Participant one, Participant other) {
        return Objects.equals(one.post(), other.post()) ? capacityField() : postField();
    }

    /** What {@code one} gives where it differs from {@code other}, in words. */
    static String given(Participant one, Participant other) {
        if (!Objects.equals(one.post(), other.post())) {
            return "the post " + (one.post() == null ? "absent" : one.post().value());
        }
        return "the capacity " + (one.capacity() == null ? "absent" : JsonWords.quote(one.capacity()));
    }

    private static Object scalar(ObjectNode node, Column column, List<FieldProblem> found) {
        String where = field(column);
        JsonNode value = node.get(column.name());
        if (value == null || value.isNull()) {
            if (column.required()) {
                found.add(new FieldProblem(where, "is required"));
            }
            return null;
        }
        if (!value.isTextual()) {
            found.add(new FieldProblem(where, "must be a text, not " + JsonWords.describe(value)));
            return null;
        }
        try {
            return RecordJson.codec().scalar(column.field(), value.asText());
        } catch (InvalidFieldException e) {
            found.add(new FieldProblem(where, e.problem()));
            return null;
        }
    }

    void reject(JoinedRow<MeetingId, Participant> row) {
        if (row.reject()) {
            rejected++;
        }
    }

    long rejectedCount() {
        return rejected;
    }

    /** Every meeting some row names, in id order. */
    Iterable<MeetingId> meetings() {
        return byMeeting.keySet();
    }

    /** The rows of a meeting, rejected ones included. */
    List<JoinedRow<MeetingId, Participant>> of(MeetingId meeting) {
        return byMeeting.getOrDefault(meeting, List.of());
    }

    boolean anyAccepted(MeetingId meeting) {
        return of(meeting).stream().anyMatch(row -> !row.rejected());
    }

    /**
     * The meeting with these participants, then its accepted rows (a row for a listed participant replaces it).
     *
     * @param meeting a meeting
     * @param base    the participants it starts from
     * @return the meeting as it is to be written; the same object when nothing changes
     */
    Meeting completed(Meeting meeting, List<Participant> base) {
        List<Participant> participants = new ArrayList<>(base);
        for (JoinedRow<MeetingId, Participant> row : of(meeting.id())) {
            if (row.rejected()) {
                continue;
            }
            int index = -1;
            for (int i = 0; i < participants.size(); i++) {
                if (participants.get(i).who().equals(row.item.who())) {
                    index = i;
                }
            }
            if (index < 0) {
                participants.add(row.item);
            } else {
                participants.set(index, row.item);
            }
        }
        if (participants.equals(meeting.participants())) {
            return meeting;
        }
        return RecordJson.codec().with(meeting, CsvTable.participantsField(), participants);
    }
}
