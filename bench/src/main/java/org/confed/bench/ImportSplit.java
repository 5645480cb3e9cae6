package org.confed.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.confed.application.format.ImportOptions;
import org.confed.application.format.ImportReport;
import org.confed.application.format.ImportSource;
import org.confed.application.format.Importer;
import org.confed.domain.port.Actor;
import org.confed.domain.port.Registry;
import org.confed.persistence.Store;

/**
 * {@code import_time_split}: one real import, run in this process through the same {@link Importer} as
 * {@code confed import}, with the store behind a proxy that clocks its {@code write} call. The importer writes
 * everything in that one call after it has read and checked everything, so the time before it is reading and
 * checking, the time inside it writing. Prints {@code total_s before_write_s in_write_s}.
 */
final class ImportSplit {
    private ImportSplit() {
    }

    /** {@code split H2_FILE_BASE FILE}. */
    static void main(String... args) throws Exception {
        Path file = Path.of(args[1]);
        Path spill = Files.createTempDirectory("confed-bench-spill");
        long[] inWrite = new long[1];
        long started = System.nanoTime();
        ImportReport report;
        try (Store store = Store.open("jdbc:h2:file:" + args[0])) {
            InvocationHandler clocked = (proxy, method, arguments) -> {
                long before = System.nanoTime();
                try {
                    return method.invoke(store, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                } finally {
                    if (method.getName().equals("write")) {
                        inWrite[0] += System.nanoTime() - before;
                    }
                }
            };
            Registry registry = (Registry) Proxy.newProxyInstance(Registry.class.getClassLoader(),
                    new Class<?>[] {Registry.class}, clocked);
            report = new Importer(registry, spill).run(List.of(ImportSource.file(file, null)),
                    ImportOptions.defaults(new Actor("bench")));
        } finally {
            Files.deleteIfExists(spill);
        }
        double total = (System.nanoTime() - started) / 1e9;
        if (!report.ok() || report.written().toString().isEmpty()) {
            throw new IllegalStateException("the import failed: " + report.problems());
        }
        double writing = inWrite[0] / 1e9;
        System.out.printf("%.3f %.3f %.3f%n", total, total - writing, writing);
    }
}
