package org.confed.domain.publicapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The checked-in dump of the public API: the version it was taken at, and its lines.
 *
 * @param version the project version when it was written
 * @param lines   the dump of {@link ApiSignatures}
 */
public record ApiBaseline(String version, List<String> lines) {
    static final String REGENERATE = "mvn -pl domain test -Dconfed.api.regenerate=true";

    /**
     * Keeps an unmodifiable copy of the lines.
     *
     * @param version the project version when it was written
     * @param lines   the dump
     */
    public ApiBaseline {
        lines = List.copyOf(lines);
    }

    /**
     * Reads a baseline file.
     *
     * @param file the file
     * @return its version and lines
     * @throws IllegalStateException when it has no {@code version} line
     */
    public static ApiBaseline read(Path file) {
        String version = null;
        List<String> lines = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("version ")) {
                    version = line.substring("version ".length()).strip();
                } else {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API baseline " + file, e);
        }
        if (version == null) {
            throw new IllegalStateException(file + " has no line 'version X.Y.Z'");
        }
        return new ApiBaseline(version, lines);
    }

    /**
     * Writes this baseline, with a header that says what the file is.
     *
     * @param file the file
     */
    public void write(Path file) {
        List<String> out = new ArrayList<>();
        out.add("# The public API of the module org.confed.domain (the domain jar): every exported package, type and");
        out.add("# public or protected member, one per line. PublicApiTest compares the compiled classes with it; within one");
        out.add("# major version no line may disappear. Do not edit by hand; regenerate it on purpose with");
        out.add("#   " + REGENERATE);
        out.add("version " + version);
        out.addAll(lines);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the API baseline " + file, e);
        }
    }
}
