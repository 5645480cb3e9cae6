package org.confed.examples.consumer;

import java.time.LocalDate;
import java.util.List;
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
import org.confed.domain.query.ForecastTerm;
import org.confed.domain.query.AsOf;

/** The program of the README's "Using the domain jar": who presided over the AES on 2024-11-06, and who is next. */
public final class AesPresidency {
    private AesPresidency() {
    }

    /**
     * Prints {@code MLI assimi-goita} and {@code NER 2026-12-23..2027-12-22}.
     *
     * @param args none
     */
    public static void main(String[] args) {
        // begin snippet: README
        ConfederationCode aes = ConfederationCode.of("AES");
        StateCode mli = StateCode.of("MLI"), bfa = StateCode.of("BFA"), ner = StateCode.of("NER");
        PersonId goita = PersonId.of("assimi-goita"), traore = PersonId.of("ibrahim-traore");
        PartialDate charter = PartialDate.parse("2023-09-16");
        Confederation confederation = new Confederation(aes, "Confédération des États du Sahel", null, null, null, null,
                TermLength.parse("P1Y"), List.of(mli, bfa, ner), null, null);
        InMemoryRegistry registry = new InMemoryRegistry();
        registry.write(Stream.of(confederation,
                new State(mli, "Mali", null, null), new State(bfa, "Burkina Faso", null, null), new State(ner, "Niger", null, null),
                new Membership(aes, mli, charter, null, null), new Membership(aes, bfa, charter, null, null),
                new Membership(aes, ner, charter, null, null),
                new Person(goita, "Assimi Goïta", null, null), new Person(traore, "Ibrahim Traoré", null, null),
                new RotatingPresidency(aes, mli, goita, PartialDate.parse("2024-07-06"), null, null, null),
                new RotatingPresidency(aes, bfa, traore, PartialDate.parse("2025-12-23"), null, null, null))
                .map(RecordWrite::upsert).toList(), new Actor("example")); // checks every rule, writes all or nothing

        RotatingPresidency then = AsOf.presidency(registry, aes, LocalDate.parse("2024-11-06")).orElseThrow().term();
        System.out.println(then.state() + " " + then.holder());                            // MLI assimi-goita

        ForecastTerm next = AsOf.history(registry, aes).forecast(confederation, registry.memberships(aes), 1).get(0);
        System.out.println(next.state() + " " + next.firstDay() + ".." + next.lastDay()); // NER 2026-12-23..2027-12-22
        // end snippet: README
    }
}
