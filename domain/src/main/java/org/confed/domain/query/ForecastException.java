package org.confed.domain.query;

import java.util.Optional;
import org.confed.domain.model.ConfedException;

/** A forecast that the recorded facts cannot support (no rotation, no term length, no term yet). */
public final class ForecastException extends ConfedException {
    private static final long serialVersionUID = 1L;

    /** The recorded field at fault, as {@code type.field}; {@code null} when a fact is missing instead. */
    private final String field;

    /**
     * A forecast refused for a fact that is missing.
     *
     * @param message which fact is missing, in words
     */
    public ForecastException(String message) {
        this(message, null);
    }

    /**
     * A forecast refused for a recorded value it cannot use.
     *
     * @param message what is wrong with the value, in words
     * @param field   the value's field as {@code type.field} ({@code confederation.presidency_term}); {@code null} for none
     */
    public ForecastException(String message, String field) {
        super(message);
        this.field = field;
    }

    /**
     * The recorded field the forecast could not use.
     *
     * @return the field as {@code type.field}, or empty when the refusal is about a missing fact
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
