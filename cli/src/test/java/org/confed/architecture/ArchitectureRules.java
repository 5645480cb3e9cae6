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
    static final String HTTP = "io.javalin..";
    static final String JSON = "com.fasterxml.jackson..";
    /** The domain's machinery a use case runs: the rules across records, the as-of answers, a write under way. */
    static final List<String> FLOW = List.of("domain.rules.Consistency", "domain.query.AsOf", "domain.port.WriteSession");

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    String domain() {
        return root + ".domain..";
    }

    String application() {
        return root + ".application..";
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
        return List.of(domain(), application(), persistence(), api(), cli());
    }

    /** Every rule by a name that reads as a test name. */
    Map<String, Supplier<ArchRule>> all() {
        return Map.ofEntries(
                Map.entry("domain_depends_only_on_the_jdk_and_itself", this::domainDependsOnlyOnTheJdkAndItself),
                Map.entry("application_depends_only_on_the_domain_jackson_and_the_jdk",
                        this::applicationDependsOnlyOnTheDomainJacksonAndTheJdk),
                Map.entry("modules_have_no_cycles", this::modulesHaveNoCycles),
                Map.entry("domain_packages_have_no_cycles", this::domainPackagesHaveNoCycles),
                Map.entry("database_access_only_in_persistence", this::databaseAccessOnlyInPersistence),
                Map.entry("cli_uses_persistence_only_through_the_store", this::cliUsesPersistenceOnlyThroughTheStore),
                Map.entry("http_only_in_api_and_cli", this::httpOnlyInApiAndCli),
                Map.entry("json_only_in_application_api_and_cli", this::jsonOnlyInApplicationApiAndCli),
                Map.entry("picocli_only_in_cli", this::picocliOnlyInCli),
                Map.entry("adapters_run_use_cases_only_through_application", this::adaptersRunUseCasesOnlyThroughApplication),
                Map.entry("api_never_depends_on_persistence_or_cli", this::apiNeverDependsOnPersistenceOrCli),
                Map.entry("persistence_never_depends_on_application_api_or_cli", this::persistenceNeverDependsOnApplicationApiOrCli));
    }

    /** An allow-list: the domain jar must run with nothing but the JDK. */
    ArchRule domainDependsOnlyOnTheJdkAndItself() {
        return classes().that().resideInAPackage(domain())
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", domain())
                .because("the domain jar is used by other programs with no other dependency (DESIGN.md, Modules)");
    }

    ArchRule applicationDependsOnlyOnTheDomainJacksonAndTheJdk() {
        return classes().that().resideInAPackage(application())
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", domain(), application(), JSON)
                .because("the use cases see the domain and their own libraries, never persistence, Javalin or picocli"
                        + " (DESIGN.md, Modules)");
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

    ArchRule httpOnlyInApiAndCli() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackages(api(), cli())
                .should().dependOnClassesThat().resideInAPackage(HTTP)
                .because("HTTP handlers live in api; the cli starts the server");
    }

    ArchRule jsonOnlyInApplicationApiAndCli() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackages(application(), api(), cli())
                .should().dependOnClassesThat().resideInAPackage(JSON)
                .because("the formats (Jackson) belong to the use cases; the domain and the store never see them");
    }

    ArchRule picocliOnlyInCli() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(cli())
                .should().dependOnClassesThat().resideInAPackage("picocli..");
    }

    ArchRule adaptersRunUseCasesOnlyThroughApplication() {
        DescribedPredicate<JavaClass> flow = describe("the domain's rule checks, as-of answers and write sessions",
                type -> FLOW.stream().anyMatch(name -> type.getName().equals(root + "." + name)));
        return noClasses().that().resideInAnyPackage(api(), cli())
                .should().dependOnClassesThat(flow)
                .because("a use case lives in application once; the routes and the commands call it (DESIGN.md, Modules)");
    }

    ArchRule apiNeverDependsOnPersistenceOrCli() {
        return noClasses().that().resideInAPackage(api())
                .should().dependOnClassesThat().resideInAnyPackage(persistence(), cli())
                .because("api talks to application and the domain's ports; only the composition root (cli) opens a store");
    }

    ArchRule persistenceNeverDependsOnApplicationApiOrCli() {
        return noClasses().that().resideInAPackage(persistence())
                .should().dependOnClassesThat().resideInAnyPackage(application(), api(), cli())
                .because("dependencies point one way: cli → api → application → domain, cli → persistence → domain; the"
                        + " store is given the codec through the domain's RecordEncoding port");
    }
}
