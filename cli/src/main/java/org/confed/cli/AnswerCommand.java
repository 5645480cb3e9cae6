package org.confed.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.confed.application.asking.DateWords;
import org.confed.application.asking.Questions;
import org.confed.application.json.Json;
import org.confed.application.json.RecordJson;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.State;
import org.confed.domain.model.StateCode;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.Versioned;
import org.confed.domain.query.Because;
import org.confed.domain.query.Uncertainty;
import org.confed.persistence.Store;
import picocli.CommandLine.Option;

/** A question put to the store, answered as a table for people or as the API's JSON for scripts. */
abstract class AnswerCommand extends StoreCommand {
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text: a table for people (default); json: the shape the HTTP API answers with.")
    Format format;

    AnswerCommand(Environment env) {
        super(env);
    }

    boolean json() {
        return format == Format.json;
    }

    void print(JsonNode answer) throws JsonProcessingException {
        env.out().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(answer));
    }

    /**
     * For an answer that is not certain (FORMAT.md, "Certain and uncertain answers"), says so and why, one line for
     * each fact that could change it, a span in the words of the record audit's uncertain_date:
     * <pre>
     * uncertain, because:
     *   plan_event:aes-unified-force:adopted:2025-01: its date is known only as some day of 2025-01 (2025-01-01 to 2025-01-31)
     *   presidency:AES:2025-12-23: its start is disputed: a source gives 2025-12-22
     * </pre>
     * A certain answer prints nothing more.
     */
    void printUncertain(List<Uncertainty> uncertain) {
        if (uncertain.isEmpty()) {
            return;
        }
        env.out().println("uncertain, because:");
        for (Uncertainty item : uncertain) {
            env.out().println("  " + why(item));
        }
    }

    /** One reason in words: the record, then its field known only as a span, or disputed. */
    static String why(Uncertainty item) {
        String reason = item.because() == Because.SPAN && item.value() instanceof PartialDate date
                ? "its " + item.field() + " is known only as " + DateWords.span(date)
                : "its " + item.field() + " is disputed: a source gives " + value(item);
        return item.record().text() + ": " + reason;
    }

    // the value as the format writes it in that field (a date as its text, a list as a JSON array)
    private static String value(Uncertainty item) {
        JsonNode value = RecordJson.codec().fieldValue(item.record().type(), item.field(), item.value());
        return value.isTextual() ? value.asText() : value.toString();
    }

    static Confederation confederation(Store store, ConfederationCode code) {
        return new Questions(store).confederation(code).orElseThrow(() -> new InvalidInputException(store.isEmpty()
                ? "confed: the store " + store.location() + " is empty: `confed serve` loads the AES demo data into an"
                        + " empty store, `confed import FILE` loads yours"
                : "confed: there is no confederation with code " + code));
    }

    /** The confederation in {@code records}, the registry as {@code recorded} asks it, else why it is missing. */
    static Confederation confederation(Store store, RecordedOption recorded, RecordView records, ConfederationCode code) {
        if (recorded.recorded == null) {
            return confederation(store, code);
        }
        return new Questions(records).confederation(code).orElseThrow(() -> new InvalidInputException(
                "confed: there was no confederation with code " + code + recorded.asRecorded()));
    }

    /** "Mali (MLI)", or the bare code when the state is not recorded. */
    static String stateName(RecordView registry, StateCode code) {
        return registry.find(State.class, RecordKey.of(State.class, code)).map(Versioned::record)
                .map(state -> state.name() + " (" + code + ")").orElse(code.value());
    }
}
