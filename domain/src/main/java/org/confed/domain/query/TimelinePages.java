package org.confed.domain.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Instrument;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.Versioned;

/**
 * A timeline a page at a time, however many meetings the registry holds: the meetings of a page come from the
 * store's meeting search (filtered and ordered where they are stored, a page at a time); the other facts (foundings,
 * memberships, presidency and office terms, plan events, instruments) are few and are read whole, then merged in
 * {@link Timeline#ORDER}. Meetings of one first day come in id order.
 */
public final class TimelinePages {
    /** The record types whose facts are read whole; persons are looked up only when a fact names one. */
    private static final List<Class<? extends ConfedRecord>> FEW = List.of(Confederation.class, Membership.class,
            RotatingPresidency.class, OfficeTerm.class, ActionPlan.class, PlanEvent.class, Instrument.class);
    private static final int BATCH = 500;

    private TimelinePages() {
    }

    /**
     * One page of the timeline {@link Timeline#filter} would give of every record.
     *
     * @param records the registry
     * @param query   the filters, and where the page starts
     * @return at most {@code query.limit()} facts, and where the next page starts
     */
    public static TimelinePage page(RecordView records, TimelineQuery query) {
        TimelineCursor after = query.after();
        List<TimelineEntry> facts = facts(records, query);
        int nextFact = 0;
        if (after != null && after.fact() != null) {
            TimelineEntry last = new TimelineEntry(after.factDate(), null, after.factEvent(), after.fact(), null, "");
            while (nextFact < facts.size() && Timeline.ORDER.compare(facts.get(nextFact), last) <= 0) {
                nextFact++;
            }
        }
        Page<Meeting> meetings = query.meetings() ? records.searchMeetings(new MeetingQuery(query.confederation(),
                query.from(), query.to(), null, null, null, after == null ? null : after.meeting(),
                after == null ? null : after.meetingDay(), query.limit())) : new Page<>(List.of(), false);
        List<TimelineEntry> page = new ArrayList<>(query.limit());
        TimelineEntry lastFact = null;
        Meeting lastMeeting = null;
        int nextMeeting = 0;
        while (page.size() < query.limit() && (nextFact < facts.size() || nextMeeting < meetings.items().size())) {
            TimelineEntry fact = nextFact < facts.size() ? facts.get(nextFact) : null;
            Meeting meeting = nextMeeting < meetings.items().size() ? meetings.items().get(nextMeeting) : null;
            TimelineEntry meetingEntry = meeting == null ? null : Timeline.entry(meeting);
            if (fact != null && (meetingEntry == null || Timeline.ORDER.compare(fact, meetingEntry) <= 0)) {
                page.add(fact);
                lastFact = fact;
                nextFact++;
            } else {
                page.add(meetingEntry);
                lastMeeting = meeting;
                nextMeeting++;
            }
        }
        boolean more = nextFact < facts.size() || nextMeeting < meetings.items().size() || meetings.more();
        if (!more) {
            return new TimelinePage(page, null);
        }
        TimelineCursor next = new TimelineCursor(
                lastMeeting != null ? lastMeeting.date().firstDay() : after == null ? null : after.meetingDay(),
                lastMeeting != null ? lastMeeting.id() : after == null ? null : after.meeting(),
                lastFact != null ? lastFact.date() : after == null ? null : after.factDate(),
                lastFact != null ? lastFact.record() : after == null ? null : after.fact(),
                lastFact != null ? lastFact.event() : after == null ? null : after.factEvent());
        return new TimelinePage(page, next);
    }

    /** The facts other than meetings that the query keeps, in order. */
    private static List<TimelineEntry> facts(RecordView records, TimelineQuery query) {
        List<ConfedRecord> few = new ArrayList<>();
        Map<PersonId, Person> persons = new LinkedHashMap<>();
        for (Class<? extends ConfedRecord> type : FEW) {
            for (ConfedRecord record : all(records, type)) {
                few.add(record);
                PersonId named = record instanceof OfficeTerm term ? term.person()
                        : record instanceof RotatingPresidency term ? term.holder() : null;
                if (named != null && !persons.containsKey(named)) {
                    persons.put(named, records.record(Person.class, RecordKey.of(Person.class, named)).orElse(null));
                }
            }
        }
        persons.values().stream().filter(person -> person != null).forEach(few::add);
        return Timeline.filter(Timeline.of(few), query.confederation(), query.from(), query.to());
    }

    private static List<ConfedRecord> all(RecordView records, Class<? extends ConfedRecord> type) {
        List<ConfedRecord> all = new ArrayList<>();
        RecordKey from = null;
        while (true) {
            List<? extends Versioned<? extends ConfedRecord>> batch = records.list(type, from, BATCH);
            batch.forEach(stored -> all.add(stored.record()));
            if (batch.size() < BATCH) {
                return all;
            }
            from = batch.get(batch.size() - 1).record().key();
        }
    }
}
