package org.confed.persistence;

import static org.confed.domain.fixtures.AesFacts.date;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.MeetingKind;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.Participant;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PillarCode;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.PlanStatus;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.Source;
import org.confed.domain.model.SourceId;
import org.confed.domain.model.State;
import org.confed.domain.model.StateCode;
import org.confed.domain.model.TermLength;

/**
 * Records at the edges of what the model allows, referenced types first: dates of every precision, accents, quotes,
 * line breaks and characters beyond the basic plane, empty and long lists, the longest texts, absent optional fields.
 */
final class EdgeCases {
    static final SourceId FULL = SourceId.of("edge.source_1");
    static final SourceId BARE = SourceId.of("edge-source-2");
    static final StateCode TCD = StateCode.of("TCD");
    static final StateCode MRT = StateCode.of("MRT");
    static final ConfederationCode G5 = ConfederationCode.of("G5-S");
    static final PersonId OEUVRARD = PersonId.of("jean-baptiste-oeuvrard");
    static final PersonId BARE_PERSON = PersonId.of("p2");
    static final MeetingId YEAR_MEETING = MeetingId.of("g5.2020_summit-1");
    static final MeetingId BUSY_MEETING = MeetingId.of("G5-busy");
    static final PlanId PLAN = PlanId.of("g5-plan");

    private EdgeCases() {
    }

    static List<ConfedRecord> all() {
        List<ConfedRecord> records = new ArrayList<>();
        records.add(new Source(FULL, "Agence d'Information du Burkina (AIB)",
                "Titre « guillemets », \"quotes\", \\backslash\\ et /slash/ 🌍", date("2024-07"),
                "https://example.org/a?b=c&d=%C3%A9#fragment", "pt-BR", "MD/te/Sf/APA", "é".repeat(10_000), null));
        records.add(new Source(BARE, null, null, date("1999"), null, null, null, "Ligne 1\nLigne 2\tTabulée\r\nFin", null));
        records.add(new State(TCD, "Tchad", names("fr", "Tchad", "en", "Chad", "ar", "تشاد"), AesFacts.cites(FULL, BARE), null));
        records.add(new State(MRT, "Mauritanie", Map.of(), List.of(), null));
        records.add(new Confederation(G5, "G5 Sahel", null, names("fr", "G5 Sahel"), date("2014-02"), null, "Nouakchott",
                TermLength.parse("P6M"), List.of(TCD, MRT), List.of(), List.of(), null));
        records.add(new Membership(G5, TCD, date("2014-02"), date("2023-12"), null, null, null, AesFacts.cites(BARE), null));
        records.add(new Membership(G5, MRT, date("2014"), null, null, null, null, List.of(), null));
        records.add(new Person(OEUVRARD, "Jean-Baptiste Œuvrard-Straße l'Aîné", null, List.of(), null));
        records.add(new Person(BARE_PERSON, "P", "Ministre d'État", AesFacts.cites(FULL), null));
        records.add(new OfficeTerm(OEUVRARD, "Ministre des Affaires étrangères / Coopération", null, null, date("2019"), date("2020-06"),
                List.of(), null));
        records.add(new OfficeTerm(OEUVRARD, "Ministre", TCD, null, date("2020-07-01"), null, AesFacts.cites(FULL), null));
        records.add(new Meeting(YEAR_MEETING, null, MeetingKind.OTHER, date("2020"), null, null, null,
                List.of(new Participant(BARE_PERSON, null, null)), List.of(), List.of(), null));
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            topics.add("Sujet n° " + i + (i % 2 == 0 ? " — sécurité" : " : ‘développement’"));
        }
        records.add(new Meeting(BUSY_MEETING, G5, MeetingKind.MINISTERIAL, date("2021-03-15"), null, "N'Djamena", "T".repeat(1000),
                List.of(new Participant(OEUVRARD, null, "Ministre « délégué »"), new Participant(BARE_PERSON, null, null)), topics,
                AesFacts.cites(BARE, FULL), null));
        records.add(new RotatingPresidency(G5, TCD, null, date("2014-02"), date("2014-12"), null, null, List.of(), null));
        records.add(new RotatingPresidency(G5, MRT, OEUVRARD, date("2015"), null, BUSY_MEETING, null, AesFacts.cites(FULL), null));
        records.add(new ActionPlan(PLAN, G5, PillarCode.of("security_2"), "P".repeat(1000), List.of(), null, List.of(), null));
        records.add(new PlanEvent(PLAN, PlanStatus.DRAFTED, date("2020-03"), YEAR_MEETING, "n".repeat(2000), List.of(), null));
        records.add(new PlanEvent(PLAN, PlanStatus.ABANDONED, date("2021"), null, null, AesFacts.cites(BARE), null));
        return records;
    }

    static Map<String, String> names(String... pairs) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.put(pairs[i], pairs[i + 1]);
        }
        return names;
    }
}
