package org.confed.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.confed.application.format.FileFormat;
import org.confed.application.format.ImportOptions;
import org.confed.application.format.ImportReport;
import org.confed.application.format.ImportSource;
import org.confed.application.format.Importer;
import org.confed.domain.port.Actor;
import org.confed.domain.port.Registry;

/**
 * The Confederation of Sahel States as the seed article and its sources report it, shipped in the jar as an
 * ordinary NDJSON import file and loaded through the same import path as any user's file.
 */
final class DemoData {
    static final String RESOURCE = "demo/aes.ndjson";
    static final Actor ACTOR = new Actor("demo-data");

    private DemoData() {
    }

    static ImportSource source() {
        return new ImportSource("aes.ndjson (demo data)", FileFormat.NDJSON, null, DemoData::open);
    }

    private static InputStream open() throws IOException {
        InputStream in = DemoData.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("the demo data " + RESOURCE + " is missing from the jar");
        }
        return in;
    }

    /** Imports the demo data into {@code registry}; the report says what was written or what was wrong. */
    static ImportReport load(Registry registry, Path spillDirectory) {
        return new Importer(registry, spillDirectory).run(List.of(source()), ImportOptions.defaults(ACTOR));
    }
}
