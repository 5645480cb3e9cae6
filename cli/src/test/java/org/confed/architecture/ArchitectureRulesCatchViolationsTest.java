package org.confed.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same rule objects, run over {@code org.confed.architecture.fixture}, a small tree laid out like the product
 * (domain, api, persistence, cli) that breaks each rule on purpose: every rule must fail there, naming the culprit.
 */
class ArchitectureRulesCatchViolationsTest {
    private static final String FIXTURE = "org.confed.architecture.fixture";
    private static final JavaClasses FIXTURE_CLASSES = new ClassFileImporter().importPackages(FIXTURE);
    private static final ArchitectureRules RULES = new ArchitectureRules(FIXTURE);

    /** Rule name → a class the failure must name. */
    private static final Map<String, String> CULPRITS = Map.ofEntries(
            Map.entry("domain_depends_only_on_the_jdk_and_itself", FIXTURE + ".domain.rules.TreatyRule"),
            Map.entry("application_depends_only_on_the_domain_jackson_and_the_jdk", FIXTURE + ".application.TreatyImport"),
            Map.entry("modules_have_no_cycles", FIXTURE + ".persistence.TreatyDao"),
            Map.entry("domain_packages_have_no_cycles", FIXTURE + ".domain.model.Treaty"),
            Map.entry("database_access_only_in_persistence", FIXTURE + ".api.JdbiHandler"),
            Map.entry("cli_uses_persistence_only_through_the_store", FIXTURE + ".cli.Launcher"),
            Map.entry("http_only_in_api_and_cli", FIXTURE + ".persistence.TreatyDao"),
            Map.entry("json_only_in_application_api_and_cli", FIXTURE + ".persistence.TreatyDao"),
            Map.entry("picocli_only_in_cli", FIXTURE + ".domain.rules.TreatyRule"),
            Map.entry("adapters_run_use_cases_only_through_application", FIXTURE + ".api.JdbiHandler"),
            Map.entry("api_never_depends_on_persistence_or_cli", FIXTURE + ".api.JdbiHandler"),
            Map.entry("persistence_never_depends_on_application_api_or_cli", FIXTURE + ".persistence.TreatyDao"));

    static Stream<Arguments> rules() {
        return RULES.all().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(rule -> Arguments.of(rule.getKey(), rule.getValue().get()));
    }

    @Test
    void every_rule_has_a_deliberate_violation() {
        assertEquals(RULES.all().keySet(), CULPRITS.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void the_rule_fails_on_its_deliberate_violation(String name, ArchRule rule) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(FIXTURE_CLASSES), name);

        assertTrue(failure.getMessage().contains(CULPRITS.get(name)), name + " should name " + CULPRITS.get(name) + ":\n"
                + failure.getMessage());
    }

    @Test
    void a_sql_type_in_the_domain_is_caught() {
        List<String> details = RULES.databaseAccessOnlyInPersistence().evaluate(FIXTURE_CLASSES).getFailureReport().getDetails();

        assertTrue(details.stream().anyMatch(line -> line.contains(FIXTURE + ".domain.model.Treaty") && line.contains("java.sql.Connection")),
                String.join("\n", details));
    }

    @Test
    void the_cli_may_use_the_store() {
        List<String> details = RULES.cliUsesPersistenceOnlyThroughTheStore().evaluate(FIXTURE_CLASSES).getFailureReport()
                .getDetails();

        assertFalse(details.isEmpty());
        assertTrue(details.stream().noneMatch(line -> line.contains("<" + FIXTURE + ".persistence.Store>")
                || line.contains("<" + FIXTURE + ".persistence.Store.")), String.join("\n", details));
    }

    @Test
    void the_api_and_the_cli_may_use_http() {
        List<String> details = RULES.httpOnlyInApiAndCli().evaluate(FIXTURE_CLASSES).getFailureReport().getDetails();

        assertTrue(details.stream().noneMatch(line -> line.startsWith("Class <" + FIXTURE + ".cli.")
                || line.startsWith("Field <" + FIXTURE + ".cli.") || line.startsWith("Method <" + FIXTURE + ".cli.")),
                String.join("\n", details));
    }

    @Test
    void the_fixture_has_every_package_the_rules_name() {
        for (String named : RULES.namedPackages()) {
            assertFalse(FIXTURE_CLASSES.that(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(named)).isEmpty(),
                    named);
        }
    }
}
