package org.confed.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Membership;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.State;
import org.confed.domain.model.StateCode;
import org.confed.domain.model.TermLength;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.query.Answer;
import org.confed.domain.query.AsOf;
import org.confed.domain.query.ForecastTerm;
import org.confed.domain.query.PresidencyTerm;
import org.junit.jupiter.api.Test;

/**
 * The program of README.md's "Using the domain jar" compiles and prints what the README says. README.md, this
 * class and the example project (examples/domain-consumer) hold the same text, so none can drift from the others.
 */
class ReadmeExampleTest {
    private static final String SECTION = "## Using the domain jar";
    private static final Path THIS_FILE = Snippets.root().resolve("domain/src/test/java/org/confed/domain/ReadmeExampleTest.java");
    private static final Path EXAMPLE = Snippets.root()
            .resolve("examples/domain-consumer/src/main/java/org/confed/examples/consumer/AesPresidency.java");

    @Test
    void the_readme_program_finds_mali_held_by_goita_on_2024_11_06_and_forecasts_niger() {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, UTF_8));
        try {
            readmeProgram();
        } finally {
            System.setOut(console);
        }

        assertEquals(List.of("MLI assimi-goita true", "NER 2026-12-23..2027-12-22"), printed.toString(UTF_8).lines().toList());
    }

    @Test
    void the_readme_shows_exactly_the_program_compiled_here() {
        List<String> javaBlocks = Snippets.blocksOfSection(Snippets.root().resolve("README.md"), SECTION).stream()
                .filter(block -> block.getKey().equals("java")).map(Map.Entry::getValue).toList();

        assertEquals(1, javaBlocks.size(), "README.md's section " + SECTION + " should hold one java block");
        assertEquals(Snippets.region(THIS_FILE, "README"), javaBlocks.get(0),
                "README.md's program and ReadmeExampleTest's differ: change both together");
    }

    @Test
    void the_example_project_runs_the_same_program() {
        assertEquals(Snippets.region(THIS_FILE, "README"), Snippets.region(EXAMPLE, "README"),
                "examples/domain-consumer's AesPresidency and ReadmeExampleTest differ: change both together");
    }

    private static void readmeProgram() {
        // begin snippet: README
        ConfederationCode aes = ConfederationCode.of("AES");
        StateCode mli = StateCode.of("MLI"), bfa = StateCode.of("BFA"), ner = StateCode.of("NER");
        PersonId goita = PersonId.of("assimi-goita"), traore = PersonId.of("ibrahim-traore");
        PartialDate charter = PartialDate.parse("2023-09-16");
        Confederation confederation = Confederation.of(aes, "Confédération des États du Sahel", TermLength.parse("P1Y"),
                List.of(mli, bfa, ner));
        InMemoryRegistry registry = new InMemoryRegistry();
        registry.write(Stream.of(confederation,
                State.of(mli, "Mali"), State.of(bfa, "Burkina Faso"), State.of(ner, "Niger"),
                Membership.of(aes, mli, charter), Membership.of(aes, bfa, charter), Membership.of(aes, ner, charter),
                Person.of(goita, "Assimi Goïta"), Person.of(traore, "Ibrahim Traoré"),
                RotatingPresidency.of(aes, mli, goita, PartialDate.parse("2024-07-06")),
                RotatingPresidency.of(aes, bfa, traore, PartialDate.parse("2025-12-23")))
                .map(RecordWrite::upsert).toList(), new Actor("example")); // checks every rule, writes all or nothing

        Answer<Optional<PresidencyTerm>> answer = AsOf.presidency(registry, aes, LocalDate.parse("2024-11-06"));
        RotatingPresidency then = answer.value().orElseThrow().term();
        System.out.println(then.state() + " " + then.holder() + " " + answer.certain());  // MLI assimi-goita true

        ForecastTerm next = AsOf.history(registry, aes).forecast(confederation, registry.memberships(aes), 1).get(0);
        System.out.println(next.state() + " " + next.firstDay() + ".." + next.lastDay()); // NER 2026-12-23..2027-12-22
        // end snippet: README
    }
}
