package org.confed.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.confed.application.importing.ImportOptions;
import org.confed.application.importing.ImportReport;
import org.confed.application.importing.ImportSource;
import org.confed.application.importing.Importer;
import org.confed.application.json.RecordJson;
import org.confed.domain.port.Actor;
import org.confed.domain.port.Registry;
import org.confed.domain.port.WriteSession;
import org.confed.persistence.Store;

/**
 * {@code import_time_split}: one real import, run in this process through the same {@link Importer} as
 * {@code confed import}, with the store behind a proxy that clocks the write session's {@code put} and
 * {@code putAll} calls, its first read by term (where the terms the store held back go in) and the write's own steps
 * around the work (its start, any terms still held, its commit): the store writing its rows. The importer reads and
 * checks every record alone first (its read stage), then in one write of the store checks references and the rules
 * across records and hands the records to the session chunk by chunk, so the time outside those is reading and
 * checking, the time inside them writing. Prints {@code total_s outside_writes_s in_writes_s}.
 */
final class ImportSplit {
    private ImportSplit() {
    }

    /** {@code split H2_FILE_BASE FILE}. */
    static void main(String... args) throws Exception {
        Path file = Path.of(args[1]);
        Path folder = Files.createTempDirectory("confed-bench-split");
        long[] inWrites = new long[1];
        long started = System.nanoTime();
        ImportReport report;
        try (Store store = Store.open("jdbc:h2:file:" + args[0], RecordJson.codec())) {
            Registry registry = (Registry) Proxy.newProxyInstance(Registry.class.getClassLoader(),
                    new Class<?>[] {Registry.class}, (proxy, method, arguments) -> {
                        if (method.getName().equals("transact")) {
                            @SuppressWarnings("unchecked")
                            Function<WriteSession, Object> work = (Function<WriteSession, Object>) arguments[1];
                            // the write's own steps outside the work (its start, the terms it held back, its
                            // commit) are the store writing too: all of transact's time but the work's, put calls aside
                            long[] inWork = new long[1];
                            long before = System.nanoTime();
                            try {
                                return store.transact((Actor) arguments[0], session -> {
                                    long workStarted = System.nanoTime();
                                    try {
                                        return work.apply(clocked(session, inWrites));
                                    } finally {
                                        inWork[0] += System.nanoTime() - workStarted;
                                    }
                                });
                            } finally {
                                inWrites[0] += System.nanoTime() - before - inWork[0];
                            }
                        }
                        return forward(store, method, arguments);
                    });
            report = new Importer(registry, folder).run(List.of(ImportSource.file(file, null)),
                    ImportOptions.defaults(new Actor("bench")));
        } finally {
            try (Stream<Path> left = Files.walk(folder)) {
                left.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        double total = (System.nanoTime() - started) / 1e9;
        if (!report.ok() || !report.written().changedAnything()) {
            throw new IllegalStateException("the import failed: " + report.problems());
        }
        double writing = inWrites[0] / 1e9;
        System.out.printf(Locale.ROOT, "%.3f %.3f %.3f%n", total, total - writing, writing);
    }

    /**
     * The session, its {@code put} and {@code putAll} calls clocked into {@code nanos[0]}, and its first read by term
     * ({@code referring}, {@code searchMeetings}): the store inserts there the terms it held back.
     */
    private static WriteSession clocked(WriteSession session, long[] nanos) {
        boolean[] termsIn = {false};
        return (WriteSession) Proxy.newProxyInstance(WriteSession.class.getClassLoader(), new Class<?>[] {WriteSession.class},
                (proxy, method, arguments) -> {
                    boolean byTerm = method.getName().equals("referring") || method.getName().equals("searchMeetings");
                    boolean writing = method.getName().equals("put") || method.getName().equals("putAll")
                            || byTerm && !termsIn[0];
                    termsIn[0] |= byTerm;
                    long before = System.nanoTime();
                    try {
                        return forward(session, method, arguments);
                    } finally {
                        if (writing) {
                            nanos[0] += System.nanoTime() - before;
                        }
                    }
                });
    }

    private static Object forward(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
