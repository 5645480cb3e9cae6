package org.confed.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Membership;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.State;
import org.confed.domain.model.TermLength;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.query.Answer;
import org.confed.domain.query.AsOf;
import org.confed.domain.query.ForecastTerm;
import org.confed.domain.query.PresidencyHistory;
import org.confed.domain.query.PresidencyTerm;
import org.confed.domain.rules.Consistency;
import org.confed.domain.rules.RecordLookup;
import org.confed.domain.rules.Violation;
import org.confed.domain.rules.ViolationKind;
import org.junit.jupiter.api.Test;

/**
 * The {@code <pre>{@code ...}</pre>} examples of the domain's javadoc compile and do what they say: each one is a
 * region of this class, named after the file that shows it, and {@link #every_javadoc_example_is_a_region_here}
 * holds the two texts equal.
 */
class JavadocExamplesTest {
    private static final Path THIS_FILE = Snippets.root().resolve("domain/src/test/java/org/confed/domain/JavadocExamplesTest.java");
    private static final Path MAIN_SOURCES = Snippets.root().resolve("domain/src/main/java");

    @Test
    void every_javadoc_example_is_a_region_here() {
        Map<String, String> examples = Snippets.javadocExamples(MAIN_SOURCES);
        Map<String, String> regions = new LinkedHashMap<>();
        for (String name : Snippets.regionNames(THIS_FILE)) {
            regions.put(name, Snippets.region(THIS_FILE, name));
        }

        assertTrue(examples.size() >= 3, "expected the javadoc examples of PartialDate, PresidencyHistory and Consistency: " + examples.keySet());
        assertEquals(examples.keySet(), regions.keySet(), "javadoc examples and the regions of JavadocExamplesTest");
        examples.forEach((file, example) -> assertEquals(regions.get(file), example,
                "the javadoc example in " + file + " differs from its region in JavadocExamplesTest: change both together"));
    }

    @Test
    void a_month_runs_from_its_first_to_its_last_day() {
        // begin snippet: PartialDate.java
        PartialDate july = PartialDate.parse("2024-07");
        LocalDate first = july.firstDay(); // 2024-07-01
        LocalDate last = july.lastDay();   // 2024-07-31
        PartialDate recently = PartialDate.parse("../2024-11-05");
        boolean known = recently.isExactDay(); // false
        // end snippet: PartialDate.java

        assertEquals(LocalDate.of(2024, 7, 1), first);
        assertEquals(LocalDate.of(2024, 7, 31), last);
        assertFalse(known);
        assertEquals(LocalDate.MIN, recently.firstDay());
        assertEquals(LocalDate.of(2024, 11, 5), recently.lastDay());
    }

    @Test
    void the_presidency_history_answers_on_a_day_and_forecasts_the_next_term() {
        List<RotatingPresidency> terms = AesFacts.presidencies();
        Confederation confederation = AesFacts.confederation();
        List<Membership> memberships = AesFacts.memberships();

        // begin snippet: PresidencyHistory.java
        PresidencyHistory history = PresidencyHistory.of(Optional.of(TermLength.parse("P1Y")), terms);
        PresidencyTerm then = history.on(LocalDate.parse("2024-11-06")).orElseThrow();
        ForecastTerm next = history.forecast(confederation, memberships, 1).get(0);
        // end snippet: PresidencyHistory.java

        assertEquals(AesFacts.MLI, then.term().state());
        assertEquals(AesFacts.NER, next.state());
        assertEquals(LocalDate.of(2026, 12, 23), next.firstDay());
    }

    @Test
    void a_presiding_state_that_is_not_a_member_is_a_violation() {
        List<ConfedRecord> records = List.of(
                new State(AesFacts.MLI, "Mali", null, null, null),
                new Confederation(AesFacts.AES, "Confédération des États du Sahel", null, null, null, null, null, null, null, null, null, null),
                new RotatingPresidency(AesFacts.AES, AesFacts.MLI, null, PartialDate.parse("2024-07-06"), null, null, null, null, null));

        // begin snippet: Consistency.java
        List<Violation> violations = Consistency.check(records, RecordLookup.empty());
        for (Violation violation : violations) {
            System.out.println(violation.record() + " " + violation); // presidency AES/2024-07-06 presidency.state: ...
        }
        // end snippet: Consistency.java

        assertEquals(List.of(ViolationKind.NOT_A_MEMBER), violations.stream().map(Violation::kind).toList());
        assertEquals("presidency AES/2024-07-06", violations.get(0).record().toString());
    }

    @Test
    void the_presidency_on_a_day_is_asked_of_any_registry() {
        InMemoryRegistry registry = new InMemoryRegistry();
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor("example"));

        // begin snippet: AsOf.java
        Answer<Optional<PresidencyTerm>> then = AsOf.presidency(registry, ConfederationCode.of("AES"), LocalDate.parse("2024-11-06"));
        boolean sure = then.certain(); // true: Mali, certainly
        // end snippet: AsOf.java

        assertEquals(AesFacts.MLI, then.value().orElseThrow().term().state());
        assertTrue(sure);
    }
}
