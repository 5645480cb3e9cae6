package org.confed.domain.query;

import org.confed.domain.model.ConfedException;

/** A forecast that the recorded facts cannot support (no rotation, no term length, no term yet). */
public final class ForecastException extends ConfedException {
    private static final long serialVersionUID = 1L;

    /**
     * A forecast refused.
     *
     * @param message which fact is missing, in words
     */
    public ForecastException(String message) {
        super(message);
    }
}
