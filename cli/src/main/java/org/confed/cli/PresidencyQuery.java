package org.confed.cli;

import java.time.LocalDate;
import java.util.Optional;
import org.confed.application.format.Answers;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Person;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.port.Versioned;
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

    PresidencyQuery(Environment env) {
        super(env);
    }

    @Override
    int run(Store store) throws Exception {
        Confederation body = confederation(store, confederation.code);
        LocalDate day = at.day(env.clock());
        Optional<PresidencyTerm> found = store.presidencyOn(body.code(), day);
        if (found.isEmpty()) {
            throw new InvalidInputException("confed: no presidency term of " + body.code() + " covers " + day);
        }
        PresidencyTerm term = found.get();
        if (json()) {
            print(Answers.term(term, store, true));
            return ExitCode.OK;
        }
        RotatingPresidency recorded = term.term();
        String holder = recorded.holder() == null ? null
                : store.find(Person.class, RecordKey.of("person", recorded.holder())).map(Versioned::record)
                        .map(Person::name).orElse(recorded.holder().value());
        env.out().println("Presidency of " + body.code() + " on " + day);
        TextTable.fields()
                .row("state", stateName(store, recorded.state()))
                .row("holder", holder)
                .row("from", recorded.start())
                .row("until", until(term))
                .row("decided at", recorded.designatedAt())
                .row("sources", recorded.sources().isEmpty() ? null : String.join(", ",
                        recorded.sources().stream().map(Object::toString).toList()))
                .print(env.out());
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
