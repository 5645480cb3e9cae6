package org.confed.application.recording;

import org.confed.domain.model.ConfedException;

/** A body that names one key where its address (a URL, a command) names another. */
public final class KeyMismatchException extends ConfedException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String given;
    private final String named;

    /**
     * The two keys that disagree.
     *
     * @param field the key field, as {@code type.field}
     * @param given the key the body gives
     * @param named the key the address names
     */
    public KeyMismatchException(String field, String given, String named) {
        super(field + " is \"" + given + "\" but the address names \"" + named + "\"");
        this.field = field;
        this.given = given;
        this.named = named;
    }

    /**
     * The key field.
     *
     * @return {@code type.field}
     */
    public String field() {
        return field;
    }

    /**
     * The key the body gives.
     *
     * @return its text
     */
    public String given() {
        return given;
    }

    /**
     * The key the address names.
     *
     * @return its text
     */
    public String named() {
        return named;
    }
}
