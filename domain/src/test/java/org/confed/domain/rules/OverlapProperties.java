package org.confed.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.confed.domain.generate.Choices;
import org.confed.domain.generate.Generate;
import org.confed.domain.model.CalendarDate;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Membership;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.Span;
import org.confed.domain.model.State;
import org.confed.domain.model.StateCode;

/**
 * Consistency's overlap rules against a brute force: every pair compared with {@link Span#overlaps}.
 * Consistency compares neighbours only, after sorting; the two must still agree on whether anything overlaps.
 */
final class OverlapProperties {
    private static final ConfederationCode AES = ConfederationCode.of("AES");
    private static final ConfederationCode G5S = ConfederationCode.of("G5S");

    /** Both confederations and every state, stored, so that references resolve. */
    private static final StoredRecords STORED;

    static {
        List<ConfedRecord> stored = new ArrayList<>();
        stored.add(new Confederation(AES, "AES", null, null, null, null, null, null, null, null, null, null));
        stored.add(new Confederation(G5S, "G5 Sahel", null, null, null, null, null, null, null, null, null, null));
        Generate.STATES.forEach(state -> stored.add(new State(state, state.value(), null, null, null)));
        STORED = StoredRecords.of(stored);
    }

    private OverlapProperties() {
    }

    /** Two spans overlap exactly when some day lies in both (tried day by day over a short range). */
    static void spansOverlapWhenTheyShareADay(Choices choices, String where) {
        LocalDate origin = LocalDate.of(2024, 1, 1);
        Span a = span(choices, origin);
        Span b = span(choices, origin);
        boolean shareADay = false;
        for (LocalDate day = origin; day.isBefore(origin.plusDays(40)); day = day.plusDays(1)) {
            shareADay |= a.contains(day) && b.contains(day);
        }
        assertEquals(shareADay, a.overlaps(b), where + ": " + a + " and " + b);
        assertEquals(a.overlaps(b), b.overlaps(a), where + ": " + a + " and " + b);
    }

    private static Span span(Choices choices, LocalDate origin) {
        LocalDate first = origin.plusDays(choices.between(0, 20));
        return new Span(first, choices.between(0, 3) == 0 ? null : first.plusDays(choices.between(0, 10)));
    }

    /** Memberships of a few states in two confederations: an overlap is reported exactly when two of them share a day. */
    static void membershipOverlapsAgreeWithPairwiseCheck(Choices choices, String where) {
        Map<RecordKey, Membership> byKey = new LinkedHashMap<>();
        int count = choices.between(1, 8);
        for (int i = 0; i < count; i++) {
            PartialDate start = Generate.date(choices, 2000, 2010);
            Membership membership = new Membership(choices.oneOf(List.of(AES, G5S)),
                    choices.oneOf(Generate.STATES.subList(0, 2)), start, Generate.endFor(choices, start, 2010), null, null, null, List.of(), null);
            byKey.put(membership.key(), membership);
        }
        List<Membership> memberships = new ArrayList<>(byKey.values());

        Set<RecordKey> inOverlappingPair = new java.util.HashSet<>();
        for (int i = 0; i < memberships.size(); i++) {
            for (int j = i + 1; j < memberships.size(); j++) {
                Membership a = memberships.get(i);
                Membership b = memberships.get(j);
                if (a.confederation().equals(b.confederation()) && a.state().equals(b.state()) && a.span().overlaps(b.span())) {
                    inOverlappingPair.add(a.key());
                    inOverlappingPair.add(b.key());
                }
            }
        }
        List<Violation> violations = Consistency.check(memberships, STORED);
        String shown = where + ": " + memberships.stream().map(m -> m.confederation() + "/" + m.state() + " " + m.span())
                .collect(Collectors.joining(", ")) + " gave " + violations;

        assertTrue(violations.stream().allMatch(violation -> violation.kind() == ViolationKind.OVERLAP), shown);
        assertEquals(!inOverlappingPair.isEmpty(), !violations.isEmpty(), shown);
        assertTrue(violations.stream().allMatch(violation -> inOverlappingPair.contains(violation.record())), shown);
    }

    /**
     * Presidency terms of one confederation, their states members throughout: an overlap is reported exactly when two
     * terms share a day, a term without end running to the day before the next start.
     */
    static void presidencyOverlapsAgreeWithPairwiseCheck(Choices choices, String where) {
        Map<RecordKey, RotatingPresidency> byKey = new LinkedHashMap<>();
        int count = choices.between(1, 6);
        for (int i = 0; i < count; i++) {
            PartialDate start = Generate.date(choices, 2000, 2006);
            RotatingPresidency term = new RotatingPresidency(AES, choices.oneOf(Generate.STATES), null, start,
                    Generate.endFor(choices, start, 2006), null, null, List.of(), null);
            byKey.put(term.key(), term);
        }
        List<RotatingPresidency> terms = new ArrayList<>(byKey.values());
        List<ConfedRecord> batch = new ArrayList<>(terms);
        for (StateCode state : Generate.STATES) {
            batch.add(new Membership(AES, state, CalendarDate.ofYear(1990), null, null, null, null, List.of(), null));
        }

        List<Span> actual = new ArrayList<>();
        for (RotatingPresidency term : terms) {
            LocalDate first = term.start().firstDay();
            LocalDate last = term.end() != null ? term.end().lastDay()
                    : terms.stream().map(other -> other.start().firstDay()).filter(start -> start.isAfter(first))
                    .min(LocalDate::compareTo).map(next -> next.minusDays(1)).orElse(null);
            actual.add(new Span(first, last));
        }
        boolean anyOverlap = false;
        for (int i = 0; i < actual.size(); i++) {
            for (int j = i + 1; j < actual.size(); j++) {
                anyOverlap |= actual.get(i).overlaps(actual.get(j));
            }
        }
        List<Violation> violations = Consistency.check(batch, STORED);
        String shown = where + ": " + terms.stream().map(t -> t.start() + ".." + (t.end() == null ? "" : t.end()))
                .collect(Collectors.joining(", ")) + " gave " + violations;

        assertTrue(violations.stream().allMatch(violation -> violation.kind() == ViolationKind.OVERLAP), shown);
        assertEquals(anyOverlap, !violations.isEmpty(), shown);
    }
}
