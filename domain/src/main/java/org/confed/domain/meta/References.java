package org.confed.domain.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component that points at another record by that record's one-part key: an identifier, or a list of them.
 * Every reference must resolve to a stored record or one written in the same batch.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface References {
    /**
     * The record type pointed at.
     *
     * @return one of the record classes of {@code org.confed.domain.model}
     */
    Class<? extends Record> value();
}
