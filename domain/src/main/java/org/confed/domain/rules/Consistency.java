package org.confed.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.Span;
import org.confed.domain.model.StateCode;
import org.confed.domain.schema.References;

/**
 * The rules that span records, checked in one place: memberships of a state never overlap, presidency terms
 * never overlap, the presiding state is a member on its term's first day, plan moves follow the state machine,
 * a plan's pillar is one of its confederation's, and every reference resolves.
 *
 * <p>Each rule is a function over the records it concerns; {@link #check} applies all of them to a batch
 * of records about to be written on top of what is stored.
 */
public final class Consistency {

    /** Orders terms and memberships by first day, then by last day, open ones last. */
    private static final Comparator<Span> BY_SPAN = Comparator.comparing(Span::first)
            .thenComparing(span -> span.last() == null ? LocalDate.MAX : span.last());

    /** A plan's history in order: by date, then along the state machine for events of one date. */
    public static final Comparator<PlanEvent> HISTORY_ORDER =
            Comparator.comparing(PlanEvent::date).thenComparing(PlanEvent::status);

    private Consistency() {
    }

    /**
     * Every rule broken by writing {@code incoming} on top of {@code stored}. A record in {@code incoming} replaces
     * the stored record with the same key. Violations are pinned on incoming records only.
     *
     * <pre>{@code
     * List<Violation> violations = Consistency.check(records, RecordLookup.empty());
     * for (Violation violation : violations) {
     *     System.out.println(violation.record() + " " + violation); // presidency AES/2024-07-06 presidency.state: ...
     * }
     * }</pre>
     *
     * @param incoming the records about to be written, in any order
     * @param stored   what is stored ({@link RecordLookup#empty()} for nothing)
     * @return the broken rules, empty when the write may go ahead
     */
    public static List<Violation> check(Collection<? extends ConfedRecord> incoming, RecordLookup stored) {
        Map<RecordKey, ConfedRecord> batch = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (ConfedRecord record : incoming) {
            ConfedRecord earlier = batch.putIfAbsent(record.key(), record);
            if (earlier != null && !earlier.equals(record)) {
                violations.add(new Violation(record.key(), record.key().typeName(), ViolationKind.DUPLICATE_KEY,
                        "two different records with the key " + String.join("/", record.key().parts()) + " in one batch"));
            }
        }
        violations.addAll(missingReferences(batch.values(), batch::containsKey, stored));
        violations.addAll(groupRules(batch.values(), new BatchOverStore(batch, stored), batch::containsKey));
        return violations;
    }

    /**
     * The rules that concern groups of records, over a lookup that already holds the new records: for every
     * confederation the records touch, its memberships never overlap and its terms neither overlap nor seat a
     * non-member; for every plan, its history follows the state machine and its pillar is one of its
     * confederation's. An import checks this on the store as its write sees it, once everything is in.
     *
     * @param records the new records (only memberships, terms, plans and plan events matter)
     * @param state   the records as they will stand, the new ones included
     * @param isNew   which keys are new: violations are pinned on those only
     * @return the broken rules
     */
    public static List<Violation> groupRules(Collection<? extends ConfedRecord> records, RecordLookup state,
                                             Predicate<RecordKey> isNew) {
        Set<ConfederationCode> confederations = new LinkedHashSet<>();
        Set<PlanId> plans = new LinkedHashSet<>();
        List<Violation> violations = new ArrayList<>();
        for (ConfedRecord record : records) {
            if (record instanceof Membership membership) {
                confederations.add(membership.confederation());
            } else if (record instanceof RotatingPresidency term) {
                confederations.add(term.confederation());
            } else if (record instanceof PlanEvent event) {
                plans.add(event.plan());
            } else if (record instanceof ActionPlan plan) {
                pillarProblem(plan, state.confederation(plan.confederation())).ifPresent(violations::add);
            }
        }
        for (ConfederationCode code : confederations) {
            List<Membership> memberships = state.memberships(code);
            violations.addAll(overlappingMemberships(memberships, isNew));
            violations.addAll(presidencyProblems(state.presidencies(code), memberships, isNew));
        }
        for (PlanId plan : plans) {
            violations.addAll(planHistoryProblems(state.planEvents(plan), isNew));
        }
        return violations;
    }

