package org.confed.domain.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Instrument;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.RotatingPresidency;

/** Every dated fact of a set of records, in one chronological list. */
public final class Timeline {
    /** Oldest first; facts of one date in the order of their record keys, then kind. */
    public static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::position)
            .thenComparing(TimelineEntry::date).thenComparing(TimelineEntry::record).thenComparing(TimelineEntry::event);

    private Timeline() {
    }

    /**
     * The timeline of {@code records}: foundings, memberships' starts and ends, presidency terms' starts and
     * (actual) ends, office terms, meetings and plan status changes, oldest first.
     *
     * @param records records of any types, in any order
     * @return the dated facts in {@link #ORDER}
     */
    public static List<TimelineEntry> of(Collection<? extends ConfedRecord> records) {
        Map<PersonId, Person> persons = new HashMap<>();
        Map<PlanId, ActionPlan> plans = new HashMap<>();
        Map<ConfederationCode, Confederation> confederations = new HashMap<>();
        Map<ConfederationCode, List<RotatingPresidency>> terms = new LinkedHashMap<>();
        for (ConfedRecord record : records) {
            if (record instanceof Person person) {
                persons.put(person.id(), person);
            } else if (record instanceof ActionPlan plan) {
                plans.put(plan.id(), plan);
            } else if (record instanceof Confederation body) {
                confederations.put(body.code(), body);
            } else if (record instanceof RotatingPresidency term) {
                terms.computeIfAbsent(term.confederation(), code -> new ArrayList<>()).add(term);
            }
        }
        List<TimelineEntry> entries = new ArrayList<>();
        for (ConfedRecord record : records) {
            add(record, persons, plans, entries);
        }
        terms.forEach((code, recorded) -> {
            Optional<Confederation> body = Optional.ofNullable(confederations.get(code));
            for (PresidencyTerm term : PresidencyHistory.of(body.map(Confederation::presidencyTerm), recorded).terms()) {
                RotatingPresidency presidency = term.term();
                String holder = presidency.holder() == null ? "" : " (" + name(persons, presidency.holder()) + ")";
                entries.add(new TimelineEntry(presidency.start(), null, "presidency.start", presidency.key(), code,
                        presidency.state() + holder + " takes the presidency of " + code));
                if (term.lastDay() != null) {
                    PartialDate end = presidency.end() != null ? presidency.end() : PartialDate.ofDay(term.lastDay());
                    entries.add(new TimelineEntry(end, null, "presidency.end", presidency.key(), code,
                            "the presidency of " + presidency.state() + holder + " over " + code + " ends"));
                }
            }
        });
        entries.sort(ORDER);
        return entries;
    }

    /**
     * The entries of a timeline about one confederation within a period.
     *
     * @param timeline      a timeline
     * @param confederation the confederation, or {@code null} for entries about any
     * @param from          only entries whose date ends on or after this day; {@code null} for no bound
     * @param to            only entries whose date starts on or before this day; {@code null} for no bound
     * @return the entries kept, in their order
     */
    public static List<TimelineEntry> filter(List<TimelineEntry> timeline, ConfederationCode confederation, LocalDate from, LocalDate to) {
        return timeline.stream()
                .filter(entry -> confederation == null || confederation.equals(entry.confederation()))
                .filter(entry -> from == null || !entry.lastDay().isBefore(from))
                .filter(entry -> to == null || !entry.date().firstDay().isAfter(to))
                .toList();
    }

    private static void add(ConfedRecord record, Map<PersonId, Person> persons, Map<PlanId, ActionPlan> plans,
                            List<TimelineEntry> entries) {
        if (record instanceof Confederation body && body.founded() != null) {
            entries.add(new TimelineEntry(body.founded(), null, "confederation.founded", body.key(), body.code(),
                    body.name() + " is founded" + (body.foundingInstrument() == null ? "" : ": " + body.foundingInstrument())));
        } else if (record instanceof Membership membership) {
            entries.add(new TimelineEntry(membership.start(), null, "membership.start", membership.key(),
                    membership.confederation(), membership.state() + " joins " + membership.confederation()));
            if (membership.startAnnounced() != null) {
                entries.add(new TimelineEntry(membership.startAnnounced(), null, "membership.start_announced", membership.key(),
                        membership.confederation(), membership.state() + " announces it will join " + membership.confederation()));
            }
            if (membership.endAnnounced() != null) {
                entries.add(new TimelineEntry(membership.endAnnounced(), null, "membership.end_announced", membership.key(),
                        membership.confederation(), membership.state() + " announces it will leave " + membership.confederation()));
            }
            if (membership.end() != null) {
                entries.add(new TimelineEntry(membership.end(), null, "membership.end", membership.key(),
                        membership.confederation(), membership.state() + " leaves " + membership.confederation()));
            }
        } else if (record instanceof OfficeTerm term) {
            String who = name(persons, term.person());
            String where = term.state() == null ? "" : " (" + term.state() + ")";
            entries.add(new TimelineEntry(term.start(), null, "office_term.start", term.key(), null,
                    who + " becomes " + term.office() + where));
            if (term.end() != null) {
                entries.add(new TimelineEntry(term.end(), null, "office_term.end", term.key(), null,
                        who + " leaves office as " + term.office() + where));
            }
        } else if (record instanceof Meeting meeting) {
            entries.add(entry(meeting));
        } else if (record instanceof PlanEvent event) {
            ActionPlan plan = plans.get(event.plan());
            String title = plan == null ? event.plan().value() : plan.title();
            entries.add(new TimelineEntry(event.date(), null, "plan_event.date", event.key(),
                    plan == null ? null : plan.confederation(), title + ": " + event.status().code()));
        } else if (record instanceof Instrument instrument) {
            if (instrument.signed() != null) {
                entries.add(new TimelineEntry(instrument.signed(), null, "instrument.signed", instrument.key(),
                        instrument.confederation(), instrument.title() + " is signed"));
            }
            if (instrument.inForce() != null) {
                entries.add(new TimelineEntry(instrument.inForce(), null, "instrument.in_force", instrument.key(),
                        instrument.confederation(), instrument.title() + " takes effect"));
            }
        }
        // Presidency terms are added by the caller: their actual ends depend on the terms that follow.
    }

    /** A meeting's one fact: its date. */
    static TimelineEntry entry(Meeting meeting) {
        String title = meeting.title() != null ? meeting.title() : meeting.kind().code();
        return new TimelineEntry(meeting.date(), meeting.endDate(), "meeting.date", meeting.key(),
                meeting.confederation(), title + (meeting.place() == null ? "" : ", " + meeting.place()));
    }

    private static String name(Map<PersonId, Person> persons, PersonId id) {
        Person person = persons.get(id);
        return person == null ? id.value() : person.name();
    }
}
