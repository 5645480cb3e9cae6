package org.confed.domain.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The textual form of a value type (an identifier, a date): the regular expression it matches,
 * a human description used in error messages and schemas, and an example.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Pattern {
    /**
     * The form the whole text must match.
     *
     * @return a {@link java.util.regex.Pattern} regular expression
     */
    String regex();

    /**
     * The form in words, for messages and schemas.
     *
     * @return a phrase such as {@code an ISO 3166-1 alpha-3 country code in upper case}
     */
    String description();

    /**
     * A valid value.
     *
     * @return an example that matches {@link #regex()}
     */
    String example();
}
