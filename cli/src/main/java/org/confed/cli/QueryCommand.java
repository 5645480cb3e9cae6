package org.confed.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code confed query}: what held on a day. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = Confed.Version.class,
        description = "Ask what held on a day: the presidency, the member states, or where an action plan stood.",
        subcommands = {PresidencyQuery.class, MembersQuery.class, PlanQuery.class})
final class QueryCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Name what to query: presidency, members or plan (`confed query --help`).");
    }
}
