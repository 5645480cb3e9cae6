package org.confed.persistence.sql;

/** The rows of the list tables ({@code <type>_<list>}): one row per item, in order. */
public final class Items {
    private Items() {
    }

    /**
     * One text or identifier of a list: a source id, a state code of a rotation, a pillar, an objective.
     *
     * @param ownerKey  the natural key of the record holding the list
     * @param itemIndex the item's place in the list, from 0
     * @param item      the item
     */
    public record Text(byte[] ownerKey, int itemIndex, String item) {
    }

    /**
     * One name of a names map.
     *
     * @param ownerKey  the natural key of the record holding the names
     * @param itemIndex the name's place, from 0, so the map reads back in the order given
     * @param language  the language tag
     * @param name      the name
     */
    public record Name(byte[] ownerKey, int itemIndex, String language, String name) {
    }

    /**
     * One participant of a meeting.
     *
     * @param ownerKey  the meeting's natural key
     * @param itemIndex the participant's place in the list, from 0
     * @param personId  who
     * @param capacity  as what, if said
     */
    public record Participant(byte[] ownerKey, int itemIndex, String personId, String capacity) {
    }

    /**
     * One topic of a meeting, with its folded form for search.
     *
     * @param ownerKey  the meeting's natural key
     * @param itemIndex the topic's place in the list, from 0
     * @param item      the topic as written
     * @param folded    the topic as searched ({@link org.confed.domain.query.TextFold#fold})
     */
    public record Topic(byte[] ownerKey, int itemIndex, String item, String folded) {
    }
}
