package org.confed.cli;

import java.time.LocalDate;
import java.util.List;
import org.confed.application.asking.AnswerJson;
import org.confed.application.asking.MembersAnswer;
import org.confed.application.asking.Questions;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Membership;
import org.confed.domain.port.RecordView;
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

    @Mixin
    RecordedOption recorded;

    MembersQuery(Environment env) {
        super(env);
    }

    @Override
    int run(Store store) throws Exception {
        RecordView records = recorded.view(store);
        Confederation body = confederation(store, recorded, records, confederation.code);
        LocalDate day = at.day(env.clock());
        MembersAnswer answer = new Questions(records).members(body, day);
        if (json()) {
            print(AnswerJson.members(answer));
            return ExitCode.OK;
        }
        List<Membership> members = answer.members();
        env.out().println("Members of " + body.code() + " on " + day + recorded.asRecorded() + ": " + members.size());
        TextTable table = TextTable.withHeader("state", "since", "until");
        members.forEach(member -> table.row(stateName(records, member.state()), member.start(), member.end()));
        if (!table.isEmpty()) {
            table.print(env.out());
        }
        printUncertain(answer.uncertain());
        return ExitCode.OK;
    }
}
