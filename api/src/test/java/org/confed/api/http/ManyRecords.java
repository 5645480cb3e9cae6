package org.confed.api.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.confed.application.json.RecordJson;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;

/**
 * The AES facts plus {@value #EACH} more records of every collection with a one-field key, more than the largest
 * page, so that a test of the page cap fails when the cap is gone; states are the exception: there are only 249 ISO
 * 3166-1 codes, and every one of them is stored.
 */
final class ManyRecords {
    /** More than {@link ApiConfig#MAX_PAGE_SIZE}. */
    static final int EACH = ApiConfig.MAX_PAGE_SIZE + 101;
    /** The person of every meeting. */
    static final String BUSY_PERSON = "many-person-0";

    private ManyRecords() {
    }

    static InMemoryRegistry registry() {
        InMemoryRegistry registry = RunningApi.aesRegistry();
        List<Json> writes = new ArrayList<>();
        String pillar = AesFacts.confederation().pillars().get(0).value();
        for (int i = 0; i < EACH; i++) {
            writes.add(record("source", "id", "many-source-" + i));
            writes.add(record("person", "id", "many-person-" + i).put("name", "Personne " + i));
            writes.add(record("confederation", "code", "C" + i).put("name", "Confédération " + i));
            Json meeting = record("meeting", "id", "many-meeting-" + i).put("kind", "other").put("date", "2024-11-06");
            // one person takes part in every meeting, so a person's page of meetings holds more than a page too
            meeting.node().putArray("participants").addObject().put("person", BUSY_PERSON);
            writes.add(meeting);
            writes.add(record("post", "id", "many-post-" + i).put("label", "Poste " + i));
            writes.add(record("instrument", "id", "many-instrument-" + i).put("kind", "other")
                    .put("title", "Instrument " + i));
            writes.add(record("action_plan", "id", "many-plan-" + i).put("confederation", "AES").put("pillar", pillar)
                    .put("title", "Plan " + i));
        }
        for (String code : unusedStateCodes()) {
            writes.add(record("state", "code", code).put("name", "État " + code));
        }
        registry.write(writes.stream().map(write -> RecordWrite.upsert(RecordJson.codec().fromJson(write.node(), null))).toList(), Actor.CLI);
        return registry;
    }

    /** The ISO 3166-1 alpha-3 codes the AES facts do not use. */
    static List<String> unusedStateCodes() {
        java.util.Set<String> used = new java.util.HashSet<>();
        AesFacts.states().forEach(state -> used.add(state.code().value()));
        return java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA3).stream()
                .filter(code -> !used.contains(code)).sorted().toList();
    }

    private static Json record(String type, String keyField, String key) {
        return new Json(JsonNodeFactory.instance.objectNode().put("type", type).put(keyField, key));
    }

    /** A record's JSON as it is built. */
    private record Json(ObjectNode node) {
        Json put(String field, String value) {
            node.put(field, value);
            return this;
        }
    }
}
