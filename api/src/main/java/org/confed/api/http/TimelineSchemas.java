package org.confed.api.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.confed.domain.port.Period;

/** The OpenAPI schemas of the timeline's counts. */
final class TimelineSchemas {
    private TimelineSchemas() {
    }

    static ObjectNode meetingCounts() {
        ObjectNode count = JsonSchemas.objectOf("The meetings that began in one period.", new String[] {"start", "meetings"},
                "start", JsonSchemas.day("The period's first day."),
                "meetings", JsonSchemas.object().put("type", "integer").put("minimum", 1)
                        .put("description", "How many meetings have their first day in the period."));
        return JsonSchemas.objectOf("How many meetings began in each period of a span; periods without one are left out.",
                new String[] {"period", "from", "to", "total", "items"},
                "confederation", JsonSchemas.string("The confederation asked about; absent for all."),
                "period", JsonSchemas.enumOf("What meetings are counted by.",
                        List.of(Period.values()).stream().map(Period::code).toList()),
                "from", JsonSchemas.day("The span's first day."),
                "to", JsonSchemas.day("The span's last day."),
                "total", JsonSchemas.object().put("type", "integer").put("minimum", 0)
                        .put("description", "How many meetings began in the span."),
                "items", JsonSchemas.arrayOf(count));
    }
}
