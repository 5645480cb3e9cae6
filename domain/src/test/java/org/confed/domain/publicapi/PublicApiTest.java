package org.confed.domain.publicapi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.confed.domain.Snippets;
import org.confed.domain.model.ConfedRecord;
import org.junit.jupiter.api.Test;

/**
 * The domain jar's public API (its exported packages) keeps every signature of the baseline checked in at
 * domain/api/confed-domain.api, unless the project's major version differs from the baseline's: semantic
 * versioning. Additions are compatible, but the baseline must take them in on purpose:
 * {@code mvn -pl domain test -Dconfed.api.regenerate=true}, which refuses to record a break within a major version.
 */
class PublicApiTest {
    private static final Path BASELINE = Path.of(System.getProperty("confed.api.baseline", "api/confed-domain.api")).toAbsolutePath();
    private static final boolean REGENERATE = Boolean.getBoolean("confed.api.regenerate");

    @Test
    void the_exported_api_keeps_every_signature_of_the_baseline_within_a_major_version() {
        List<String> current = currentApi();
        String version = projectVersion();
        if (!Files.exists(BASELINE)) {
            if (REGENERATE) {
                new ApiBaseline(version, current).write(BASELINE);
                return;
            }
            fail("There is no API baseline at " + BASELINE + ". Create it on purpose: " + ApiBaseline.REGENERATE);
        }
        ApiBaseline baseline = ApiBaseline.read(BASELINE);
        ApiComparison comparison = ApiComparison.of(baseline.lines(), current);
        ApiComparison.Verdict verdict = comparison.verdict(baseline.version(), version);

        if (REGENERATE) {
            if (verdict == ApiComparison.Verdict.BREAKING) {
                fail(breaking(comparison, baseline.version(), version) + "\nThe baseline was left as it was.");
            }
            new ApiBaseline(version, current).write(BASELINE);
            System.out.println("Wrote " + BASELINE + ": " + comparison.removed().size() + " lines gone, "
                    + comparison.added().size() + " new, version " + version);
            return;
        }
        switch (verdict) {
            case SAME:
                break;
            case ADDITIONS:
                fail("The public API of org.confed.domain grew since the baseline " + BASELINE + " (compatible):\n"
                        + lines("added", comparison.added())
                        + "If that is meant, regenerate the baseline on purpose: " + ApiBaseline.REGENERATE);
                break;
            case BREAKING:
                fail(breaking(comparison, baseline.version(), version));
                break;
            case NEW_MAJOR:
                fail("The major version moved from " + ApiComparison.major(baseline.version()) + " (baseline " + baseline.version()
                        + ") to " + ApiComparison.major(version) + " (project " + version + "): incompatible changes are allowed now,\n"
                        + lines("gone or changed", comparison.removed()) + lines("added", comparison.added())
                        + "Regenerate the baseline on purpose so that it records the new major version: " + ApiBaseline.REGENERATE);
                break;
        }
    }

    @Test
    void the_dump_holds_every_exported_package_and_no_package_private_class() {
        List<String> current = currentApi();

        for (String exported : List.of("model", "meta", "schema", "rules", "query", "port", "memory")) {
            String packageName = "org.confed.domain." + exported;
            assertTrue(current.contains("exports " + packageName), "exports " + packageName);
            assertTrue(current.stream().anyMatch(line -> line.startsWith(packageName + ".") && line.contains(": public ")),
                    packageName + " has no public type in the dump");
        }
        assertTrue(current.contains("org.confed.domain.model.StateCode: method public static org.confed.domain.model.StateCode of(java.lang.String)"),
                "StateCode.of");
        assertTrue(current.contains("org.confed.domain.model.ConfedRecord: method public abstract org.confed.domain.model.RecordKey key()"),
                "ConfedRecord.key");
        assertFalse(current.stream().anyMatch(line -> line.startsWith("org.confed.domain.model.Checks")), "package-private Checks is not API");
    }

    private static List<String> currentApi() {
        return ApiSignatures.of(Snippets.domainClasses(), ConfedRecord.class.getClassLoader());
    }

    private static String breaking(ApiComparison comparison, String baselineVersion, String version) {
        return "The public API of org.confed.domain changed incompatibly since the baseline " + BASELINE + " (version "
                + baselineVersion + "), and the major version is still " + ApiComparison.major(version) + " (project " + version + "):\n"
                + lines("gone or changed", comparison.removed())
                + lines("breaks code that implements, extends or uses the type", comparison.breakingAdditions())
                + lines("added", comparison.added().stream().filter(line -> !comparison.breakingAdditions().contains(line)).toList())
                + "Keep the old signatures (deprecate them; add default methods, not abstract ones), or bump the major version "
                + "(" + (Integer.parseInt(ApiComparison.major(version)) + 1) + ".0.0-SNAPSHOT) and then regenerate the baseline on purpose: "
                + ApiBaseline.REGENERATE;
    }

    private static String lines(String what, List<String> lines) {
        return lines.isEmpty() ? "" : lines.stream().map(line -> "  " + what + ": " + line + "\n").collect(Collectors.joining());
    }

    /** The project's version: from Maven, or else from the parent POM beside the domain folder. */
    private static String projectVersion() {
        String fromMaven = System.getProperty("confed.version");
        if (fromMaven != null && !fromMaven.isBlank()) {
            return fromMaven;
        }
        try {
            String pom = Files.readString(Snippets.root().resolve("pom.xml"), StandardCharsets.UTF_8);
            Matcher matcher = Pattern.compile("<artifactId>confed-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
            if (matcher.find()) {
                return matcher.group(1).strip();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the project version from pom.xml", e);
        }
        throw new IllegalStateException("no project version: run through Maven, or keep confed-parent's version in pom.xml");
    }
}
