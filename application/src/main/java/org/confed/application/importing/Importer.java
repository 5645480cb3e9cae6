package org.confed.application.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.confed.domain.port.Registry;

/**
 * The import pipeline behind {@code confed import} and {@code POST /api/import}.
 *
 * <ul>
 *   <li>Everything is checked before anything is written: each record on its own (fields, dates, codes), keys
 *       across the whole import, references (to a record of the import or a stored one), and the rules across
 *       records of {@link org.confed.domain.rules.Consistency} (overlapping memberships and terms, a presiding state
 *       that is not a member, illegal plan moves, unknown pillars), each problem at the {@code FILE:LINE} of the
 *       record that brings it.</li>
 *   <li>Every problem is listed, up to {@link ImportOptions#maxProblems()}.</li>
 *   <li>{@link OnError#STOP}: any problem and nothing is written. {@link OnError#SKIP}: the good records are
 *       written, the bad ones are listed with their reasons, and records that refer to a rejected record are
 *       rejected too.</li>
 *   <li>A dry run checks and reports, and says what it would insert, update and leave unchanged.</li>
 *   <li>Records may come in any order, across any number of inputs. A key given twice with the same content is one
 *       record; with different content it is a problem at the second place, naming the first.</li>
 *   <li>All records are written by one {@code registry.write} call: one transaction. Re-running an import reports
 *       every record unchanged.</li>
 *   <li>Memory stays bounded whatever the size of the inputs: records wait in spill files under the working
 *       directory, and only about 25 bytes per key stay in memory; the exceptions are the records the rules across
 *       records need whole (confederations, memberships, presidencies, action plans, plan events) and CSV
 *       participant rows.</li>
 * </ul>
 *
 * <p>A store that is unreachable surfaces as {@link org.confed.domain.port.StoreUnavailableException}; a rule
 * the store itself enforces at write time (another writer got there first) becomes a problem of the report.
 */
public final class Importer {
    private final Registry registry;
    private final Path tempDir;

    /**
     * @param registry where records are checked against and written to
     * @param tempDir  where the spill files of a run go; each run deletes its own
     */
    public Importer(Registry registry, Path tempDir) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.tempDir = Objects.requireNonNull(tempDir, "tempDir");
    }

    /** Imports the records of {@code sources}; never throws for bad input, which the report lists. */
    public ImportReport run(List<ImportSource> sources, ImportOptions options) {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(options, "options");
        try (ImportRun run = new ImportRun(registry, tempDir, sources, options)) {
            return run.execute();
        }
    }
}
