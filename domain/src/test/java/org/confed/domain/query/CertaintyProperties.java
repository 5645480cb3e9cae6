package org.confed.domain.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.confed.domain.generate.Choices;
import org.confed.domain.model.CalendarDate;
import org.confed.domain.model.Citation;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.DateInterval;
import org.confed.domain.model.Dispute;
import org.confed.domain.model.InvalidFieldException;
import org.confed.domain.model.Membership;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.PlanStatus;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.SourceId;
import org.confed.domain.model.StateCode;
import org.confed.domain.model.TermLength;
import org.confed.domain.rules.Consistency;
import org.confed.domain.rules.RecordLookup;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.domain.schema.Records;
import org.confed.domain.schema.References;
import org.confed.domain.schema.ValueKind;

/**
 * The certainty of an "as of" answer against a brute-force model: small histories whose dates are short spans (a few
 * days, or open at one end near the window) and whose fields are sometimes disputed, asked on a day of the window. The
 * model reads every date on every day of its span, all combinations at once, and each dispute alone; the answer is
 * certain exactly when all those readings agree with the one given. {@link AsOf} must say the same.
 */
final class CertaintyProperties {
    static final ConfederationCode BODY = ConfederationCode.of("TST");
    static final List<StateCode> STATES = List.of(StateCode.of("MLI"), StateCode.of("BFA"), StateCode.of("NER"));
    static final LocalDate ORIGIN = LocalDate.of(2024, 1, 1);
    static final int WINDOW = 24;
    private static final List<Citation> SOURCE = List.of(Citation.of(SourceId.of("report")));
    private static final int MAX_COMBINATIONS = 20_000;

    private CertaintyProperties() {
    }

    /** Members on a day: certain exactly when every reading of every span, and each dispute, gives the same states. */
    static void membersAgreeWithTheModel(Choices choices, String where) {
        List<Membership> memberships = new ArrayList<>();
        for (StateCode state : STATES) {
            if (choices.between(0, 3) > 0) {
                PartialDate start = date(choices, 0, 12);
                PartialDate end = choices.coin() ? null : endAfter(choices, start);
                memberships.add(new Membership(BODY, state, start, end, null, null, null, SOURCE,
                        disputes(choices, List.of(new Candidate("start", date(choices, 0, 12)),
                                new Candidate("end", date(choices, 8, WINDOW))))));
            }
        }
        LocalDate day = day(choices);
        check(memberships, day, all -> MemberRoll.membersOn(all, day).stream().map(Membership::state)
                .collect(Collectors.toSet()), AsOf.members(lookup(memberships, List.of(), List.of()), BODY, day), where);
    }

