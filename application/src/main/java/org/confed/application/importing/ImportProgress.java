package org.confed.application.importing;

/** Hears how far an import has come, phase by phase: a progress bar, a log, or nothing. */
public interface ImportProgress {
    /** Hears nothing. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void phase(Phase phase, long total) {
        }

        @Override
        public void advance(long done) {
        }
    };

    /** The phases of an import, in order. */
    enum Phase {
        /** The inputs read and each record checked alone; counted in bytes by whoever opens the inputs. */
        READING,
        /** Each record checked against the others and the store, and written; counted in records. */
        WRITING,
        /** The rules across records checked on everything written; counted in records. */
        CHECKING,
        /** The write committed by the store (long for a large write); its length unknown. */
        COMMITTING
    }

    /**
     * A phase begins.
     *
     * @param phase the phase
     * @param total how many units it has, or -1 when unknown
     */
    void phase(Phase phase, long total);

    /**
     * More of the current phase is done.
     *
     * @param done how many units more
     */
    void advance(long done);
}
