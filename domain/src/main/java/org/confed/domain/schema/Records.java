package org.confed.domain.schema;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.InvalidFieldException;

/** Records read and rebuilt through their schema, for the answers that weigh another value of one field. */
public final class Records {
    private Records() {
    }

    /**
     * The same record with one field's value replaced, checked as every record is.
     *
     * @param <R>    the record type
     * @param record a record
     * @param field  the field's name, snake_case
     * @param value  its new value, of the field's type
     * @return the new record
     * @throws InvalidFieldException    when the new record breaks a rule of its own (an end before its start)
     * @throws IllegalArgumentException when the type has no such field, or the value is not of its type
     */
    public static <R extends ConfedRecord> R with(R record, String field, Object value) {
        RecordSchema<R> schema = RecordSchemas.of(record);
        List<FieldSchema> fields = schema.fields();
        Object[] values = new Object[fields.size()];
        int replaced = -1;
        for (int i = 0; i < fields.size(); i++) {
            values[i] = fields.get(i).valueOf(record);
            if (fields.get(i).name().equals(field)) {
                values[i] = value;
                replaced = i;
            }
        }
        if (replaced < 0) {
            throw new IllegalArgumentException(schema.name() + " has no field " + field);
        }
        return schema.javaType().cast(construct(schema.javaType(), values));
    }

    static Object construct(Class<?> type, Object[] values) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] parameters = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            parameters[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(parameters);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidFieldException invalid) {
                throw invalid;
            }
            throw new IllegalArgumentException("cannot rebuild " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot rebuild " + type.getSimpleName(), e);
        }
    }
}
