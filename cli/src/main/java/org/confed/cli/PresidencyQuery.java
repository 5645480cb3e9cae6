package org.confed.cli;

import java.time.LocalDate;
import org.confed.application.asking.AnswerJson;
import org.confed.application.asking.PresidencyAnswer;
import org.confed.application.asking.Questions;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Person;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.port.RecordView;
import org.confed.domain.query.PresidencyTerm;
import org.confed.persistence.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code confed query presidency}: who presided a confederation on a day. */
@Command(name = "presidency", mixinStandardHelpOptions = true, versionProvider = Confed.Version.class,
        description = "The presidency term covering a day: the state, its holder, when the term began and ends.")
final class PresidencyQuery extends AnswerCommand {
    @Mixin
    ConfederationOption confederation;

    @Mixin
    DayOption at;

    @Mixin
    RecordedOption recorded;

    PresidencyQuery(Environment env) {
        super(env);
    }

    @Override
    int run(Store store) throws Exception {
        RecordView records = recorded.view(store);
        Confederation body = confederation(store, recorded, records, confederation.code);
        LocalDate day = at.day(env.clock());
        PresidencyAnswer answer = new Questions(records).presidency(body, day).orElseThrow(() ->
                new InvalidInputException("confed: no presidency term of " + body.code() + " covers " + day
                        + recorded.asRecorded()));
        if (json()) {
            print(AnswerJson.presidencyOn(answer));
            return ExitCode.OK;
        }
        PresidencyTerm term = answer.term();
        RotatingPresidency held = term.term();
        String holder = held.holder() == null ? null
                : answer.holder().map(Person::name).orElse(held.holder().value());
        env.out().println("Presidency of " + body.code() + " on " + day + recorded.asRecorded());
        TextTable.fields()
                .row("state", stateName(records, held.state()))
                .row("holder", holder)
                .row("from", held.start())
                .row("until", until(term))
                .row("decided at", held.designatedAt())
                // Each source once, by its id: a source may be cited for several quotes.
                .row("sources", held.sources().isEmpty() ? null : String.join(", ",
                        held.sources().stream().map(citation -> citation.source().toString()).distinct().toList()))
                .print(env.out());
        printUncertain(answer.uncertain());
        return ExitCode.OK;
    }

    private static String until(PresidencyTerm term) {
        if (term.lastDay() != null) {
            return term.lastDay() + (term.plannedEnd() != null && !term.plannedEnd().equals(term.lastDay())
                    ? " (planned " + term.plannedEnd() + ")" : "");
        }
        return term.plannedEnd() != null ? term.plannedEnd() + " (planned; still open)" : "open";
    }
}
