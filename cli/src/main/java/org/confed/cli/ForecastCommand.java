package org.confed.cli;

import java.util.List;
import org.confed.application.asking.AnswerJson;
import org.confed.application.asking.ForecastAnswer;
import org.confed.application.asking.Questions;
import org.confed.domain.model.Confederation;
import org.confed.domain.port.RecordView;
import org.confed.domain.query.ForecastException;
import org.confed.domain.query.ForecastTerm;
import org.confed.persistence.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code confed forecast}: the presidencies to come, from the rotation and the term length. */
@Command(name = "forecast", mixinStandardHelpOptions = true, versionProvider = Confed.Version.class,
        description = {"The next presidency terms after the last recorded one,",
                "from the confederation's rotation order and presidency_term, skipping states that are not members."})
final class ForecastCommand extends AnswerCommand {
    static final int MAX_COUNT = 100;

    @Mixin
    ConfederationOption confederation;

    @Mixin
    RecordedOption recorded;

    @Option(names = "--count", paramLabel = "N", defaultValue = "3", description = "How many terms (1 to 100; default 3).")
    int count;

    ForecastCommand(Environment env) {
        super(env);
    }

    @Override
    int run(Store store) throws Exception {
        if (count < 1 || count > MAX_COUNT) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--count must be between 1 and " + MAX_COUNT + ", not " + count);
        }
        RecordView records = recorded.view(store);
        Confederation body = confederation(store, recorded, records, confederation.code);
        ForecastAnswer answer;
        try {
            answer = new Questions(records).forecast(body, count);
        } catch (ForecastException e) {
            throw new InvalidInputException("confed: " + e.getMessage() + "; no forecast");
        }
        if (json()) {
            print(AnswerJson.forecast(answer));
            return ExitCode.OK;
        }
        List<ForecastTerm> terms = answer.terms();
        env.out().println("Next " + terms.size() + " presidency term(s) of " + body.code() + " (rotation "
                + String.join(", ", body.rotation().stream().map(Object::toString).toList()) + "; each term "
                + body.presidencyTerm() + ")" + recorded.asRecorded());
        TextTable table = TextTable.withHeader("state", "from", "to");
        terms.forEach(term -> table.row(stateName(records, term.state()), term.firstDay(), term.lastDay()));
        table.print(env.out());
        return ExitCode.OK;
    }
}
