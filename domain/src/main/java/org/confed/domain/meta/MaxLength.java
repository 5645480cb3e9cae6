package org.confed.domain.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The longest text a component (or each text of a list component) may hold, in characters. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MaxLength {
    /**
     * The limit.
     *
     * @return the most characters allowed, at least 1
     */
    int value();
}
