package org.confed.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.confed.application.history.ChangeJson;
import org.confed.application.history.History;
import org.confed.application.json.Json;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.ChangeQuery;
import org.confed.domain.port.Page;
import org.confed.persistence.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code confed log}: the change log, newest first: who wrote which record, when, and which version. */
@Command(name = "log", mixinStandardHelpOptions = true, versionProvider = Confed.Version.class,
        description = {"The change log, newest first: each change's sequence number, when it was",
                "recorded, who wrote it (cli, or an API token's name), what it did (insert,",
                "update, retract, merge), the record and the version written or withdrawn.",
                "--format json adds each record as it was written."})
final class LogCommand extends AnswerCommand {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    @Option(names = "--record", paramLabel = "TYPE:KEY", converter = Arguments.Record.class,
            description = "Only the changes of this record, e.g. person:assimi-goita or membership:AES:MLI:2023-09-16.")
    RecordKey record;

    @Option(names = "--since", paramLabel = "INSTANT", converter = Arguments.Since.class,
            description = "Only changes recorded at or after this instant (ISO 8601 with its offset), or since the start of this day in UTC.")
    Instant since;

    @Option(names = "--actor", paramLabel = "NAME", converter = Arguments.Writer.class,
            description = "Only changes written by this actor: cli, or an API token's name.")
    Actor actor;

    @Option(names = "--before", paramLabel = "SEQUENCE",
            description = "Only changes older than this sequence number: the next page, after the last one shown.")
    Long before;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + DEFAULT_LIMIT,
            description = "How many changes at most (1 to " + MAX_LIMIT + "; default ${DEFAULT-VALUE}).")
    int limit;

    LogCommand(Environment env) {
        super(env);
    }

    @Override
    int run(Store store) throws Exception {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (before != null && before < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--before must be a sequence number of 1 or more, not " + before);
        }
        Page<ChangeEntry> page = new History(store).changes(new ChangeQuery(since, record, actor, before, limit));
        if (json()) {
            ObjectNode answer = Json.mapper().createObjectNode();
            answer.set("items", ChangeJson.entries(page.items()));
            answer.put("more", page.more());
            print(answer);
            return ExitCode.OK;
        }
        if (page.items().isEmpty()) {
            env.out().println(filtered() ? "No change matches." : "No change recorded yet.");
            return ExitCode.OK;
        }
        TextTable table = TextTable.withHeader("seq", "recorded at", "actor", "change", "version", "record");
        for (ChangeEntry entry : page.items()) {
            table.row(entry.sequence(), entry.at(), entry.actor(), entry.kind().code(), entry.newVersion(), record(entry));
        }
        table.print(env.out());
        if (page.more()) {
            env.out().println("Older changes follow: add --before " + page.items().get(page.items().size() - 1).sequence()
                    + " to see them.");
        }
        return ExitCode.OK;
    }

    private boolean filtered() {
        return record != null || since != null || actor != null || before != null;
    }

    private static String record(ChangeEntry entry) {
        return entry.key().text() + (entry.mergedInto() == null ? "" : " → " + entry.mergedInto().text());
    }
}
