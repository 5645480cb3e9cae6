package org.confed.domain.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names a record type as the interchange format spells it, singular ({@code presidency}) and plural ({@code presidencies}). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RecordType {
    /**
     * The singular type name.
     *
     * @return the name as in an import file's {@code "type"} field ({@code presidency})
     */
    String value();

    /**
     * The plural type name.
     *
     * @return the name as in a CSV file name or an HTTP collection ({@code presidencies})
     */
    String plural();
}
