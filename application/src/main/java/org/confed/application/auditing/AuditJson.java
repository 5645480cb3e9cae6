package org.confed.application.auditing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.confed.application.asking.AnswerJson;

/** The audit's one JSON shape, for {@code GET /api/audit} and {@code confed audit --format json}. */
public final class AuditJson {
    private AuditJson() {
    }

    /**
     * {@code {"items": [{"record": {"type", "key"}, "field", "finding", "detail"}]}}; {@code field} is absent for a
     * finding about the whole record.
     *
     * @param findings the audit's findings
     * @return their JSON
     */
    public static ObjectNode of(List<Finding> findings) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode items = node.putArray("items");
        for (Finding finding : findings) {
            ObjectNode item = items.addObject();
            item.set("record", AnswerJson.key(finding.record()));
            if (finding.field() != null) {
                item.put("field", finding.field());
            }
            item.put("finding", finding.kind().code());
            item.put("detail", finding.detail());
        }
        return node;
    }
}
