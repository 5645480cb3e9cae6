package org.confed.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The product's classes (every module's main code, as the outermost module sees it) keep DESIGN.md's module rules. */
class ArchitectureTest {
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");

    /** Main code only: no test classes, whether from a module's test-classes folder or a test jar (domain's fixtures). */
    static final ImportOption MAIN_CODE_ONLY = location ->
            new ImportOption.DoNotIncludeTests().includes(location) && !location.matches(TEST_JAR);

    private static final JavaClasses CONFED = new ClassFileImporter().withImportOption(MAIN_CODE_ONLY).importPackages("org.confed");
    private static final ArchitectureRules RULES = new ArchitectureRules("org.confed");

    @Test
    void domain_depends_only_on_the_jdk_and_itself() {
        RULES.domainDependsOnlyOnTheJdkAndItself().check(CONFED);
    }

    @Test
    void modules_have_no_cycles() {
        RULES.modulesHaveNoCycles().check(CONFED);
    }

    @Test
    void domain_packages_have_no_cycles() {
        RULES.domainPackagesHaveNoCycles().check(CONFED);
    }

    @Test
    void database_access_only_in_persistence() {
        RULES.databaseAccessOnlyInPersistence().check(CONFED);
    }

    @Test
    void cli_uses_persistence_only_through_the_store() {
        RULES.cliUsesPersistenceOnlyThroughTheStore().check(CONFED);
    }

    @Test
    void application_depends_only_on_the_domain_jackson_and_the_jdk() {
        RULES.applicationDependsOnlyOnTheDomainJacksonAndTheJdk().check(CONFED);
    }

    @Test
    void http_only_in_api_and_cli() {
        RULES.httpOnlyInApiAndCli().check(CONFED);
    }

    @Test
    void json_only_in_application_api_and_cli() {
        RULES.jsonOnlyInApplicationApiAndCli().check(CONFED);
    }

    @Test
    void adapters_run_use_cases_only_through_application() {
        RULES.adaptersRunUseCasesOnlyThroughApplication().check(CONFED);
    }

    @Test
    void picocli_only_in_cli() {
        RULES.picocliOnlyInCli().check(CONFED);
    }

    @Test
    void api_never_depends_on_persistence_or_cli() {
        RULES.apiNeverDependsOnPersistenceOrCli().check(CONFED);
    }

    @Test
    void persistence_never_depends_on_application_api_or_cli() {
        RULES.persistenceNeverDependsOnApplicationApiOrCli().check(CONFED);
    }

    @Test
    void every_rule_is_checked_here() throws NoSuchMethodException {
        for (String rule : RULES.all().keySet()) {
            ArchitectureTest.class.getDeclaredMethod(rule);
        }
    }

    static Stream<String> namedPackages() {
        return RULES.namedPackages().stream();
    }

    @ParameterizedTest
    @MethodSource("namedPackages")
    void every_package_a_rule_names_has_classes(String namedPackage) {
        assertFalse(CONFED.that(resideInAPackage(namedPackage)).isEmpty(), namedPackage + " has no classes: a rule about it proves nothing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"model", "meta", "schema", "rules", "query", "port", "memory"})
    void every_domain_package_the_cycle_rule_compares_has_classes(String domainPackage) {
        assertFalse(CONFED.that(resideInAPackage("org.confed.domain." + domainPackage)).isEmpty(),
                "org.confed.domain." + domainPackage + " has no classes");
    }

    @Test
    void the_store_the_cli_may_use_exists() {
        assertTrue(CONFED.contain(RULES.store()), RULES.store() + " is missing: the cli rule names it");
    }

    @Test
    void the_flow_classes_the_adapter_rule_names_exist() {
        for (String name : ArchitectureRules.FLOW) {
            assertTrue(CONFED.contain("org.confed." + name), "org.confed." + name + " is missing: the adapter rule names it");
        }
    }

    @Test
    void test_classes_are_left_out() {
        assertFalse(CONFED.contain("org.confed.domain.fixtures.AesFacts"), "domain's test jar was imported");
        assertFalse(CONFED.contain(ArchitectureTest.class.getName()), "cli's test classes were imported");
    }
}
