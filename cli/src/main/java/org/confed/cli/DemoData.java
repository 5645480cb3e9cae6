package org.confed.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.confed.application.format.FileFormat;
import org.confed.application.importing.ImportOptions;
import org.confed.application.importing.ImportReport;
import org.confed.application.importing.ImportSource;
import org.confed.application.importing.Importer;
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
        return new ImportSource("aes.ndjson (demo data)", FileFormat.NDJSON, Optional.empty(), DemoData::open);
    }

    private static InputStream open() throws IOException {
        InputStream in = DemoData.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("the demo data " + RESOURCE + " is missing from the jar");
        }
        return in;
    }

    /** Imports the demo data into {@code registry}; the report says what was written or what was wrong. */
    static ImportReport load(Registry registry) {
        return new Importer(registry).run(List.of(source()), ImportOptions.defaults(ACTOR));
    }
}
