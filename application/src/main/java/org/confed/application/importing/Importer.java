package org.confed.application.importing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.confed.domain.port.Registry;
import org.confed.domain.port.StoreUnavailableException;
import org.confed.domain.port.WriteReport;

/**
 * The import use case, behind {@code confed import} and {@code POST /api/import}, in two stages:
 * <ol>
 *   <li>{@link ReadStage reading}: every input read by its format's reader, each record decoded and checked alone
 *       (fields, dates, codes), keys compared across the whole import (a key given twice with the same content is one
 *       record; with different content, a problem at the second place naming the first), and the records put aside
 *       by type in the import's working folder, so memory stays bounded whatever the size of the inputs;</li>
 *   <li>{@link WriteStage writing}, in one write of the store: the records type by type in dependency order, each
 *       chunk's references checked against the store as the write sees it, then the rules across records
 *       ({@link org.confed.domain.rules.Consistency}: overlapping memberships and terms, a presiding state that is not
 *       a member, illegal plan moves, unknown pillars) on everything written. Each problem is at the
 *       {@code FILE:LINE} of the record that brings it.</li>
 * </ol>
 * {@link OnError#STOP}: any problem and the write is undone, so nothing is written. {@link OnError#SKIP}: the good
 * records are written, the bad ones listed with their reasons, and records that refer to a rejected record are
 * rejected too; when the rules reject records once everything is in, the write is undone and tried again without
 * them. A dry run does everything, then undoes the write, and says what it would have inserted, updated and left
 * unchanged. Re-running an import reports every record unchanged.
 */
public final class Importer {
    private final Registry registry;
    private final Path workParent;

    /**
     * An importer into a registry, keeping its working files under the system's temporary directory.
     *
     * @param registry where records go
     */
    public Importer(Registry registry) {
        this(registry, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * An importer into a registry.
     *
     * @param registry   where records go
     * @param workParent where each import makes (and removes) its working folder
     */
    public Importer(Registry registry, Path workParent) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.workParent = Objects.requireNonNull(workParent, "workParent");
    }

    /**
     * Imports the inputs, as {@link #run(List, ImportOptions, ImportProgress)} does, with nobody told of progress.
     *
     * @param sources the inputs, in the order their problems are listed
     * @param options what to do on a problem, whether to write
     * @return what was read, refused and written
     * @throws StoreUnavailableException when the store, or the import's working folder, cannot be used
     */
    public ImportReport run(List<ImportSource> sources, ImportOptions options) {
        return run(sources, options, ImportProgress.NONE);
    }

    /**
     * Imports the inputs.
     *
     * @param sources  the inputs, in the order their problems are listed
     * @param options  what to do on a problem, whether to write
     * @param progress told of each phase and how far it has come
     * @return what was read, refused and written
     * @throws StoreUnavailableException when the store, or the import's working folder, cannot be used
     */
    public ImportReport run(List<ImportSource> sources, ImportOptions options, ImportProgress progress) {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(options, "options");
        Map<String, Integer> order = new HashMap<>();
        for (int i = sources.size() - 1; i >= 0; i--) {
            order.put(sources.get(i).name(), i);
        }
        Problems problems = new Problems(options.maxProblems(), order);
        try (WorkingFolder folder = WorkingFolder.in(workParent)) {
            ReadStage.Result read = new ReadStage(folder, List.copyOf(sources), problems, progress).run();
            try {
                WriteReport written = write(read, options, problems, folder, progress);
                return report(problems, read, written, new WriteReport(), options);
            } catch (Undone undone) {
                return report(problems, read, new WriteReport(), undone.planned, options);
            } finally {
                read.spills().values().forEach(spill -> {
                    try {
                        spill.close();
                    } catch (java.io.IOException e) {
                        // the folder goes with its files
                    }
                });
            }
        }
    }

    private WriteReport write(ReadStage.Result read, ImportOptions options, Problems problems, WorkingFolder folder,
                              ImportProgress progress) {
        while (true) {
            WriteStage.Pass pass;
            try {
                pass = registry.transact(options.actor(), session -> {
                    WriteStage.Pass done = new WriteStage(read, options, problems, folder, progress).run(session);
                    if (done.newRejects() > 0 && options.onError() == OnError.SKIP) {
                        throw new Retry();
                    }
                    if (problems.any() && options.onError() == OnError.STOP) {
                        throw new Undone(new WriteReport());
                    }
                    if (options.dryRun()) {
                        throw new Undone(done.written());
                    }
                    progress.phase(ImportProgress.Phase.COMMITTING, -1);
                    return done;
                });
            } catch (Retry retry) {
                continue; // the records the rules rejected are marked: write again without them
            }
            return pass.written();
        }
    }

    private static ImportReport report(Problems problems, ReadStage.Result read, WriteReport written, WriteReport planned,
                                       ImportOptions options) {
        return new ImportReport(problems.listed(), problems.truncated(), written, planned, read.recordsRead(), read.rejected(),
                options.dryRun());
    }

    /** Undoes the write: a refused import, or a dry run, with what it would have written. */
    private static final class Undone extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient WriteReport planned;

        Undone(WriteReport planned) {
            super(null, null, false, false);
            this.planned = planned;
        }
    }

    /** Undoes the write so it can be made again without the records just rejected. */
    private static final class Retry extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Retry() {
            super(null, null, false, false);
        }
    }
}
