package org.confed.cli;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.confed.api.view.Answers;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Membership;
import org.confed.persistence.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code confed query members}: which states belonged to a confederation on a day. */
@Command(name = "members", mixinStandardHelpOptions = true, versionProvider = Confed.Version.class,
        description = "The member states of a confederation on a day, with when each joined and left.")
final class MembersQuery extends AnswerCommand {
    @Option(names = "--confederation", required = true, paramLabel = "CODE", converter = Arguments.Confederation.class,
            description = "The confederation's code, e.g. AES.")
    ConfederationCode confederation;

    @Option(names = "--at", paramLabel = "YYYY-MM-DD", converter = Arguments.Day.class, description = "The day (default: today).")
    LocalDate at;

    MembersQuery(Environment env) {
        super(env);
    }

    @Override
    int run(Store store) throws Exception {
        Confederation body = confederation(store, confederation);
        LocalDate day = dayOr(at);
        if (json()) {
            print(Answers.members(store, body, day));
            return ExitCode.OK;
        }
        List<Membership> members = store.membersOn(body.code(), day).stream()
                .sorted(Comparator.comparing(Membership::state)).toList();
        env.out().println("Members of " + body.code() + " on " + day + ": " + members.size());
        TextTable table = TextTable.withHeader("state", "since", "until");
        members.forEach(member -> table.row(stateName(store, member.state()), member.start(), member.end()));
        if (!table.isEmpty()) {
            table.print(env.out());
        }
        return ExitCode.OK;
    }
}
