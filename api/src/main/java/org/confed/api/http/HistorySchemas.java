package org.confed.api.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.confed.domain.port.ChangeKind;

/** The JSON schemas of the change log, a record's history and a merge, for the OpenAPI document. */
final class HistorySchemas {
    private HistorySchemas() {
    }

    /** The schemas by component name. */
    static Map<String, ObjectNode> all(String personComponent) {
        Map<String, ObjectNode> schemas = new LinkedHashMap<>();
        ObjectNode key = JsonSchemas.objectOf("A record, by type and key parts.", new String[] {"type", "key"},
                "type", JsonSchemas.string("Its record type."),
                "key", JsonSchemas.arrayOf(JsonSchemas.string("A key part.")));
        ObjectNode instant = JsonSchemas.string("When its write committed, an ISO 8601 instant in UTC.").put("format", "date-time");
        schemas.put("ChangeEntry", JsonSchemas.objectOf("One change of the log: a record as it was written (or withdrawn), "
                        + "who wrote it and when.",
                new String[] {"sequence", "at", "actor", "record", "kind", "version", "content"},
                "sequence", JsonSchemas.object().put("type", "integer").put("description", "Its place in the log."),
                "at", instant,
                "actor", JsonSchemas.string("Who wrote it: a token's name, or cli."),
                "record", key,
                "kind", JsonSchemas.enumOf("What the change did.", Arrays.stream(ChangeKind.values()).map(ChangeKind::code).toList()),
                "version", JsonSchemas.object().put("type", "integer")
                        .put("description", "The version written; for a retraction or a merge, the version withdrawn."),
                "replaced", JsonSchemas.object().put("type", "integer").put("description", "The version an update replaced."),
                "content", JsonSchemas.ref("AnyRecord"),
                "merged_into", key.deepCopy().put("description", "For a merge: the record that now stands for this one.")));
        schemas.put("ChangePage", JsonSchemas.objectOf("A page of the change log, newest first; next_cursor is absent on "
                        + "the last page.", new String[] {"items"},
                "items", JsonSchemas.arrayOf(JsonSchemas.ref("ChangeEntry")),
                "next_cursor", JsonSchemas.string("Pass it as cursor to get older changes.")));
        schemas.put("History", JsonSchemas.objectOf("Every version of one record, oldest first.", new String[] {"record", "items"},
                "record", key.deepCopy(),
                "items", JsonSchemas.arrayOf(JsonSchemas.ref("ChangeEntry"))));
        schemas.put("MergeBody", JsonSchemas.objectOf("The person to merge into the one the URL names.", new String[] {"from"},
                "from", JsonSchemas.string("The id of the person that goes.")));
        schemas.put("Merge", JsonSchemas.objectOf("What a merge did.", new String[] {"survivor", "merged", "moved"},
                "survivor", JsonSchemas.ref(personComponent),
                "merged", JsonSchemas.ref(personComponent),
                "moved", JsonSchemas.arrayOf(key.deepCopy())));
        return schemas;
    }
}
