package org.confed.domain.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component whose value has the type of a field of the enclosing record, the one a sibling component names: a
 * dispute's {@code value} is a date when it disputes {@code start}, a state code when it disputes {@code state}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface ValueOf {
    /**
     * The sibling component that names the field.
     *
     * @return its name, snake_case
     */
    String value();
}
