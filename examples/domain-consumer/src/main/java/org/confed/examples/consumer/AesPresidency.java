package org.confed.examples.consumer;

import java.time.LocalDate;
import java.util.List;
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

/** The program of the README's "Using the domain jar": who presided over the AES on 2024-11-06, and who is next. */
public final class AesPresidency {
    private AesPresidency() {
    }

    /**
     * Prints {@code MLI assimi-goita true} and {@code NER 2026-12-23..2027-12-22}.
     *
     * @param args none
     */
    public static void main(String[] args) {
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
