package org.confed.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The module rules of DESIGN.md as ArchUnit rules over one root package: {@code org.confed} for the product,
 * {@code org.confed.architecture.fixture} for a deliberate violation of each rule, so that a rule that cannot fail
 * is caught. Every rule keeps ArchUnit's {@code failOnEmptyShould}.
 */
final class ArchitectureRules {
    /** Database access: JDBC, Jdbi, Flyway, the drivers and the pool. */
    static final String[] DATABASE = {"java.sql..", "javax.sql..", "org.jdbi..", "org.flywaydb..", "org.h2..",
            "org.postgresql..", "com.zaxxer.hikari.."};

    /** HTTP serving and JSON. */
    static final String[] HTTP_AND_JSON = {"io.javalin..", "com.fasterxml.jackson.."};

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    String domain() {
        return root + ".domain..";
    }

    String persistence() {
        return root + ".persistence..";
    }

    String api() {
        return root + ".api..";
    }

    String cli() {
        return root + ".cli..";
    }

    /** The one persistence class the composition root may use. */
    String store() {
        return root + ".persistence.Store";
    }

    /** The packages the rules name; each must hold classes, or the rules about it hold vacuously. */
    List<String> namedPackages() {
        return List.of(domain(), persistence(), api(), cli());
    }

    /** Every rule by a name that reads as a test name. */
    Map<String, Supplier<ArchRule>> all() {
        return Map.of(
                "domain_depends_only_on_the_jdk_and_itself", this::domainDependsOnlyOnTheJdkAndItself,
                "modules_have_no_cycles", this::modulesHaveNoCycles,
                "domain_packages_have_no_cycles", this::domainPackagesHaveNoCycles,
                "database_access_only_in_persistence", this::databaseAccessOnlyInPersistence,
                "cli_uses_persistence_only_through_the_store", this::cliUsesPersistenceOnlyThroughTheStore,
                "http_and_json_only_in_api_and_cli", this::httpAndJsonOnlyInApiAndCli,
                "picocli_only_in_cli", this::picocliOnlyInCli,
                "api_never_depends_on_persistence_or_cli", this::apiNeverDependsOnPersistenceOrCli,
                "persistence_never_depends_on_api_or_cli", this::persistenceNeverDependsOnApiOrCli);
    }

    /** An allow-list: the domain jar must run with nothing but the JDK. */
    ArchRule domainDependsOnlyOnTheJdkAndItself() {
        return classes().that().resideInAPackage(domain())
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", domain())
                .because("the domain jar is used by other programs with no other dependency (DESIGN.md, Modules)");
    }

    ArchRule modulesHaveNoCycles() {
        return slices().matching(root + ".(*)..").namingSlices("module $1")
                .should().beFreeOfCycles();
    }

    ArchRule domainPackagesHaveNoCycles() {
        return slices().matching(root + ".domain.(*)..").namingSlices("domain package $1")
                .should().beFreeOfCycles();
    }

    ArchRule databaseAccessOnlyInPersistence() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(persistence())
                .should().dependOnClassesThat().resideInAnyPackage(DATABASE)
                .because("only persistence talks to the database; the cli reaches it through the Store");
    }

    ArchRule cliUsesPersistenceOnlyThroughTheStore() {
        DescribedPredicate<JavaClass> theStore = describe("the Store",
                type -> type.getName().equals(store()) || type.getName().startsWith(store() + "$"));
        return noClasses().that().resideInAPackage(cli())
                .should().dependOnClassesThat(resideInAPackage(persistence()).and(not(theStore))
                        .as("are persistence classes other than " + store()))
                .because("the composition root opens the store and hands its ports to the rest");
    }

    ArchRule httpAndJsonOnlyInApiAndCli() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackages(api(), cli())
                .should().dependOnClassesThat().resideInAnyPackage(HTTP_AND_JSON)
                .because("HTTP handlers and the JSON representation live in api");
    }

    ArchRule picocliOnlyInCli() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(cli())
                .should().dependOnClassesThat().resideInAPackage("picocli..");
    }

    ArchRule apiNeverDependsOnPersistenceOrCli() {
        return noClasses().that().resideInAPackage(api())
                .should().dependOnClassesThat().resideInAnyPackage(persistence(), cli())
                .because("api talks to the domain's ports; cli → api, persistence → domain");
    }

    ArchRule persistenceNeverDependsOnApiOrCli() {
        return noClasses().that().resideInAPackage(persistence())
                .should().dependOnClassesThat().resideInAnyPackage(api(), cli())
                .because("dependencies point one way: cli → api, persistence → domain");
    }
}