    /**
     * Terms of one person in one office (of one state) that share a day: a person holds an office once at a time, so
     * two such terms are one term recorded twice. Checked when two records of one person are merged, where each record
     * brings its own terms; not on every write, for sources often give a re-appointment without the end of the term
     * before it.
     *
     * @param terms the terms to compare, stored and new
     * @param isNew whether a key names a record being written; only those are blamed
     * @return an {@link ViolationKind#OVERLAP} for each overlap a new term brings
     */
    public static List<Violation> overlappingOfficeTerms(Collection<OfficeTerm> terms, Predicate<RecordKey> isNew) {
        Map<List<Object>, List<OfficeTerm>> byOffice = terms.stream().collect(Collectors.groupingBy(
                term -> Arrays.asList(term.person(), term.office(), term.state()), LinkedHashMap::new,
                Collectors.toList()));
        List<Violation> violations = new ArrayList<>();
        for (List<OfficeTerm> group : byOffice.values()) {
            List<OfficeTerm> sorted = group.stream().sorted(Comparator.comparing(OfficeTerm::span, BY_SPAN)).toList();
            for (int i = 0; i + 1 < sorted.size(); i++) {
                OfficeTerm earlier = sorted.get(i);
                OfficeTerm later = sorted.get(i + 1);
                OfficeTerm blamed = isNew.test(later.key()) ? later : earlier;
                if (earlier.span().overlaps(later.span()) && isNew.test(blamed.key())) {
                    OfficeTerm other = blamed == later ? earlier : later;
                    violations.add(new Violation(blamed.key(), "office_term.start", ViolationKind.OVERLAP,
                            blamed.person() + "'s term as " + blamed.office() + " from " + blamed.start() + ends(blamed.end())
                                    + " overlaps their term from " + other.start() + ends(other.end()) + " ("
                                    + other.key().text() + ")"));
                }
            }
        }
        return violations;
    }

