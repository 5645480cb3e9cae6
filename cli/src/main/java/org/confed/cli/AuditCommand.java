package org.confed.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.confed.application.auditing.Audit;
import org.confed.application.auditing.AuditJson;
import org.confed.application.auditing.Finding;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.RecordKey;
import org.confed.persistence.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code confed audit}: what the registry asserts that its sources do not say, or not for certain. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = Confed.Version.class,
        description = {"What the registry asserts without support: records with no source, citations without a quote,",
                "fields no citation supports, disputed fields, uncertain dates, participants known only by their post,",
                "and the presidency forecast resting on any of these."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing found, or findings without --strict", "1:something found, with --strict",
                "2:wrong usage", "3:store unreachable or failed"})
final class AuditCommand extends AnswerCommand {
    @Option(names = "--confederation", paramLabel = "CODE", converter = Arguments.Confederation.class,
            description = "Only the confederation, the records that refer to it and those they refer to.")
    ConfederationCode confederation;

    @Option(names = "--strict", description = "Exit with 1 when anything is found, for a data repository's CI.")
    boolean strict;

    AuditCommand(Environment env) {
        super(env);
    }

    @Override
    int run(Store store) throws Exception {
        if (confederation != null) {
            confederation(store, confederation); // an unknown code is refused, not audited as nothing
        }
        List<Finding> findings = new Audit(store).findings(confederation);
        if (json()) {
            print(AuditJson.of(findings));
        } else {
            printText(findings);
        }
        return strict && !findings.isEmpty() ? ExitCode.INVALID_INPUT : ExitCode.OK;
    }

    private void printText(List<Finding> findings) {
        if (findings.isEmpty()) {
            env.out().println("Nothing found: every fact is sourced, quoted, supported and certain.");
            return;
        }
        RecordKey current = null;
        for (Finding finding : findings) {
            if (!finding.record().equals(current)) {
                current = finding.record();
                env.out().println(current.text());
            }
            env.out().println("  " + (finding.field() == null ? "" : finding.field() + ": ") + finding.kind().code()
                    + ": " + finding.detail());
        }
        Map<String, Long> byKind = findings.stream().collect(Collectors.groupingBy(finding -> finding.kind().code(),
                TreeMap::new, Collectors.counting()));
        env.out().println(findings.size() + " finding(s) on " + findings.stream().map(Finding::record).distinct().count()
                + " record(s): " + byKind.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", ")));
    }
}
