package org.confed.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.confed.application.asking.Questions;
import org.confed.application.json.Json;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.State;
import org.confed.domain.model.StateCode;
import org.confed.domain.port.Registry;
import org.confed.domain.port.Versioned;
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

    static Confederation confederation(Store store, ConfederationCode code) {
        return new Questions(store).confederation(code).orElseThrow(() -> new InvalidInputException(store.isEmpty()
                ? "confed: the store " + store.location() + " is empty: `confed serve` loads the AES demo data into an"
                        + " empty store, `confed import FILE` loads yours"
                : "confed: there is no confederation with code " + code));
    }

    /** "Mali (MLI)", or the bare code when the state is not recorded. */
    static String stateName(Registry registry, StateCode code) {
        return registry.find(State.class, RecordKey.of(State.class, code)).map(Versioned::record)
                .map(state -> state.name() + " (" + code + ")").orElse(code.value());
    }
}
