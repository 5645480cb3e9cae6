package org.confed.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Code shown in documents, read back so that a test can hold it equal to code that compiles: regions of source
 * files between {@code // begin snippet: NAME} and {@code // end snippet: NAME}, the {@code <pre>{@code ...}</pre>}
 * examples of the domain's javadoc, and the fenced blocks of a README section.
 */
public final class Snippets {
    private Snippets() {
    }

    /** The repository's root folder: the parent of {@code domain/}. */
    public static Path root() {
        return Path.of(System.getProperty("confed.root", "..")).toAbsolutePath().normalize();
    }

    /** The domain's compiled main classes, module-info.class included. */
    public static Path domainClasses() {
        return Path.of(System.getProperty("confed.domain.classes", "target/classes")).toAbsolutePath().normalize();
    }

    /** The text between the two markers of region {@code name} in {@code file}, without its common indentation. */
    public static String region(Path file, String name) {
        List<String> lines = lines(file);
        String begin = "// begin snippet: " + name;
        String end = "// end snippet: " + name;
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(begin)) {
                if (from >= 0) {
                    throw new IllegalStateException(file + ": region " + name + " begins twice");
                }
                from = i + 1;
            } else if (line.equals(end)) {
                if (from < 0) {
                    throw new IllegalStateException(file + ": region " + name + " ends before it begins");
                }
                return dedent(lines.subList(from, i));
            }
        }
        throw new IllegalStateException(file + " has no complete region " + name + " (markers: " + begin + " / " + end + ")");
    }

    /** The names of every region in {@code file}, in order. */
    public static List<String> regionNames(Path file) {
        List<String> names = new ArrayList<>();
        for (String line : lines(file)) {
            String stripped = line.strip();
            if (stripped.startsWith("// begin snippet: ")) {
                names.add(stripped.substring("// begin snippet: ".length()));
            }
        }
        return names;
    }

    /**
     * Every {@code <pre>{@code ...}</pre>} example in the javadoc of the sources under {@code sourceRoot}, keyed by
     * file name ({@code PartialDate.java}); a second example in one file gets {@code #2}, and so on.
     */
    public static Map<String, String> javadocExamples(Path sourceRoot) {
        Map<String, String> examples = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = lines(file);
                int count = 0;
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).contains("<pre>{@code")) {
                        continue;
                    }
                    List<String> code = new ArrayList<>();
                    int j = i + 1;
                    while (j < lines.size() && !lines.get(j).contains("}</pre>")) {
                        code.add(lines.get(j).replaceFirst("^\\s*\\*( |$)", ""));
                        j++;
                    }
                    if (j == lines.size()) {
                        throw new IllegalStateException(file + ":" + (i + 1) + ": <pre>{@code without }</pre>");
                    }
                    count++;
                    examples.put(file.getFileName() + (count == 1 ? "" : "#" + count), dedent(code));
                    i = j;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    /**
     * The fenced code blocks (between lines of three backticks) of the Markdown section headed {@code heading},
     * up to the next heading of the same or a higher level.
     *
     * @return a list of blocks, each its info string ({@code java}, {@code xml}, or empty) and its text
     */
    public static List<Map.Entry<String, String>> blocksOfSection(Path markdown, String heading) {
        List<String> lines = lines(markdown);
        int start = lines.indexOf(heading);
        if (start < 0) {
            throw new IllegalStateException(markdown + " has no line " + heading);
        }
        int level = headingLevel(heading);
        List<Map.Entry<String, String>> blocks = new ArrayList<>();
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineLevel = headingLevel(line);
            if (lineLevel > 0 && lineLevel <= level) {
                break;
            }
            if (line.startsWith("```")) {
                String info = line.substring(3).strip();
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).startsWith("```")) {
                    end++;
                }
                blocks.add(Map.entry(info, String.join("\n", lines.subList(i + 1, end))));
                i = end;
            }
        }
        return blocks;
    }

    private static int headingLevel(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        return level > 0 && level < line.length() && line.charAt(level) == ' ' ? level : 0;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dedent(List<String> lines) {
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(line.isBlank() ? "" : line.substring(indent).stripTrailing());
        }
        return String.join("\n", out);
    }
}