    /** The presidency on a day: certain exactly when every reading gives the same state and holder. */
    static void presidencyAgreesWithTheModel(Choices choices, String where) {
        List<Membership> members = STATES.stream().map(state -> Membership.of(BODY, state, CalendarDate.ofYear(2020))).toList();
        List<RotatingPresidency> terms = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < choices.between(1, 3); i++) {
            from = Math.min(WINDOW, from + choices.between(0, 7));
            PartialDate start = date(choices, from, from + 2);
            PartialDate end = choices.between(0, 3) == 0 ? endAfter(choices, start) : null;
            PersonId holder = PersonId.of("holder-" + choices.between(1, 3));
            terms.add(new RotatingPresidency(BODY, choices.oneOf(STATES), holder, start, end, null, null, SOURCE,
                    disputes(choices, List.of(new Candidate("start", date(choices, 0, WINDOW)),
                            new Candidate("holder", PersonId.of("holder-" + choices.between(1, 3))),
                            new Candidate("state", choices.oneOf(STATES))))));
            from += 3;
        }
        if (!Consistency.check(terms, lookup(members, List.of(), List.of())).isEmpty()) {
            return; // overlapping terms: not a history the registry holds
        }
        LocalDate day = day(choices);
        Optional<TermLength> length = Optional.of(TermLength.parse("P10D"));
        check(terms, day, all -> PresidencyHistory.of(length, all).on(day)
                        .map(term -> Arrays.asList(term.term().state(), term.term().holder())),
                AsOf.presidency(lookup(members, terms, List.of()), BODY, day), where);
    }

    /** A plan's status on a day: certain exactly when every reading gives the same status. */
    static void planStatusAgreesWithTheModel(Choices choices, String where) {
        PlanId plan = PlanId.of("plan");
        List<PlanEvent> events = new ArrayList<>();
        List<PlanStatus> statuses = List.of(PlanStatus.DRAFTED, PlanStatus.VALIDATED, PlanStatus.PRESENTED, PlanStatus.ADOPTED);
        int from = 0;
        for (PlanStatus status : statuses) {
            if (choices.coin()) {
                continue;
            }
            from = Math.min(WINDOW, from + choices.between(0, 6));
            events.add(new PlanEvent(plan, status, date(choices, from, from + 3), null, null, SOURCE,
                    disputes(choices, List.of(new Candidate("date", date(choices, 0, WINDOW))))));
        }
        LocalDate day = day(choices);
        check(events, day, all -> PlanHistory.of(all).statusOn(day).map(PlanEvent::status),
                AsOf.planStatus(lookup(List.of(), List.of(), events), plan, day), where);
    }

    // --- the model

    private static <R extends ConfedRecord, G> void check(List<R> records, LocalDate day, Function<List<R>, G> gist,
                                                          Answer<?> answer, String where) {
        G given = gist.apply(records);
        Boolean certain = everyReadingAgrees(records, gist, given);
        if (certain == null) {
            return; // too many combinations to try here
        }
        certain = certain && everyDisputeAloneAgrees(records, gist, given);
        assertEquals(certain, answer.certain(), () -> where + ": on " + day + " the model says "
                + (answer.certain() ? "uncertain" : "certain") + " for " + records + "; AsOf said " + answer.uncertain());
    }

    private record Reading(int record, String field, List<LocalDate> days) {
    }

    // Whether every combination of a day for every span gives the answer given; null when there are too many.
    private static <R extends ConfedRecord, G> Boolean everyReadingAgrees(List<R> records, Function<List<R>, G> gist, G given) {
        List<Reading> readings = new ArrayList<>();
        long combinations = 1;
        for (int i = 0; i < records.size(); i++) {
            for (FieldSchema field : RecordSchemas.of(records.get(i)).fields()) {
                if (field.kind() == ValueKind.DATE && field.valueOf(records.get(i)) instanceof PartialDate date
                        && !date.isExactDay()) {
                    List<LocalDate> days = days(date);
                    readings.add(new Reading(i, field.name(), days));
                    combinations *= days.size();
                }
            }
        }
        if (combinations > MAX_COMBINATIONS) {
            return null;
        }
        int[] at = new int[readings.size()];
        while (true) {
            List<R> read = new ArrayList<>(records);
            boolean valid = true;
            for (int r = 0; r < readings.size() && valid; r++) {
                Reading reading = readings.get(r);
                try {
                    read.set(reading.record(), Records.with(read.get(reading.record()), reading.field(),
                            PartialDate.ofDay(reading.days().get(at[r]))));
                } catch (InvalidFieldException e) {
                    valid = false; // an end read before its start: no such history
                }
            }
            if (valid && !given.equals(gist.apply(read))) {
                return false;
            }
            int r = 0;
            while (r < at.length && ++at[r] == readings.get(r).days().size()) {
                at[r++] = 0;
            }
            if (r == at.length) {
                return true;
            }
        }
    }

    private static <R extends ConfedRecord, G> boolean everyDisputeAloneAgrees(List<R> records, Function<List<R>, G> gist,
                                                                               G given) {
        for (int i = 0; i < records.size(); i++) {
            Object disputes = RecordSchemas.of(records.get(i)).field("disputes").orElseThrow().valueOf(records.get(i));
            for (Object item : (List<?>) disputes) {
                Dispute dispute = (Dispute) item;
                List<R> other = new ArrayList<>(records);
                try {
                    other.set(i, Records.with(records.get(i), dispute.field(), dispute.value()));
                } catch (InvalidFieldException e) {
                    continue;
                }
                if (!given.equals(gist.apply(other))) {
                    return false;
                }
            }
        }
        return true;
    }

    // Every day a span stands for; an open end is read at most a little past the window, where nothing changes.
    private static List<LocalDate> days(PartialDate date) {
        LocalDate first = date.firstDay().equals(LocalDate.MIN) ? ORIGIN.minusDays(2) : date.firstDay();
        LocalDate last = date.lastDay().equals(LocalDate.MAX) ? ORIGIN.plusDays(WINDOW + 2) : date.lastDay();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    // --- generating

    private record Candidate(String field, Object value) {
    }

    private static List<Dispute> disputes(Choices choices, List<Candidate> candidates) {
        List<Dispute> disputes = new ArrayList<>();
        Set<String> fields = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (choices.between(0, 4) == 0 && fields.add(candidate.field())) {
                disputes.add(new Dispute(candidate.field(), candidate.value(), SOURCE, null));
            }
        }
        return disputes;
    }

    /** A day of the window, exact, or a span of a few days, or open at one end. */
    private static PartialDate date(Choices choices, int from, int to) {
        LocalDate first = ORIGIN.plusDays(choices.between(from, Math.max(from, to)));
        return switch (choices.between(0, 5)) {
            case 0, 1, 2 -> CalendarDate.ofDay(first);
            case 3 -> DateInterval.of(CalendarDate.ofDay(first), CalendarDate.ofDay(first.plusDays(choices.between(1, 3))));
            case 4 -> DateInterval.of(null, CalendarDate.ofDay(first));
            default -> DateInterval.of(CalendarDate.ofDay(first), null);
        };
    }

    private static PartialDate endAfter(Choices choices, PartialDate start) {
        LocalDate from = start.firstDay().equals(LocalDate.MIN) ? ORIGIN : start.firstDay();
        LocalDate last = from.plusDays(choices.between(0, 10));
        return choices.coin() ? CalendarDate.ofDay(last)
                : DateInterval.of(CalendarDate.ofDay(last), CalendarDate.ofDay(last.plusDays(choices.between(1, 2))));
    }

    private static LocalDate day(Choices choices) {
        return ORIGIN.plusDays(choices.between(-1, WINDOW + 1));
    }

    private static RecordLookup lookup(List<Membership> memberships, List<RotatingPresidency> terms, List<PlanEvent> events) {
        List<ConfedRecord> all = new ArrayList<>();
        all.add(Confederation.of(BODY, "Test", TermLength.parse("P10D"), STATES));
        all.addAll(memberships);
        all.addAll(terms);
        all.addAll(events);
        return new RecordLookup() {
            @Override
            public Set<RecordKey> existing(Collection<RecordKey> keys) {
                return all.stream().map(ConfedRecord::key).filter(keys::contains).collect(Collectors.toSet());
            }

            @Override
            public <R extends ConfedRecord> Optional<R> record(Class<R> type, RecordKey key) {
                return all.stream().filter(type::isInstance).filter(record -> record.key().equals(key)).map(type::cast)
                        .findFirst();
            }

            @Override
            public <R extends ConfedRecord> List<R> referring(Class<R> type, RecordKey target) {
                return all.stream().filter(type::isInstance).map(type::cast)
                        .filter(record -> References.of(record).stream()
                                .anyMatch(reference -> reference.target().equals(target)))
                        .toList();
            }
        };
    }
}
