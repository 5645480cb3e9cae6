package org.confed.domain.model;

/**
 * A value that breaks its field's rule. The message reads {@code field: problem}, for example
 * {@code membership.start: 2024-13 is not a date (YYYY, YYYY-MM or YYYY-MM-DD)}.
 */
public final class InvalidFieldException extends ConfedException {
    private static final long serialVersionUID = 1L;

    /** The field at fault. */
    private final String field;
    /** What is wrong with it. */
    private final String problem;

    /**
     * A value that breaks the rule of {@code field}.
     *
     * @param field   the field, as {@code type.field} where the record type is known
     * @param problem what is wrong, as a phrase that usually starts with the bad value
     */
    public InvalidFieldException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /**
     * The field at fault.
     *
     * @return its name, such as {@code membership.start}
     */
    public String field() {
        return field;
    }

    /**
     * What is wrong, without the field name.
     *
     * @return the problem, as a phrase
     */
    public String problem() {
        return problem;
    }

    /**
     * The same problem, reported against another field name (used when a value is parsed before its field is known).
     *
     * @param otherField the field to name instead
     * @return a new exception; this one is unchanged
     */
    public InvalidFieldException at(String otherField) {
        return new InvalidFieldException(otherField, problem);
    }
}
