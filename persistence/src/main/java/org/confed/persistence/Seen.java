package org.confed.persistence;

/**
 * Which versions a read sees: the live ones, or those of the registry as it stood after one change set (see V2's
 * comments). Either way a retraction or a merge hides its record. The condition is SQL over {@code record_version v};
 * the change set is a number the store read, never input.
 */
sealed interface Seen {
    /** The registry as it stands. */
    Seen NOW = new Now();

    /** The condition a version {@code v} meets to be read. */
    String condition();

    /** The last change set seen, {@link Long#MAX_VALUE} for the live registry. */
    long lastChangeSet();

    /** The registry as it stood once change set {@code changeSet} had committed (0: before the first write). */
    static Seen asOf(long changeSet) {
        return new AsOf(changeSet);
    }

    /** The live versions: those no later version retired. */
    record Now() implements Seen {
        @Override
        public String condition() {
            return "v.retired_by IS NULL AND v.change NOT IN ('retract', 'merge')";
        }

        @Override
        public long lastChangeSet() {
            return Long.MAX_VALUE;
        }
    }

    /** The versions written by change set {@code changeSet} and not yet retired then. */
    record AsOf(long changeSet) implements Seen {
        public AsOf {
            if (changeSet < 0) {
                throw new IllegalArgumentException("change set must not be negative: " + changeSet);
            }
        }

        @Override
        public String condition() {
            return "v.change_set <= " + changeSet + " AND (v.retired_by IS NULL OR v.retired_by > " + changeSet
                    + ") AND v.change NOT IN ('retract', 'merge')";
        }

        @Override
        public long lastChangeSet() {
            return changeSet;
        }
    }
}
