package org.confed.cli;

import java.util.List;
import org.confed.application.recording.Retraction;
import org.confed.application.recording.StillReferredException;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import org.confed.persistence.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code confed retract TYPE:KEY...}: withdraws wrong records, all in one write or none. */
@Command(name = "retract", mixinStandardHelpOptions = true, versionProvider = Confed.Version.class,
        description = {"Withdraw records, all in one write or none: a record goes only when nothing",
                "but the records named with it refers to it. The change log keeps what was",
                "withdrawn, so `query --recorded` at an earlier instant still sees it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a record is not stored, or something still refers to one (nothing withdrawn)",
                "2:wrong usage, e.g. a malformed record name", "3:store unreachable or failed"})
final class RetractCommand extends StoreCommand {
    @Parameters(arity = "1..*", paramLabel = "TYPE:KEY", converter = Arguments.Record.class,
            description = "The records, named by type and key: person:ghost-id, membership:AES:MLI:2023-09-16.")
    List<RecordKey> records;

    RetractCommand(Environment env) {
        super(env);
    }

    @Override
    int run(Store store) {
        List<RecordKey> batch = records.stream().distinct().toList();
        List<Long> versions;
        try {
            versions = new Retraction(store).retractAll(batch, null, Actor.CLI);
        } catch (StillReferredException e) {
            throw new InvalidInputException("confed: " + e.getMessage() + "; nothing was retracted");
        }
        for (int i = 0; i < batch.size(); i++) {
            env.out().println("retracted " + batch.get(i).text() + " (version " + versions.get(i) + ")");
        }
        return ExitCode.OK;
    }
}
