/**
 * The records of the interchange format ({@link org.confed.domain.model.ConfedRecord} and its ten types), their
 * identifiers, dates of day, month or year precision, and the domain's exception root
 * {@link org.confed.domain.model.ConfedException}. Every record checks its fields in its constructor and throws
 * {@link org.confed.domain.model.InvalidFieldException} naming the field at fault; rules that need other records
 * are in {@code org.confed.domain.rules}.
 */
package org.confed.domain.model;
