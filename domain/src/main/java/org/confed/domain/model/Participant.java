package org.confed.domain.model;

import org.confed.domain.meta.MaxLength;
import org.confed.domain.meta.References;

/**
 * Someone at a meeting, and in what capacity they attended: a person, a post (a holder the sources do not name), or
 * both.
 *
 * @param person   who, when named
 * @param post     the post they attended as, when known
 * @param capacity as what ({@code Chef d'état-major général des armées du Niger})
 */
public record Participant(
        @References(Person.class) PersonId person,
        @References(Post.class) PostId post,
        @MaxLength(300) String capacity) {

    /**
     * Checks the fields: a person or a post, or both.
     *
     * @param person   who; {@code null} when the sources do not name them
     * @param post     the post they attended as; {@code null} when not recorded
     * @param capacity as what, at most 300 characters; {@code null} when not said
     * @throws InvalidFieldException when neither person nor post is given (field {@code participant.person}), or the
     *                               capacity is blank, too long or holds a control character
     */
    public Participant {
        if (person == null && post == null) {
            throw new InvalidFieldException("participant.person", "is required when no post is given: a participant is a person, a post or both");
        }
        capacity = Checks.text(capacity, "participant.capacity", 300);
    }

    /**
     * A named person, in a capacity.
     *
     * @param person   who
     * @param capacity as what, or {@code null}
     * @return the participant
     */
    public static Participant of(PersonId person, String capacity) {
        return new Participant(person, null, capacity);
    }

    /**
     * Who the participant is, to tell two apart: a person appears once in a meeting, a post with no person once.
     *
     * @return the person's id, or {@code post} and the post's id
     */
    public String who() {
        return person != null ? person.value() : "post " + post.value();
    }
}
