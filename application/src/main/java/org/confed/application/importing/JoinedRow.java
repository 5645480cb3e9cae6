package org.confed.application.importing;

/**
 * A CSV row that joins an item to a record given apart (a participant to its meeting, a dispute to its record):
 * the record's key, the item, where the row was read, and whether it has been refused.
 *
 * @param <K> the key of the record the item belongs to
 * @param <T> the item
 */
final class JoinedRow<K, T> {
    final K owner;
    final T item;
    final Place place;
    private boolean rejected;

    JoinedRow(K owner, T item, Place place) {
        this.owner = owner;
        this.item = item;
        this.place = place;
    }

    boolean rejected() {
        return rejected;
    }

    /** Refuses the row; answers whether it was not refused already, so that each refusal is counted once. */
    boolean reject() {
        boolean first = !rejected;
        rejected = true;
        return first;
    }
}
