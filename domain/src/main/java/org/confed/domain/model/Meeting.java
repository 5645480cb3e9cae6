package org.confed.domain.model;

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
 * @param place         where ({@code Palais de Koulouba, Bamako})
 * @param title         a title
 * @param participants  who took part; a person appears once
 * @param topics        what was discussed
 * @param sources       where this was reported
 */
@RecordType(value = "meeting", plural = "meetings")
public record Meeting(
        @Key @Required MeetingId id,
        @References(Confederation.class) ConfederationCode confederation,
        @Required MeetingKind kind,
        @Required @EventDate PartialDate date,
        @Searchable @MaxLength(300) String place,
        @Searchable @MaxLength(1000) String title,
        List<Participant> participants,
        @Searchable @MaxLength(500) List<String> topics,
        @References(Source.class) List<SourceId> sources) implements ConfedRecord {

    /**
     * Checks every field and keeps unmodifiable copies of the lists.
     *
     * @param id            the key
     * @param confederation the confederation it belongs to; {@code null} for none
     * @param kind          what sort of meeting
     * @param date          when it took place
     * @param place         where, at most 300 characters; {@code null} when unknown
     * @param title         a title, at most 1000 characters; {@code null} for none
     * @param participants  who took part, a person at most once; {@code null} for none
     * @param topics        what was discussed, each at most 500 characters; {@code null} for none
     * @param sources       where this was reported; {@code null} for none
     * @throws InvalidFieldException naming the first field that breaks its rule: a required field
     *                               absent, a text blank, too long or holding a control character, or a list item
     *                               empty or repeated, such as a person listed twice
     */
    public Meeting {
        Checks.required(id, "meeting.id");
        Checks.required(kind, "meeting.kind");
        Checks.required(date, "meeting.date");
        place = Checks.text(place, "meeting.place", 300);
        title = Checks.text(title, "meeting.title", 1000);
        participants = Checks.distinctList(participants, "meeting.participants", Participant::person);
        topics = Checks.texts(topics, "meeting.topics", 500);
        sources = Checks.distinctList(sources, "meeting.sources");
    }

    /**
     * Whether {@code person} took part.
     *
     * @param person a person
     * @return whether the person is among the participants
     */
    public boolean attendedBy(PersonId person) {
        return participants.stream().anyMatch(participant -> participant.person().equals(person));
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
