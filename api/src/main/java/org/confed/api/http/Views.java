package org.confed.api.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.confed.application.asking.AnswerJson;
import org.confed.domain.query.TimelineEntry;

/**
 * The JSON shapes of answers that are more than one record: records in the interchange format
 * ({@link org.confed.application.json.RecordJson}) with what the question adds around them.
 */
final class Views {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Views() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** {@code {"items": [...], "next_cursor": "..."}}, the cursor left out on the last page. */
    static ObjectNode page(List<? extends ObjectNode> items, String nextCursor) {
        ObjectNode page = NODES.objectNode();
        page.putArray("items").addAll(items);
        if (nextCursor != null) {
            page.put("next_cursor", nextCursor);
        }
        return page;
    }

    /** A dated fact: the record it comes from by type and key, and its URL when the record has one. */
    static ObjectNode timelineEntry(TimelineEntry entry) {
        ObjectNode node = AnswerJson.timelineEntry(entry);
        RecordCollection.all().stream()
                .filter(collection -> collection.type() == entry.record().type())
                .findFirst()
                .ifPresent(collection -> ((ObjectNode) node.get("record"))
                        .put("href", collection.path() + "/" + Urls.segment(entry.record().id())));
        return node;
    }
}
