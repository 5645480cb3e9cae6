package org.confed.domain.model;

import java.time.LocalDate;
import java.util.List;
import org.confed.domain.meta.EventDate;
import org.confed.domain.meta.Key;
import org.confed.domain.meta.MaxLength;
import org.confed.domain.meta.RecordType;
import org.confed.domain.meta.References;
import org.confed.domain.meta.Required;
import org.confed.domain.meta.Searchable;

/**
 * A summit, audience, ministerial or committee meeting, with who took part and what was discussed.
 *
 * @param id            the key
 * @param confederation the confederation it belongs to, if any
 * @param kind          what sort of meeting
 * @param date          when it took place (its first day, for a meeting of several days)
 * @param endDate       its last day, inclusive, for a meeting of several days
 * @param place         where ({@code Palais de Koulouba, Bamako})
 * @param title         a title
 * @param participants  who took part; a person appears once
 * @param topics        what was discussed
 * @param sources       where this was reported
 * @param disputes other values for its fields, as other sources report them
 */
@RecordType(value = "meeting", plural = "meetings")
public record Meeting(
        @Key @Required MeetingId id,
        @References(Confederation.class) ConfederationCode confederation,
        @Required MeetingKind kind,
        @Required @EventDate PartialDate date,
        PartialDate endDate,
        @Searchable @MaxLength(300) String place,
        @Searchable @MaxLength(1000) String title,
        List<Participant> participants,
        @Searchable @MaxLength(500) List<String> topics,
        List<Citation> sources,
        List<Dispute> disputes) implements ConfedRecord {

    /**
     * Checks every field and keeps unmodifiable copies of the lists.
     *
     * @param id            the key
     * @param confederation the confederation it belongs to; {@code null} for none
     * @param kind          what sort of meeting
     * @param date          when it took place (its first day)
     * @param endDate       its last day, not before {@code date}; {@code null} for a meeting of one day
     * @param place         where, at most 300 characters; {@code null} when unknown
     * @param title         a title, at most 1000 characters; {@code null} for none
     * @param participants  who took part, a person at most once; {@code null} for none
     * @param topics        what was discussed, each at most 500 characters; {@code null} for none
     * @param sources       where this was reported; {@code null} for none
     * @param disputes other values for its fields; {@code null} for none
     * @throws InvalidFieldException naming the first field that breaks its rule: a required field
     *                               absent, a text blank, too long or holding a control character, or a list item
     *                               empty or repeated, such as a person listed twice
     */
    public Meeting {
        Checks.required(id, "meeting.id");
        Checks.required(kind, "meeting.kind");
        Checks.required(date, "meeting.date");
        date.checkEnd(endDate, "meeting.end_date");
        place = Checks.text(place, "meeting.place", 300);
        title = Checks.text(title, "meeting.title", 1000);
        participants = Checks.distinctList(participants, "meeting.participants", Participant::who);
        topics = Checks.texts(topics, "meeting.topics", 500);
        sources = Checks.distinctList(sources, "meeting.sources");
        disputes = Checks.disputes(disputes, "meeting", Meeting.class);
    }

    /**
     * Whether {@code person} took part.
     *
     * @param person a person
     * @return whether the person is among the participants
     */
    public boolean attendedBy(PersonId person) {
        return participants.stream().anyMatch(participant -> person.equals(participant.person()));
    }

    /**
     * Its last day: the end date's, or the date's for a meeting of one day.
     *
     * @return the last day it may have run to
     */
    public LocalDate lastDay() {
        return endDate != null ? endDate.lastDay() : date.lastDay();
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code meeting} and the id
     */
    @Override
    public RecordKey key() {
        return RecordKey.of(Meeting.class, id);
    }
}
