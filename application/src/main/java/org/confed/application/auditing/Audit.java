package org.confed.application.auditing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.confed.application.exporting.Pages;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.RecordView;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.domain.schema.References;

/**
 * What the registry asserts without support: records with no source, citations without a quote, unsupported and
 * disputed fields, uncertain dates, participants known only by their post, and the forecast resting on any of these.
 * It reads every record a page at a time, so it is as costly as an export.
 */
public final class Audit {
    private final RecordView records;

    public Audit(RecordView records) {
        this.records = Objects.requireNonNull(records, "records");
    }

    /**
     * The findings, record type by record type in the schemas' order, then by key.
     *
     * @param confederation only the confederation itself, the records that refer to it and the records those refer to
     *                      (its states, persons, posts, instruments, meetings); {@code null} for every record
     * @return the findings, none when everything is supported
     */
    public List<Finding> findings(ConfederationCode confederation) {
        Set<RecordKey> wanted = confederation == null ? null : concerning(RecordKey.of(Confederation.class, confederation));
        List<Finding> findings = new ArrayList<>();
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            for (ConfedRecord record : Pages.of(records, schema.javaType())) {
                if (wanted == null || wanted.contains(record.key())) {
                    findings.addAll(RecordAudit.of(record));
                }
            }
        }
        return findings;
    }

    /** The confederation's key, the keys of records referring to it, and those they refer to. */
    private Set<RecordKey> concerning(RecordKey confederation) {
        Set<RecordKey> keys = new HashSet<>();
        keys.add(confederation);
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            for (ConfedRecord record : Pages.of(records, schema.javaType())) {
                List<References.Reference> references = References.of(record);
                if (record.key().equals(confederation)
                        || references.stream().anyMatch(reference -> reference.target().equals(confederation))) {
                    keys.add(record.key());
                    references.stream().map(References.Reference::target)
                            .filter(target -> target.type() != Confederation.class).forEach(keys::add);
                }
            }
        }
        return keys;
    }
}
