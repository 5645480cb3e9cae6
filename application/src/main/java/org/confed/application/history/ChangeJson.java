package org.confed.application.history;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.confed.application.asking.AnswerJson;
import org.confed.application.json.RecordJson;
import org.confed.domain.port.ChangeEntry;

/**
 * The change log in JSON, for the API and {@code confed log --format json}: one object per entry, {@code sequence},
 * {@code at} (the commit's instant), {@code actor}, {@code record} ({@code type}, {@code key}), {@code kind}
 * ({@code insert}, {@code update}, {@code retract}, {@code merge}), {@code version} (written, or withdrawn),
 * {@code replaced} (the version an update replaced), {@code content} (the record as written, or as withdrawn) and, for
 * a merge, {@code merged_into}.
 */
public final class ChangeJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final RecordJson CODEC = RecordJson.codec();

    private ChangeJson() {
    }

    /**
     * One entry.
     *
     * @param entry an entry of the log
     * @return its JSON
     */
    public static ObjectNode entry(ChangeEntry entry) {
        ObjectNode node = NODES.objectNode();
        node.put("sequence", entry.sequence());
        node.put("at", entry.at().toString());
        node.put("actor", entry.actor().name());
        node.set("record", AnswerJson.key(entry.key()));
        node.put("kind", entry.kind().code());
        node.put("version", entry.newVersion());
        if (entry.oldVersion() > 0 && entry.oldVersion() != entry.newVersion()) {
            node.put("replaced", entry.oldVersion());
        }
        node.set("content", CODEC.toJson(entry.content()));
        if (entry.mergedInto() != null) {
            node.set("merged_into", AnswerJson.key(entry.mergedInto()));
        }
        return node;
    }

    /**
     * Entries as a JSON array, in the order given.
     *
     * @param entries entries of the log
     * @return the array
     */
    public static ArrayNode entries(List<ChangeEntry> entries) {
        ArrayNode items = NODES.arrayNode();
        entries.forEach(entry -> items.add(entry(entry)));
        return items;
    }
}
