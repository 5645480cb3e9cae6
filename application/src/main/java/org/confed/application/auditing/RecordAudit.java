package org.confed.application.auditing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.confed.application.asking.DateWords;
import org.confed.application.json.RecordJson;
import org.confed.domain.model.Citation;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Dispute;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Participant;
import org.confed.domain.model.PartialDate;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;

/** The findings of one record, read from its schema: its citations, disputes, dates and participants. */
final class RecordAudit {
    private static final String SOURCES = "sources";
    private static final String DISPUTES = "disputes";
    /** What the presidency forecast is computed from. */
    private static final List<String> FORECAST_FIELDS = List.of("rotation", "presidency_term");

    private final ConfedRecord record;
    private final RecordSchema<?> schema;
    private final List<Finding> findings = new ArrayList<>();

    private RecordAudit(ConfedRecord record) {
        this.record = record;
        this.schema = RecordSchemas.of(record);
    }

    /** Every finding of {@code record}, field by field in the schema's order. */
    static List<Finding> of(ConfedRecord record) {
        RecordAudit audit = new RecordAudit(record);
        Set<String> unsupported = audit.citations();
        Set<String> disputed = audit.disputes();
        audit.dates();
        if (record instanceof Meeting meeting) {
            audit.participants(meeting);
        }
        if (record instanceof Confederation confederation && given(confederation.rotation())) {
            audit.forecast(unsupported, disputed);
        }
        return List.copyOf(audit.findings);
    }

    /** Unsourced, unquoted and unsupported findings; answers the unsupported fields. */
    private Set<String> citations() {
        FieldSchema sources = field(SOURCES);
        if (sources == null) {
            return Set.of(); // a source is the evidence itself
        }
        List<Citation> citations = list(sources.valueOf(record), Citation.class);
        if (citations.isEmpty()) {
            add(null, FindingKind.UNSOURCED, "no source at all");
            return Set.of();
        }
        for (Citation citation : citations) {
            if (citation.quote() == null) {
                add(SOURCES, FindingKind.NO_QUOTE, "the citation of " + citation.source() + " quotes none of its words");
            }
        }
        if (citations.stream().anyMatch(citation -> citation.fields().isEmpty())) {
            return Set.of(); // a citation naming no fields supports the whole record
        }
        Set<String> supported = citations.stream().flatMap(citation -> citation.fields().stream())
                .collect(Collectors.toSet());
        Set<String> unsupported = new LinkedHashSet<>();
        for (FieldSchema field : schema.fields()) {
            if (!field.name().equals(SOURCES) && !field.name().equals(DISPUTES) && given(field.valueOf(record))
                    && !supported.contains(field.name())) {
                unsupported.add(field.name());
                add(field.name(), FindingKind.UNSUPPORTED_FIELD, "no citation supports it (the citations support "
                        + String.join(", ", new java.util.TreeSet<>(supported)) + ")");
            }
        }
        return unsupported;
    }

    /** One finding a dispute; answers the disputed fields. */
    private Set<String> disputes() {
        FieldSchema disputes = field(DISPUTES);
        if (disputes == null) {
            return Set.of();
        }
        Set<String> disputed = new LinkedHashSet<>();
        for (Dispute dispute : list(disputes.valueOf(record), Dispute.class)) {
            disputed.add(dispute.field());
            JsonNode value = RecordJson.codec().fieldValue(record.getClass(), dispute.field(), dispute.value());
            String by = dispute.sources().stream().map(citation -> citation.source().value())
                    .collect(Collectors.joining(", "));
            add(dispute.field(), FindingKind.DISPUTED, by + " give" + (dispute.sources().size() == 1 ? "s " : " ")
                    + (value.isTextual() ? value.asText() : value.toString())
                    + (dispute.note() == null ? "" : ": " + dispute.note()));
        }
        return disputed;
    }

    private void dates() {
        for (FieldSchema field : schema.fields()) {
            if (field.valueOf(record) instanceof PartialDate date && !date.firstDay().equals(date.lastDay())) {
                add(field.name(), FindingKind.UNCERTAIN_DATE, "known only as " + DateWords.span(date));
            }
        }
    }

    private void participants(Meeting meeting) {
        for (Participant participant : meeting.participants()) {
            if (participant.person() == null && participant.post() != null) {
                add("participants", FindingKind.UNNAMED_PARTICIPANT, "the holder of " + participant.post()
                        + " took part; no source names them");
            }
        }
    }

    private void forecast(Set<String> unsupported, Set<String> disputed) {
        for (String field : FORECAST_FIELDS) {
            if (unsupported.contains(field) || disputed.contains(field)) {
                add(field, FindingKind.RESTS_ON_UNSUPPORTED, "the presidency forecast rests on " + field + ", which "
                        + (unsupported.contains(field) ? "no citation supports" : "the sources dispute"));
            }
        }
    }

    private FieldSchema field(String name) {
        return schema.fields().stream().filter(field -> field.name().equals(name)).findFirst().orElse(null);
    }

    private static boolean given(Object value) {
        return value != null && !(value instanceof Collection<?> items && items.isEmpty())
                && !(value instanceof Map<?, ?> map && map.isEmpty());
    }

    private static <T> List<T> list(Object value, Class<T> type) {
        if (!(value instanceof List<?> items)) {
            return List.of();
        }
        return items.stream().map(type::cast).toList();
    }

    private void add(String field, FindingKind kind, String detail) {
        findings.add(new Finding(record.key(), field, kind, detail));
    }
}
