package org.confed.domain.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Rebuilds a record through its canonical constructor with one component changed, so its checks run again. */
public final class Rebuild {
    private Rebuild() {
    }

    /**
     * {@code record} with component {@code name} (its Java name) set to {@code value}.
     *
     * @throws InvalidFieldException or any other exception the constructor throws, unwrapped
     */
    public static <R extends Record> R with(R record, String name, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            if (components[i].getName().equals(name)) {
                values[i] = value;
                found = true;
            } else {
                values[i] = read(record, components[i]);
            }
        }
        if (!found) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + name
                    + "; it has " + Arrays.stream(components).map(RecordComponent::getName).toList());
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            @SuppressWarnings("unchecked")
            R rebuilt = (R) canonical.newInstance(values);
            return rebuilt;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