    /**
     * As {@link #check}, throwing when anything is broken.
     *
     * @param incoming the records about to be written
     * @param stored   what is stored
     * @throws RuleViolationException naming every broken rule
     */
    public static void require(Collection<? extends ConfedRecord> incoming, RecordLookup stored) {
        List<Violation> violations = check(incoming, stored);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    /**
     * References of {@code records} that point at neither a record of the batch nor a stored one.
     *
     * @param records the records whose references to check
     * @param inBatch whether a key names a record written with them
     * @param stored  what is stored, asked once for every key not in the batch
     * @return a {@link ViolationKind#MISSING_REFERENCE} for each unresolved reference
     */
    public static List<Violation> missingReferences(Collection<? extends ConfedRecord> records,
                                                    Predicate<RecordKey> inBatch, RecordLookup stored) {
        Map<ConfedRecord, List<References.Reference>> unresolved = new LinkedHashMap<>();
        Set<RecordKey> askStore = new HashSet<>();
        for (ConfedRecord record : records) {
            for (References.Reference reference : References.of(record)) {
                if (!inBatch.test(reference.target())) {
                    unresolved.computeIfAbsent(record, r -> new ArrayList<>()).add(reference);
                    askStore.add(reference.target());
                }
            }
        }
        if (askStore.isEmpty()) {
            return List.of();
        }
        Set<RecordKey> found = stored.existing(askStore);
        List<Violation> violations = new ArrayList<>();
        unresolved.forEach((record, references) -> {
            for (References.Reference reference : references) {
                if (!found.contains(reference.target())) {
                    violations.add(new Violation(record.key(), reference.field(), ViolationKind.MISSING_REFERENCE,
                            reference.target().typeName() + " " + reference.target().id() + " does not exist"));
                }
            }
        });
        return violations;
    }

    /**
     * Memberships of one state in one confederation that share a day, for any states and confederations.
     *
     * @param memberships the memberships to compare, stored and new
     * @param isNew       whether a key names a record being written; only those are blamed
     * @return an {@link ViolationKind#OVERLAP} for each overlap a new membership brings
     */
    public static List<Violation> overlappingMemberships(Collection<Membership> memberships, Predicate<RecordKey> isNew) {
        Map<List<Object>, List<Membership>> byStateAndBody = memberships.stream().collect(Collectors.groupingBy(
                membership -> List.of(membership.confederation(), membership.state()), LinkedHashMap::new, Collectors.toList()));
        List<Violation> violations = new ArrayList<>();
        for (List<Membership> group : byStateAndBody.values()) {
            List<Membership> sorted = group.stream().sorted(Comparator.comparing(Membership::span, BY_SPAN)).toList();
            for (int i = 0; i + 1 < sorted.size(); i++) {
                Membership earlier = sorted.get(i);
                Membership later = sorted.get(i + 1);
                if (earlier.span().overlaps(later.span())) {
                    Membership blamed = isNew.test(later.key()) ? later : earlier;
                    Membership other = blamed == later ? earlier : later;
                    if (isNew.test(blamed.key())) {
                        violations.add(new Violation(blamed.key(), "membership.start", ViolationKind.OVERLAP,
                                blamed.state() + "'s membership of " + blamed.confederation() + " " + blamed.span()
                                        + " overlaps its membership " + other.span()));
                    }
                }
            }
        }
        return violations;
    }

    private static String ends(PartialDate end) {
        return end == null ? ", still held" : " to " + end;
    }

    /**
     * Presidency terms of one confederation that share a day (a term without end runs to the day before the
     * next one starts), and terms whose state is not a member on their first day.
     *
     * @param terms       the confederation's terms, stored and new
     * @param memberships the confederation's memberships, stored and new
     * @param isNew       whether a key names a record being written; only those are blamed
     * @return an {@link ViolationKind#OVERLAP} or {@link ViolationKind#NOT_A_MEMBER} for each problem a new record
     *         brings
     */
    public static List<Violation> presidencyProblems(Collection<RotatingPresidency> terms, Collection<Membership> memberships,
                                                     Predicate<RecordKey> isNew) {
        List<Violation> violations = new ArrayList<>();
        List<RotatingPresidency> sorted = terms.stream()
                .sorted(Comparator.comparing(term -> Span.of(term.start(), term.end()), BY_SPAN)).toList();
        for (int i = 0; i + 1 < sorted.size(); i++) {
            RotatingPresidency earlier = sorted.get(i);
            RotatingPresidency later = sorted.get(i + 1);
            LocalDate nextStarts = later.start().firstDay();
            boolean sameStart = earlier.start().firstDay().equals(nextStarts);
            boolean endsLate = earlier.end() != null && !earlier.end().lastDay().isBefore(nextStarts);
            if (sameStart || endsLate) {
                RotatingPresidency blamed = isNew.test(later.key()) ? later : earlier;
                RotatingPresidency other = blamed == later ? earlier : later;
                if (isNew.test(blamed.key())) {
                    violations.add(new Violation(blamed.key(), blamed == later ? "presidency.start" : "presidency.end",
                            ViolationKind.OVERLAP, "the term of " + blamed.state() + " from " + blamed.start()
                                    + " overlaps the term of " + other.state() + " from " + other.start()));
                }
            }
        }
        for (RotatingPresidency term : sorted) {
            LocalDate firstDay = term.start().firstDay();
            boolean member = memberships.stream().anyMatch(membership -> membership.state().equals(term.state())
                    && membership.confederation().equals(term.confederation()) && membership.coversDay(firstDay));
            if (member) {
                continue;
            }
            if (isNew.test(term.key())) {
                violations.add(new Violation(term.key(), "presidency.state", ViolationKind.NOT_A_MEMBER,
                        term.state() + " is not a member of " + term.confederation() + " on " + firstDay
                                + ", the first day of its term"));
            } else {
                // A stored term is unseated by a membership written now (its end moved earlier): blame that membership.
                memberships.stream()
                        .filter(membership -> isNew.test(membership.key()) && membership.state().equals(term.state())
                                && membership.confederation().equals(term.confederation()))
                        .findFirst()
                        .ifPresent(membership -> violations.add(new Violation(membership.key(),
                                membership.end() != null ? "membership.end" : "membership.start", ViolationKind.NOT_A_MEMBER,
                                term.state() + " would not be a member of " + term.confederation() + " on " + firstDay
                                        + ", the first day of its presidency term")));
            }
        }
        return violations;
    }

    /**
     * Status changes of one plan that the state machine ({@link org.confed.domain.model.PlanStatus#mayMoveTo})
     * does not allow, taken in date order.
     *
     * @param events the plan's events, stored and new
     * @param isNew  whether a key names a record being written; only those are blamed
     * @return an {@link ViolationKind#ILLEGAL_MOVE} for each move a new event brings
     */
    public static List<Violation> planHistoryProblems(Collection<PlanEvent> events, Predicate<RecordKey> isNew) {
        List<PlanEvent> history = events.stream().sorted(HISTORY_ORDER).toList();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i + 1 < history.size(); i++) {
            PlanEvent before = history.get(i);
            PlanEvent after = history.get(i + 1);
            if (!before.status().mayMoveTo(after.status())) {
                PlanEvent blamed = isNew.test(after.key()) ? after : before;
                if (isNew.test(blamed.key())) {
                    violations.add(new Violation(blamed.key(), "plan_event.status", ViolationKind.ILLEGAL_MOVE,
                            "plan " + after.plan() + " cannot move from " + before.status().code() + " (" + before.date()
                                    + ") to " + after.status().code() + " (" + after.date() + ")"));
                }
            }
        }
        return violations;
    }

    /**
     * A plan whose pillar its confederation does not list, when the confederation lists any.
     *
     * @param plan          the plan
     * @param confederation its confederation, when known
     * @return an {@link ViolationKind#UNKNOWN_PILLAR}, or empty
     */
    public static Optional<Violation> pillarProblem(ActionPlan plan, Optional<Confederation> confederation) {
        return confederation
                .filter(body -> !body.pillars().isEmpty() && !body.pillars().contains(plan.pillar()))
                .map(body -> new Violation(plan.key(), "action_plan.pillar", ViolationKind.UNKNOWN_PILLAR,
                        plan.pillar() + " is not one of " + body.code() + "'s pillars: "
                                + body.pillars().stream().map(Object::toString).collect(Collectors.joining(", "))));
    }

    /**
     * Whether {@code state} is a member of the confederation on {@code day}, by these memberships.
     *
     * @param memberships the confederation's memberships
     * @param state       a state
     * @param day         a day
     * @return whether one of the state's memberships covers the day
     */
    public static boolean isMember(Collection<Membership> memberships, StateCode state, LocalDate day) {
        return memberships.stream().anyMatch(membership -> membership.state().equals(state) && membership.coversDay(day));
    }
}
