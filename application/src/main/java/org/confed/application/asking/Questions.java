package org.confed.application.asking;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PillarCode;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.PlanStatus;
import org.confed.domain.model.Post;
import org.confed.domain.model.PostId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.Period;
import org.confed.domain.port.PeriodCount;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.Versioned;
import org.confed.domain.query.Answer;
import org.confed.domain.query.AsOf;
import org.confed.domain.query.ForecastException;
import org.confed.domain.query.PlanHistory;
import org.confed.domain.query.PresidencyTerm;
import org.confed.domain.query.TimelinePage;
import org.confed.domain.query.TimelinePages;
import org.confed.domain.query.TimelineQuery;
import org.confed.domain.query.Uncertainty;

/**
 * The questions people ask of the registry, each once, for the HTTP API and the command line alike: who the members
 * were and who presided on a day, who presides next, where a plan stood, what the registry holds of a person, which
 * meetings match, and every dated fact in order. An absent answer is an empty {@link Optional}: each adapter says it
 * in its own way (a 404, an exit code).
 */
public final class Questions {
    private static final int BATCH = 500;

    private final RecordView records;

    /**
     * Questions of one view of the registry.
     *
     * @param records the registry as it stands (or as it stood)
     */
    public Questions(RecordView records) {
        this.records = Objects.requireNonNull(records, "records");
    }

    /**
     * A confederation by its code.
     *
     * @param code the code
     * @return the confederation, or empty
     */
    public Optional<Confederation> confederation(ConfederationCode code) {
        return records.confederation(code);
    }

    /**
     * The member states of a confederation on a day.
     *
     * @param confederation the confederation
     * @param at            the day
     * @return the memberships covering the day
     */
    public MembersAnswer members(Confederation confederation, LocalDate at) {
        Answer<List<Membership>> members = AsOf.members(records, confederation.code(), at);
        return new MembersAnswer(confederation, at, members.value(), members.uncertain());
    }

    /**
     * The presidency term covering a day, with its holder.
     *
     * @param confederation the confederation
     * @param at            the day
     * @return the term, or empty when none covers the day
     */
    public Optional<PresidencyAnswer> presidency(Confederation confederation, LocalDate at) {
        Answer<Optional<PresidencyTerm>> answer = AsOf.presidency(records, confederation.code(), at);
        return answer.value().map(term -> withHolder(term, answer.uncertain()));
    }

    /**
     * Every presidency term of a confederation as it played out, oldest first, with their holders.
     *
     * @param confederation the confederation
     * @return the terms
     */
    public List<PresidencyAnswer> presidencies(Confederation confederation) {
        return AsOf.presidencyTerms(records, confederation.code()).stream().map(term -> withHolder(term, List.of())).toList();
    }

    /**
     * The next presidency terms, from the rotation and the term length.
     *
     * @param confederation the confederation
     * @param count         how many terms
     * @return the terms, soonest first
     * @throws ForecastException when the facts cannot support a forecast (no rotation, no term length, no term yet,
     *                           or a term length that runs past the calendar)
     */
    public ForecastAnswer forecast(Confederation confederation, int count) {
        try {
            return new ForecastAnswer(confederation, AsOf.history(records, confederation.code())
                    .forecast(confederation, records.memberships(confederation.code()), count));
        } catch (DateTimeException e) {
            throw new ForecastException(confederation.code() + "'s presidency_term " + confederation.presidencyTerm()
                    + " runs past the end of the calendar", "confederation.presidency_term");
        }
    }

    /**
     * Where a plan stood on a day, with its whole history.
     *
     * @param plan the plan
     * @param at   the day
     * @return the plan's status on the day
     */
    public PlanAnswer plan(ActionPlan plan, LocalDate at) {
        Answer<Optional<PlanEvent>> status = AsOf.planStatus(records, plan.id(), at);
        return new PlanAnswer(plan, at, status.value(), PlanHistory.of(records.planEvents(plan.id())).events(),
                status.uncertain());
    }

    /**
     * A plan by its id.
     *
     * @param id the id
     * @return the plan with its version, or empty
     */
    public Optional<Versioned<ActionPlan>> plan(PlanId id) {
        return records.find(ActionPlan.class, RecordKey.of(ActionPlan.class, id));
    }

    /**
     * What to keep of the plans: each filter applies when present.
     *
     * @param confederation only this confederation's plans
     * @param pillar        only plans under this pillar
     * @param status        only plans with this status on the day
     * @param at            the day statuses are taken on
     */
    public record PlanFilter(Optional<ConfederationCode> confederation, Optional<PillarCode> pillar,
                             Optional<PlanStatus> status, LocalDate at) {
    }

