package org.confed.cli;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.confed.application.format.Answers;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Membership;
import org.confed.persistence.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code confed query members}: which states belonged to a confederation on a day. */
@Command(name = "members", mixinStandardHelpOptions = true, versionProvider = Confed.Version.class,
        description = "The member states of a confederation on a day, with when each joined and left.")
final class MembersQuery extends AnswerCommand {
    @Mixin
    ConfederationOption confederation;

    @Mixin
    DayOption at;

    MembersQuery(Environment env) {
        super(env);
    }

    @Override
    int run(Store store) throws Exception {
        Confederation body = confederation(store, confederation.code);
        LocalDate day = at.day(env.clock());
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
