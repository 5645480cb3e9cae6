package org.confed.application.recording;

import java.util.List;
import java.util.stream.Collectors;
import org.confed.domain.model.ConfedException;
import org.confed.domain.model.RecordKey;

/** A retraction refused because other records still refer to the record: they would point at nothing. */
public final class StillReferredException extends ConfedException {
    private static final long serialVersionUID = 1L;
    /** Named in the message; the rest are counted. */
    private static final int NAMED = 10;

    private final transient RecordKey key;
    private final transient List<RecordKey> referrers;

    /**
     * The record and what refers to it.
     *
     * @param key       the record to retract
     * @param referrers the records that refer to it, at least one
     */
    public StillReferredException(RecordKey key, List<RecordKey> referrers) {
        super(key.text() + " is still referred to by " + names(referrers) + "; retract or change those first");
        this.key = key;
        this.referrers = List.copyOf(referrers);
    }

    /**
     * The record to retract.
     *
     * @return its key
     */
    public RecordKey key() {
        return key;
    }

    /**
     * What refers to it.
     *
     * @return the keys of the records referring to it, in key order
     */
    public List<RecordKey> referrers() {
        return referrers;
    }

    private static String names(List<RecordKey> referrers) {
        String named = referrers.stream().limit(NAMED).map(RecordKey::text).collect(Collectors.joining(", "));
        return referrers.size() > NAMED ? named + " and " + (referrers.size() - NAMED) + " more" : named;
    }
}
