package org.confed.application.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.confed.domain.model.InvalidFieldException;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.TermLength;
import org.confed.domain.schema.FieldSchema;

/** Values from their text, and records from their values: what the codec builds with, once per kind of value. */
final class Scalars {
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private Scalars() {
    }

    // A nested value given as the part that stands for it (a citation as its source's id); a bad part is the item's problem.
    static Object shorthand(FieldSchema field, String text) {
        Object[] values = new Object[field.parts().size()];
        for (int i = 0; i < values.length; i++) {
            if (field.parts().get(i).name().equals(field.shorthand())) {
                values[i] = of(field.parts().get(i), text);
            }
        }
        return construct(field.javaType(), values);
    }

    /** One text value of a scalar field: text, identifier, date, period or code. */
    static Object of(FieldSchema field, String text) {
        switch (field.kind()) {
            case TEXT:
                return text;
            case DATE:
                return PartialDate.parse(text);
            case PERIOD:
                return TermLength.parse(text);
            case CODE:
                for (Object constant : field.javaType().getEnumConstants()) {
                    if (((Enum<?>) constant).name().toLowerCase(Locale.ROOT).equals(text)) {
                        return constant;
                    }
                }
                throw new InvalidFieldException(field.name(), JsonWords.quote(text) + " is not one of " + String.join(", ", field.allowed()));
            case IDENTIFIER:
                return construct(field.javaType(), new Object[] {text});
            default:
                throw new IllegalArgumentException(field.name() + " is not a scalar field");
        }
    }

    /** A record (or nested value) built through its canonical constructor, which checks it. */
    static Object construct(Class<?> type, Object[] values) {
        Constructor<?> constructor = CONSTRUCTORS.computeIfAbsent(type, Scalars::canonical);
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidFieldException invalid) {
                throw invalid;
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static Constructor<?> canonical(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] parameters = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            parameters[i] = components[i].getType();
        }
        try {
            return type.getDeclaredConstructor(parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }
}
