package org.confed.cli;

import org.confed.application.recording.PersonMerge;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import org.confed.domain.rules.RuleViolationException;
import org.confed.persistence.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code confed merge-persons FROM --into TO}: two records of one person become one. */
@Command(name = "merge-persons", mixinStandardHelpOptions = true, versionProvider = Confed.Version.class,
        description = {"Two records of one person become one, in one write: every record naming",
                "FROM names TO instead, TO's aliases gain FROM's names, and FROM is withdrawn",
                "as merged, so later imports naming it resolve to TO. A merge that would break",
                "a rule (two overlapping terms of one office) is refused; nothing changes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a person is not stored, or the merge would break a rule (nothing changed)",
                "2:wrong usage", "3:store unreachable or failed"})
final class MergePersonsCommand extends StoreCommand {
    @Parameters(paramLabel = "FROM", converter = Arguments.Person.class, description = "The id of the person that goes.")
    PersonId from;

    @Option(names = "--into", required = true, paramLabel = "TO", converter = Arguments.Person.class,
            description = "The id of the person that stays.")
    PersonId into;

    MergePersonsCommand(Environment env) {
        super(env);
    }

    @Override
    int run(Store store) {
        if (from.equals(into)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "FROM and --into both name " + from + ": name two persons");
        }
        PersonMerge.Merged merged;
        try {
            merged = new PersonMerge(store).merge(into, from, Actor.CLI);
        } catch (RuleViolationException e) {
            throw new InvalidInputException("confed: merge refused, nothing changed: " + e.getMessage());
        }
        Person survivor = merged.survivor();
        env.out().println(merged.merged().key().text() + " merged into " + survivor.key().text());
        TextTable table = TextTable.fields()
                .row("survivor", survivor.name() + " (" + survivor.id() + ")")
                .row("aliases", survivor.aliases().isEmpty() ? null : String.join(", ", survivor.aliases()));
        if (merged.moved().isEmpty()) {
            table.row("moved", "nothing referred to " + merged.merged().id());
        }
        for (int i = 0; i < merged.moved().size(); i++) {
            RecordKey moved = merged.moved().get(i);
            table.row(i == 0 ? "moved" : "", moved.text());
        }
        table.print(env.out());
        return ExitCode.OK;
    }
}
