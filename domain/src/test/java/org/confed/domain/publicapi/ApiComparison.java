package org.confed.domain.publicapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What changed between two dumps of {@link ApiSignatures}, and whether it breaks programs built on the older one.
 *
 * <p>A line of the baseline missing from the current dump is a removed or changed signature: incompatible, in
 * binary or in source. (Deliberately strict: loosening a modifier also changes a line and counts as a break.)
 * A new line is an addition, compatible except a new abstract method in a type that programs implement or extend
 * outside the module (a non-sealed interface, a non-final class with an accessible constructor), and a new
 * annotation member without a default: code that compiled no longer does.
 *
 * @param removed           baseline lines missing now
 * @param added             new lines, breaking ones included
 * @param breakingAdditions the new lines that break code implementing, extending or using the type
 */
public record ApiComparison(List<String> removed, List<String> added, List<String> breakingAdditions) {

    /** The outcome of a comparison, given the version the baseline was taken at and the project's version. */
    public enum Verdict {
        /** Nothing changed. */
        SAME,
        /** Only compatible additions: the baseline must be regenerated on purpose. */
        ADDITIONS,
        /** An incompatible change while the major version is the baseline's: the build fails. */
        BREAKING,
        /** The major version moved on since the baseline: anything may change, and the baseline must be regenerated. */
        NEW_MAJOR
    }

    /**
     * Compares the current dump with the baseline.
     *
     * @param baseline the lines of the baseline
     * @param current  the lines of the current dump
     * @return the differences
     */
    public static ApiComparison of(List<String> baseline, List<String> current) {
        Set<String> before = new LinkedHashSet<>(baseline);
        Set<String> now = new LinkedHashSet<>(current);
        List<String> removed = baseline.stream().filter(line -> !now.contains(line)).toList();
        List<String> added = current.stream().filter(line -> !before.contains(line)).toList();
        List<String> breaking = new ArrayList<>();
        for (String line : added) {
            Optional<String> type = typeOf(line);
            if (type.isEmpty() || header(baseline, type.get()).isEmpty()) {
                continue; // a module-level line, or a member of a new type
            }
            String header = header(current, type.get()).orElse("");
            String member = line.substring(type.get().length() + 2);
            if (!member.startsWith("method ")) {
                continue;
            }
            boolean annotation = header.contains("@interface");
            if (annotation && !member.contains(" default ")) {
                breaking.add(line);
            } else if (!annotation && member.contains(" abstract ") && implementableOutside(header, type.get(), current)) {
                breaking.add(line);
            }
        }
        return new ApiComparison(removed, added, List.copyOf(breaking));
    }

    /**
     * What the differences mean for a project at {@code projectVersion} whose baseline was taken at
     * {@code baselineVersion}.
     *
     * @param baselineVersion the version recorded in the baseline
     * @param projectVersion  the project's version now
     * @return the verdict
     */
    public Verdict verdict(String baselineVersion, String projectVersion) {
        if (!major(baselineVersion).equals(major(projectVersion))) {
            return Verdict.NEW_MAJOR;
        }
        if (isBreaking()) {
            return Verdict.BREAKING;
        }
        return added.isEmpty() ? Verdict.SAME : Verdict.ADDITIONS;
    }

    /**
     * Whether a program built on the baseline may fail to compile or link.
     *
     * @return whether a line was removed or a breaking one added
     */
    public boolean isBreaking() {
        return !removed.isEmpty() || !breakingAdditions.isEmpty();
    }

    /**
     * The major part of a version, as semantic versioning reads it.
     *
     * @param version a version such as {@code 1.0.0-SNAPSHOT}
     * @return its major part ({@code 1})
     */
    public static String major(String version) {
        int dot = version.indexOf('.');
        int dash = version.indexOf('-');
        int end = dot >= 0 ? dot : dash >= 0 ? dash : version.length();
        return version.substring(0, end);
    }

    private static Optional<String> typeOf(String line) {
        int colon = line.indexOf(": ");
        return colon < 0 ? Optional.empty() : Optional.of(line.substring(0, colon));
    }

    /** The line that names a type's kind and modifiers: the one whose fact starts with its visibility. */
    private static Optional<String> header(List<String> lines, String type) {
        return lines.stream()
                .filter(line -> line.startsWith(type + ": public ") || line.startsWith(type + ": protected "))
                .findFirst();
    }

    private static boolean implementableOutside(String header, String type, List<String> lines) {
        List<String> words = List.of(header.substring(type.length() + 2).split(" "));
        if (words.contains("sealed") || words.contains("final") || words.contains("enum") || words.contains("record")) {
            return false;
        }
        if (words.contains("interface")) {
            return true;
        }
        return lines.stream().anyMatch(line -> line.startsWith(type + ": constructor public ") || line.startsWith(type + ": constructor protected "));
    }
}
