package org.confed.application.importing;

import java.util.List;
import java.util.Objects;
import org.confed.domain.port.WriteOutcome;
import org.confed.domain.port.WriteReport;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;

/** What an import found and did. */
public final class ImportReport {
    private final List<ImportProblem> problems;
    private final boolean truncated;
    private final WriteReport written;
    private final WriteReport planned;
    private final long recordsRead;
    private final long rejected;
    private final boolean dryRun;

    ImportReport(List<ImportProblem> problems, boolean truncated, WriteReport written, WriteReport planned,
                 long recordsRead, long rejected, boolean dryRun) {
        this.problems = List.copyOf(problems);
        this.truncated = truncated;
        this.written = Objects.requireNonNull(written, "written");
        this.planned = Objects.requireNonNull(planned, "planned");
        this.recordsRead = recordsRead;
        this.rejected = rejected;
        this.dryRun = dryRun;
    }

    /** The problems found, by input and line, at most {@link ImportOptions#maxProblems()} of them. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** Whether more problems were found than are listed. */
    public boolean truncated() {
        return truncated;
    }

    /** What was written, per record type; empty on a dry run or when the import was refused. */
    public WriteReport written() {
        return written;
    }

    /**
     * On a dry run that found nothing to refuse: what the import would insert, update and leave unchanged.
     * Empty otherwise.
     */
    public WriteReport planned() {
        return planned;
    }

    /** How many records (and CSV participant rows) the inputs held, good or bad. */
    public long recordsRead() {
        return recordsRead;
    }

    /** How many of them were not (or, on a dry run, would not be) written because of a problem. */
    public long rejected() {
        return rejected;
    }

    /** Whether no problem was found. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** Whether this was a dry run. */
    public boolean dryRun() {
        return dryRun;
    }

    /**
     * One line per record type, in the order of {@link RecordSchemas#all()}: {@code meeting: 3 inserted, 0 updated,
     * 1 unchanged} (on a dry run: {@code would insert ...}), followed by the rejections if any.
     */
    public String summary() {
        WriteReport counts = dryRun ? planned : written;
        StringBuilder out = new StringBuilder();
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            String type = schema.name();
            long inserted = counts.count(schema.javaType(), WriteOutcome.INSERTED);
            long updated = counts.count(schema.javaType(), WriteOutcome.UPDATED);
            long unchanged = counts.count(schema.javaType(), WriteOutcome.UNCHANGED);
            if (inserted + updated + unchanged == 0) {
                continue;
            }
            out.append(type).append(dryRun ? ": would insert " : ": ").append(inserted).append(dryRun ? ", update " : " inserted, ")
                    .append(updated).append(dryRun ? ", leave unchanged " : " updated, ").append(unchanged)
                    .append(dryRun ? "" : " unchanged").append('\n');
        }
        if (rejected > 0) {
            out.append(rejected).append(" record(s) rejected\n");
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "ImportReport[read " + recordsRead + ", rejected " + rejected + ", problems " + problems.size()
                + (truncated ? "+" : "") + "]\n" + summary();
    }
}
