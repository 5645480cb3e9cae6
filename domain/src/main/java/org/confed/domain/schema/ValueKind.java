package org.confed.domain.schema;

/** The shape a field's value takes in the interchange format. */
public enum ValueKind {
    /** Free text. */
    TEXT,
    /** A one-part identifier or code, with a {@link FieldSchema#pattern()}. */
    IDENTIFIER,
    /** A {@link org.confed.domain.model.PartialDate}. */
    DATE,
    /** A {@link org.confed.domain.model.TermLength}. */
    PERIOD,
    /** One of a closed list of codes, in {@link FieldSchema#allowed()}. */
    CODE,
    /** A list of values of {@link FieldSchema#element()}'s kind. */
    LIST,
    /** An object of language tag to text. */
    NAMES,
    /** A nested object, described by {@link FieldSchema#parts()}. */
    OBJECT,
    /** A value of the type of the enclosing record's field that the sibling {@link FieldSchema#valueOf()} names. */
    VALUE_OF
}
