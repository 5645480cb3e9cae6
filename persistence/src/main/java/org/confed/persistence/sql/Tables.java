package org.confed.persistence.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The table of every record type, in {@link RecordSchemas#all()} order: referenced types first. Immutable. */
public final class Tables {
    private final SourceTable sources = new SourceTable();
    private final StateTable states = new StateTable();
    private final ConfederationTable confederations = new ConfederationTable();
    private final MembershipTable memberships = new MembershipTable();
    private final PersonTable persons = new PersonTable();
    private final OfficeTermTable officeTerms = new OfficeTermTable();
    private final MeetingTable meetings = new MeetingTable();
    private final PresidencyTable presidencies = new PresidencyTable();
    private final ActionPlanTable actionPlans = new ActionPlanTable();
    private final PlanEventTable planEvents = new PlanEventTable();
    private final Map<Class<?>, RecordTable<?, ?>> byType;
    private final Map<String, RecordTable<?, ?>> byName;

    public Tables() {
        List<RecordTable<?, ?>> tables = List.of(sources, states, confederations, memberships, persons, officeTerms, meetings,
                presidencies, actionPlans, planEvents);
        Map<Class<?>, RecordTable<?, ?>> known = new LinkedHashMap<>();
        tables.forEach(table -> known.put(table.type(), table));
        Map<Class<?>, RecordTable<?, ?>> ordered = new LinkedHashMap<>();
        Map<String, RecordTable<?, ?>> named = new LinkedHashMap<>();
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            RecordTable<?, ?> table = known.get(schema.javaType());
            if (table == null) {
                // a record type added to the model needs its table and migration before it can be stored
                throw new IllegalStateException("no table for record type " + schema.name());
            }
            ordered.put(schema.javaType(), table);
            named.put(schema.name(), table);
        }
        this.byType = Collections.unmodifiableMap(ordered);
        this.byName = Collections.unmodifiableMap(named);
    }

    /** Installs SqlObject and the constructor mappers of every row type. */
    public static Jdbi configure(Jdbi jdbi) {
        jdbi.installPlugin(new SqlObjectPlugin());
        Tables tables = new Tables();
        List<Class<?>> rowTypes = new ArrayList<>(List.of(StoredState.class, ChangeLog.Row.class, Items.Text.class,
                Items.Name.class, Items.Participant.class, Items.Topic.class));
        tables.all().forEach(table -> rowTypes.add(table.rowType()));
        rowTypes.forEach(rowType -> jdbi.registerRowMapper(ConstructorMapper.factory(rowType)));
        return jdbi;
    }

    /** Every table, referenced types first. */
    public List<RecordTable<?, ?>> all() {
        return List.copyOf(byType.values());
    }

    @SuppressWarnings("unchecked")
    public <R extends ConfedRecord> RecordTable<R, ?> of(Class<R> type) {
        RecordTable<?, ?> table = byType.get(type);
        if (table == null) {
            throw new IllegalArgumentException(type + " is not a record type");
        }
        return (RecordTable<R, ?>) table;
    }

    /** The table of a record type's name ({@code office_term}). */
    public Optional<RecordTable<?, ?>> named(String type) {
        return Optional.ofNullable(byName.get(type));
    }

    public SourceTable sources() {
        return sources;
    }

    public ConfederationTable confederations() {
        return confederations;
    }

    public MembershipTable memberships() {
        return memberships;
    }

    public PersonTable persons() {
        return persons;
    }

    public OfficeTermTable officeTerms() {
        return officeTerms;
    }

    public MeetingTable meetings() {
        return meetings;
    }

    public PresidencyTable presidencies() {
        return presidencies;
    }

    public ActionPlanTable actionPlans() {
        return actionPlans;
    }

    public PlanEventTable planEvents() {
        return planEvents;
    }
}
