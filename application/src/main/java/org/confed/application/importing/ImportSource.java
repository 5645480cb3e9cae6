package org.confed.application.format;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input of an import: a file, an HTTP body, a resource.
 *
 * @param name   how problems name it ({@code presidencies.csv:4: ...}); for CSV its file name also gives the record type
 * @param format its layout
 * @param type   the record type of a CSV file, overriding the one its name gives; for NDJSON and JSON, the type of
 *               objects that name none. {@code null}: none
 * @param open   opens the input; called once per import, so a one-shot stream (an HTTP body) will do
 */
public record ImportSource(String name, FileFormat format, String type, IoSupplier<InputStream> open) {

    public ImportSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(open, "open");
        if (type != null && type.isBlank()) {
            type = null;
        }
    }

    /**
     * A file, its format taken from its extension.
     *
     * @param typeOverride the record type of a CSV file when its name does not give it, or {@code null}
     * @throws IllegalArgumentException with a message fit for a user when the extension, the type override or
     *                                  (for a CSV file without override) the file name names nothing known
     */
    public static ImportSource file(Path path, String typeOverride) {
        Objects.requireNonNull(path, "path");
        String fileName = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        FileFormat format = FileFormat.ofFileName(fileName).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the format from the name " + fileName + ": use .ndjson, .jsonl, .json or .csv"));
        String type = typeOverride == null || typeOverride.isBlank() ? null : typeOverride;
        if (type != null && CsvColumns.typeNamed(type).isEmpty()) {
            throw new IllegalArgumentException("--type " + type + " is not a record type (one of " + CsvColumns.typeNames() + ")");
        }
        if (format == FileFormat.CSV && type == null && CsvColumns.typeOfFileName(fileName).isEmpty()) {
            throw new IllegalArgumentException("cannot tell the record type from the name " + fileName
                    + ": name the file after its type (presidencies.csv) or give --type (one of " + CsvColumns.typeNames() + ")");
        }
        return new ImportSource(path.toString(), format, type, () -> Files.newInputStream(path));
    }
}
