package org.confed.domain.schema;

/**
 * The textual form of a value type, from its {@link org.confed.domain.meta.Pattern} annotation.
 *
 * @param regex       the whole text must match it
 * @param description in words, for messages and schemas
 * @param example     a valid value
 */
public record TextForm(String regex, String description, String example) {
}
