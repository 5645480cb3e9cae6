package org.confed.domain.model;

/**
 * A value that breaks its field's rule. The message reads {@code field: problem}, for example
 * {@code membership.start: 2024-13 is not a date (YYYY, YYYY-MM or YYYY-MM-DD)}.
 */
public final class InvalidFieldException extends ConfedException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    /**
     * @param field   the field, as {@code type.field} where the record type is known
     * @param problem what is wrong, as a phrase that usually starts with the bad value
     */
    public InvalidFieldException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The field named, such as {@code membership.start}. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field name. */
    public String problem() {
        return problem;
    }

    /** The same problem, reported against another field name (used when a value is parsed before its field is known). */
    public InvalidFieldException at(String otherField) {
        return new InvalidFieldException(otherField, problem);
    }
}
