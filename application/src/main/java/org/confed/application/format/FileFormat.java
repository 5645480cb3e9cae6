package org.confed.application.format;

import java.util.Locale;
import java.util.Optional;

/** The layouts an import file may have (FORMAT.md, "Files"). */
public enum FileFormat {
    /** One JSON object per line ({@code .ndjson}, {@code .jsonl}); blank lines and {@code //} lines are skipped. */
    NDJSON,
    /**
     * A JSON array of records, or {@code {"records": [...]}} ({@code .json}). A Popolo document (an object with
     * {@code persons}, {@code organizations}, ...) is recognised too and read as {@link #POPOLO}.
     */
    JSON,
    /** One record type per file, RFC 4180 with a header row ({@code .csv}). */
    CSV,
    /** A Popolo JSON document as {@link Exporter#popolo} writes it ({@code .popolo.json}). */
    POPOLO;

    /** The format a file name's extension announces, if any. */
    public static Optional<FileFormat> ofFileName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return Optional.of(NDJSON);
        }
        if (lower.endsWith(".popolo.json")) {
            return Optional.of(POPOLO);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (lower.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }
}
