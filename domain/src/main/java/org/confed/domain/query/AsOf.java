package org.confed.domain.query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.Post;
import org.confed.domain.model.PostId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.State;
import org.confed.domain.model.StateCode;
import org.confed.domain.model.TermLength;
import org.confed.domain.rules.RecordLookup;

/**
 * The "as of" answers, from whatever holds the records: who was a member, who presided, who held an office or a post
 * and where a plan stood on a day. Every store answers through these, so the answers agree to the letter. Each answer
 * says how certain it is ({@link Answer}): whether a date known only as a span, or a disputed value, could change it.
 *
 * <pre>{@code
 * Answer<Optional<PresidencyTerm>> then = AsOf.presidency(registry, ConfederationCode.of("AES"), LocalDate.parse("2024-11-06"));
 * boolean sure = then.certain(); // true: Mali, certainly
 * }</pre>
 */
public final class AsOf {
    private AsOf() {
    }

    /**
     * The member states of a confederation on a day.
     *
     * @param records       the records
     * @param confederation the confederation
     * @param day           the day
     * @return the memberships covering the day, by state, and how certain that is
     */
    public static Answer<List<Membership>> members(RecordLookup records, ConfederationCode confederation, LocalDate day) {
        List<Membership> memberships = records.memberships(confederation);
        return new Answer<>(MemberRoll.membersOn(memberships, day), Certainty.of(memberships, day,
                all -> MemberRoll.membersOn(all, day).stream().map(Membership::state).collect(Collectors.toSet())));
    }

    /**
     * The presidency term covering a day.
     *
     * @param records       the records
     * @param confederation the confederation
     * @param day           the day
     * @return the term as it played out, or empty when no term covers the day, and how certain that is
     */
    public static Answer<Optional<PresidencyTerm>> presidency(RecordLookup records, ConfederationCode confederation,
                                                             LocalDate day) {
        Optional<TermLength> length = records.confederation(confederation).map(Confederation::presidencyTerm);
        List<RotatingPresidency> terms = records.presidencies(confederation);
        return new Answer<>(PresidencyHistory.of(length, terms).on(day), Certainty.of(terms, day,
                all -> PresidencyHistory.of(length, all).on(day)
                        .map(term -> Arrays.asList(term.term().state(), term.term().holder()))));
    }

    /**
     * Every presidency term of a confederation as it played out, oldest first.
     *
     * @param records       the records
     * @param confederation the confederation
     * @return the terms
     */
    public static List<PresidencyTerm> presidencyTerms(RecordLookup records, ConfederationCode confederation) {
        return history(records, confederation).terms();
    }

    /**
     * The presidency history of a confederation, for the answers that need all of it (the forecast).
     *
     * @param records       the records
     * @param confederation the confederation
     * @return its terms with the term length its record gives
     */
    public static PresidencyHistory history(RecordLookup records, ConfederationCode confederation) {
        return PresidencyHistory.of(records.confederation(confederation).map(Confederation::presidencyTerm),
                records.presidencies(confederation));
    }

    /**
     * Who held an office of a state on a day.
     *
     * @param records the records
     * @param office  the office, as the terms name it
     * @param state   the state
     * @param day     the day
     * @return the terms covering the day, by start, and how certain that is
     */
    public static Answer<List<OfficeTerm>> officeHolders(RecordLookup records, String office, StateCode state, LocalDate day) {
        List<OfficeTerm> terms = records.referring(OfficeTerm.class, RecordKey.of(State.class, state)).stream()
                .filter(term -> term.office().equals(office)).toList();
        return holders(terms, day);
    }

    /**
     * Who held a post on a day.
     *
     * @param records the records
     * @param post    the post
     * @param day     the day
     * @return the office terms of the post covering the day, by start, and how certain that is
     */
    public static Answer<List<OfficeTerm>> holders(RecordLookup records, PostId post, LocalDate day) {
        return holders(records.referring(OfficeTerm.class, RecordKey.of(Post.class, post)), day);
    }

    private static Answer<List<OfficeTerm>> holders(List<OfficeTerm> terms, LocalDate day) {
        return new Answer<>(covering(terms, day), Certainty.of(terms, day,
                all -> covering(all, day).stream().map(OfficeTerm::person).toList()));
    }

    private static List<OfficeTerm> covering(List<OfficeTerm> terms, LocalDate day) {
        return terms.stream().filter(term -> term.coversDay(day))
                .sorted(Comparator.comparing(OfficeTerm::start).thenComparing(term -> term.person().value())).toList();
    }

    /**
     * Where a plan stood on a day.
     *
     * @param records the records
     * @param plan    the plan
     * @param day     the day
     * @return its latest event on or before the day, or empty before its first, and how certain that is
     */
    public static Answer<Optional<PlanEvent>> planStatus(RecordLookup records, PlanId plan, LocalDate day) {
        List<PlanEvent> events = records.planEvents(plan);
        return new Answer<>(PlanHistory.of(events).statusOn(day), Certainty.of(events, day,
                all -> PlanHistory.of(all).statusOn(day).map(PlanEvent::status)));
    }

    /**
     * The offices a person held.
     *
     * @param records the records
     * @param person  the person
     * @return the person's office terms, by start, then office
     */
    public static List<OfficeTerm> officeTermsOf(RecordLookup records, PersonId person) {
        return records.referring(OfficeTerm.class, RecordKey.of(Person.class, person)).stream()
                .sorted(Comparator.comparing(OfficeTerm::start).thenComparing(OfficeTerm::office)).toList();
    }

    /**
     * The presidency terms a person held.
     *
     * @param records the records
     * @param person  the person
     * @return the terms with the person as holder, by start, then confederation
     */
    public static List<RotatingPresidency> presidenciesHeldBy(RecordLookup records, PersonId person) {
        return records.referring(RotatingPresidency.class, RecordKey.of(Person.class, person)).stream()
                .sorted(Comparator.comparing(RotatingPresidency::start).thenComparing(RotatingPresidency::confederation))
                .toList();
    }
}
