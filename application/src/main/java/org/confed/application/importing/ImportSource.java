package org.confed.application.importing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.confed.application.format.CsvTable;
import org.confed.application.format.FileFormat;

/**
 * One input of an import: a file, standard input, an HTTP body.
 *
 * @param name   how problems name it ({@code presidencies.csv:4: ...}); for CSV its file name also gives the record type
 * @param format its layout
 * @param type   the record type of a CSV input, overriding the one its name gives; for NDJSON and JSON, the type of
 *               objects that name none
 * @param open   opens the input; called once per import, so a one-shot stream (an HTTP body) will do
 */
public record ImportSource(String name, FileFormat format, Optional<CsvTable> type, IoSupplier<InputStream> open) {

    /**
     * Checks that every part is present.
     *
     * @param name   how problems name the input
     * @param format its layout
     * @param type   the record type it holds, if known
     * @param open   opens it
     * @throws NullPointerException when a part is {@code null}
     */
    public ImportSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(open, "open");
    }

    /**
     * A file, its format told by its extension.
     *
     * @param path         the file
     * @param typeOverride a type name given by the user ({@code --type}), or {@code null}
     * @return the input, named by the path as given
     * @throws IllegalArgumentException when the extension names no format, the type no record type, or a CSV
     *                                  file's record type cannot be told
     */
    public static ImportSource file(Path path, String typeOverride) {
        Objects.requireNonNull(path, "path");
        String fileName = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        FileFormat format = FileFormat.ofFileName(fileName).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the format from the name " + fileName + ": use .ndjson, .jsonl, .json or .csv"));
        return new ImportSource(path.toString(), format, type(format, fileName, typeOverride), () -> Files.newInputStream(path));
    }

    /**
     * The type of an input from a type name the user gave, else, for CSV, from its file name.
     *
     * @param format       the input's layout
     * @param fileName     its name
     * @param typeOverride a type name given by the user, or {@code null}
     * @return the type, or empty when the input's objects name their own
     * @throws IllegalArgumentException when the type name names no type, or a CSV input's type cannot be told
     */
    public static Optional<CsvTable> type(FileFormat format, String fileName, String typeOverride) {
        if (typeOverride != null && !typeOverride.isBlank()) {
            return Optional.of(CsvTable.named(typeOverride).orElseThrow(() -> new IllegalArgumentException(
                    "--type " + typeOverride + " is not a record type (one of " + CsvTable.typeNames() + ")")));
        }
        if (format != FileFormat.CSV) {
            return Optional.empty();
        }
        return Optional.of(CsvTable.ofFileName(fileName).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the record type from the name " + fileName + ": name the file after its type"
                        + " (presidencies.csv) or give --type (one of " + CsvTable.typeNames() + ")")));
    }
}
