package org.confed.domain.schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confed.domain.meta.EventDate;
import org.confed.domain.meta.Key;
import org.confed.domain.meta.MaxLength;
import org.confed.domain.meta.Pattern;
import org.confed.domain.meta.RecordType;
import org.confed.domain.meta.References;
import org.confed.domain.meta.Required;
import org.confed.domain.meta.Searchable;
import org.confed.domain.meta.Shorthand;
import org.confed.domain.meta.ValueOf;
import org.confed.domain.meta.ValidFrom;
import org.confed.domain.meta.ValidTo;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.Person;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.Post;
import org.confed.domain.model.Instrument;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.Source;
import org.confed.domain.model.State;
import org.confed.domain.model.TermLength;

/**
 * Every record type of the interchange format, described once from the model's annotations.
 * Outer layers read their column lists, CSV headers, JSON schemas and messages from here.
 */
public final class RecordSchemas {
    private static final int DEFAULT_TEXT = 10_000;

    /** Types in an order where each one's references point only at types before it (plan events and presidencies last). */
    private static final List<Class<? extends ConfedRecord>> ORDER = List.of(
            Source.class, State.class, Confederation.class, Person.class, Post.class, Meeting.class, Instrument.class,
            Membership.class, OfficeTerm.class, RotatingPresidency.class, ActionPlan.class, PlanEvent.class);

    private static final Map<Class<?>, RecordSchema<?>> BY_CLASS;
    private static final Map<String, RecordSchema<?>> BY_NAME;

