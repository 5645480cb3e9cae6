package org.confed.domain.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A nested value that may be written as one of its components alone: a citation that is only a source id is written
 * as that id ({@code "apa-2024-11-06-koulouba"}) rather than as an object.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Shorthand {
    /**
     * The component that stands for the whole when the others are absent.
     *
     * @return its name, snake_case
     */
    String value();
}