    /**
     * A page of plans with their status on a day, in id order.
     *
     * @param filter which plans
     * @param after  the plan to start after, or {@code null}
     * @param limit  the most plans to give
     * @return the plans, and whether more follow
     */
    public Page<PlanAnswer> plans(PlanFilter filter, PlanId after, int limit) {
        Predicate<ActionPlan> keep = plan -> filter.confederation().map(plan.confederation()::equals).orElse(true)
                && filter.pillar().map(plan.pillar()::equals).orElse(true)
                && filter.status().map(wanted -> AsOf.planStatus(records, plan.id(), filter.at()).value()
                        .map(event -> event.status() == wanted).orElse(false)).orElse(true);
        RecordKey from = after == null ? null : RecordKey.of(ActionPlan.class, after);
        List<PlanAnswer> found = new ArrayList<>();
        while (found.size() <= limit) {
            List<Versioned<ActionPlan>> batch = records.list(ActionPlan.class, from, BATCH);
            for (Versioned<ActionPlan> stored : batch) {
                if (found.size() <= limit && keep.test(stored.record())) {
                    found.add(plan(stored.record(), filter.at()));
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            from = batch.get(batch.size() - 1).record().key();
        }
        return Page.of(found, limit);
    }

    /**
     * A person with the offices, presidencies and the first page of meetings the registry holds of them.
     *
     * @param id       the person's id
     * @param meetings where the page of their meetings starts and how long it is: its person is set to {@code id}
     * @return the person's page, or empty when no such person is stored
     */
    public Optional<PersonAnswer> person(PersonId id, MeetingQuery meetings) {
        return records.find(Person.class, RecordKey.of(Person.class, id)).map(person -> new PersonAnswer(person,
                AsOf.officeTermsOf(records, id), termsHeldBy(id), records.searchMeetings(new MeetingQuery(null, null,
                        null, id, null, null, meetings.after(), meetings.afterDate(), meetings.limit()))));
    }

    // The terms as they played out (with actual and planned ends) need the confederation's other terms.
    private List<PresidencyTerm> termsHeldBy(PersonId person) {
        Map<ConfederationCode, List<PresidencyTerm>> byConfederation = new LinkedHashMap<>();
        List<PresidencyTerm> held = new ArrayList<>();
        for (RotatingPresidency term : AsOf.presidenciesHeldBy(records, person)) {
            byConfederation.computeIfAbsent(term.confederation(), code -> AsOf.presidencyTerms(records, code)).stream()
                    .filter(played -> played.term().key().equals(term.key()))
                    .findFirst()
                    .ifPresent(held::add);
        }
        return held;
    }

    /**
     * A page of meetings matching a query.
     *
     * @param query the filters, words and page
     * @return the meetings, by date then id
     */
    public Page<Meeting> meetings(MeetingQuery query) {
        return records.searchMeetings(query);
    }

    /**
     * A page of every dated fact, oldest first: foundings, memberships, presidency terms, office terms, meetings,
     * plan events, instruments.
     *
     * @param query the filters, and where the page starts
     * @return the page, and where the next one starts
     */
    public TimelinePage timeline(TimelineQuery query) {
        return TimelinePages.page(records, query);
    }

    /**
     * How many meetings began in each period of a span of days.
     *
     * @param confederation only this confederation's meetings, or {@code null}
     * @param from          the span's first day
     * @param to            the span's last day
     * @param period        the periods counted by
     * @return the periods holding meetings, earliest first
     */
    public List<PeriodCount> meetingCounts(ConfederationCode confederation, LocalDate from, LocalDate to, Period period) {
        return records.countMeetings(confederation, from, to, period);
    }

    private PresidencyAnswer withHolder(PresidencyTerm term, List<Uncertainty> uncertain) {
        PersonId holder = term.term().holder();
        return new PresidencyAnswer(term, holder == null ? Optional.empty()
                : records.record(Person.class, RecordKey.of(Person.class, holder)), uncertain);
    }

    /**
     * A post by its id.
     *
     * @param id the id
     * @return the post, or empty
     */
    public Optional<Post> post(PostId id) {
        return records.record(Post.class, RecordKey.of(Post.class, id));
    }

    /**
     * Who held a post on a day.
     *
     * @param post the post
     * @param at   the day
     * @return the office terms of the post covering the day, with their persons, and how certain that is
     */
    public HolderAnswer holder(Post post, LocalDate at) {
        Answer<List<OfficeTerm>> terms = AsOf.holders(records, post.id(), at);
        Map<PersonId, Person> persons = new LinkedHashMap<>();
        for (OfficeTerm term : terms.value()) {
            records.record(Person.class, RecordKey.of(Person.class, term.person()))
                    .ifPresent(person -> persons.put(person.id(), person));
        }
        return new HolderAnswer(post, at, terms.value(), persons, terms.uncertain());
    }
}