    static {
        Map<Class<?>, RecordSchema<?>> byClass = new LinkedHashMap<>();
        Map<String, RecordSchema<?>> byName = new LinkedHashMap<>();
        for (Class<? extends ConfedRecord> type : ORDER) {
            RecordSchema<?> schema = read(type);
            byClass.put(type, schema);
            byName.put(schema.name(), schema);
            byName.put(schema.plural(), schema);
        }
        BY_CLASS = Collections.unmodifiableMap(byClass);
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    private RecordSchemas() {
    }

    /**
     * All record types.
     *
     * @return every record type once, referenced types before the types that reference them
     */
    public static List<RecordSchema<?>> all() {
        return List.copyOf(BY_CLASS.values());
    }

    /**
     * The schema of a record class.
     *
     * @param type a record class of {@code org.confed.domain.model}
     * @param <R>  the record class
     * @return its schema
     * @throws IllegalArgumentException when {@code type} is not a record type of the format
     */
    @SuppressWarnings("unchecked")
    public static <R extends ConfedRecord> RecordSchema<R> of(Class<R> type) {
        RecordSchema<?> schema = BY_CLASS.get(type);
        if (schema == null) {
            throw new IllegalArgumentException(type + " is not a record type");
        }
        return (RecordSchema<R>) schema;
    }

    /**
     * The schema of a record's own type.
     *
     * @param record a record
     * @param <R>    its class
     * @return the schema of its class
     * @throws NullPointerException when {@code record} is {@code null}
     */
    @SuppressWarnings("unchecked")
    public static <R extends ConfedRecord> RecordSchema<R> of(R record) {
        return (RecordSchema<R>) of(record.getClass());
    }

    /**
     * The type called {@code name}.
     *
     * @param name a type name, singular or plural, with dashes or underscores ({@code office-terms}); may be
     *             {@code null}
     * @return the type, or empty when no type has that name
     */
    public static Optional<RecordSchema<?>> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(name.replace('-', '_')));
    }

    private static <R extends ConfedRecord> RecordSchema<R> read(Class<R> type) {
        RecordType declared = type.getAnnotation(RecordType.class);
        if (declared == null) {
            throw new IllegalStateException(type + " lacks @RecordType");
        }
        return new RecordSchema<>(declared.value(), declared.plural(), type, fieldsOf(type));
    }

    private static List<FieldSchema> fieldsOf(Class<?> type) {
        List<FieldSchema> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            fields.add(field(component));
        }
        return fields;
    }

    private static FieldSchema field(RecordComponent component) {
        Class<?> javaType = component.getType();
        References references = component.getAnnotation(References.class);
        Class<? extends ConfedRecord> target = references == null ? null : referencedType(references);
        MaxLength maxLength = component.getAnnotation(MaxLength.class);
        int max = maxLength != null ? maxLength.value() : 0;
        TemporalRole temporal = component.isAnnotationPresent(ValidFrom.class) ? TemporalRole.VALID_FROM
                : component.isAnnotationPresent(ValidTo.class) ? TemporalRole.VALID_TO
                : component.isAnnotationPresent(EventDate.class) ? TemporalRole.EVENT
                : TemporalRole.NONE;
        boolean required = component.isAnnotationPresent(Required.class);
        boolean searchable = component.isAnnotationPresent(Searchable.class);
        boolean key = component.isAnnotationPresent(Key.class);
        String name = FieldSchema.snakeCase(component);
        if (javaType == List.class) {
            Class<?> elementType = listElement(component.getGenericType());
            FieldSchema element = value(name, elementType, target, max, searchable, component);
            return new FieldSchema(name, javaType, ValueKind.LIST, element, required, key, target, temporal, 0, searchable,
                    null, List.of(), List.of(), null, null, component.getAccessor());
        }
        if (javaType == Map.class) {
            return new FieldSchema(name, javaType, ValueKind.NAMES, null, required, key, null, temporal, 500, searchable,
                    null, List.of(), List.of(), null, null, component.getAccessor());
        }
        FieldSchema value = value(name, javaType, target, max, searchable, component);
        return new FieldSchema(name, javaType, value.kind(), null, required, key, target, temporal, value.maxLength(),
                searchable, value.pattern(), value.allowed(), value.parts(), value.shorthand(), value.valueOf(),
                component.getAccessor());
    }

    private static FieldSchema value(String name, Class<?> javaType, Class<? extends ConfedRecord> target, int max,
                                     boolean searchable, RecordComponent component) {
        ValueKind kind;
        TextForm form = null;
        List<String> allowed = List.of();
        List<FieldSchema> parts = List.of();
        String shorthand = null;
        String valueOf = null;
        int length = 0;
        if (javaType == String.class) {
            kind = ValueKind.TEXT;
            length = max > 0 ? max : DEFAULT_TEXT;
        } else if (javaType.isEnum()) {
            kind = ValueKind.CODE;
            allowed = Arrays.stream(javaType.getEnumConstants()).map(constant -> ((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT)).toList();
        } else if (javaType.isAnnotationPresent(Pattern.class)) {
            Pattern pattern = javaType.getAnnotation(Pattern.class);
            form = new TextForm(pattern.regex(), pattern.description(), pattern.example());
            kind = javaType == PartialDate.class ? ValueKind.DATE
                    : javaType == TermLength.class ? ValueKind.PERIOD
                    : ValueKind.IDENTIFIER;
        } else if (javaType.isRecord()) {
            kind = ValueKind.OBJECT;
            parts = fieldsOf(javaType);
            Shorthand declared = javaType.getAnnotation(Shorthand.class);
            shorthand = declared == null ? null : declared.value();
        } else if (javaType == Object.class && component.isAnnotationPresent(ValueOf.class)) {
            kind = ValueKind.VALUE_OF;
            valueOf = component.getAnnotation(ValueOf.class).value();
        } else {
            throw new IllegalStateException(component + " has a type the format cannot carry: " + javaType);
        }
        return new FieldSchema(name, javaType, kind, null, false, false, target, TemporalRole.NONE, length, searchable,
                form, allowed, parts, shorthand, valueOf, component.getAccessor());
    }

    private static Class<? extends ConfedRecord> referencedType(References references) {
        Class<? extends Record> target = references.value();
        if (!ConfedRecord.class.isAssignableFrom(target)) {
            throw new IllegalStateException(target + " is referenced but is not a record type");
        }
        return target.asSubclass(ConfedRecord.class);
    }

    private static Class<?> listElement(Type generic) {
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        throw new IllegalStateException("list without a plain element type: " + generic);
    }
}
