package org.confed.domain.model;

import java.util.List;
import org.confed.domain.meta.EventDate;
import org.confed.domain.meta.Key;
import org.confed.domain.meta.MaxLength;
import org.confed.domain.meta.RecordType;
import org.confed.domain.meta.References;
import org.confed.domain.meta.Required;

/**
 * A change of an action plan's status. Whether the move is allowed depends on the plan's other events,
 * so it is checked by {@code org.confed.domain.rules.Consistency}, not here.
 *
 * @param plan    the plan
 * @param status  its new status
 * @param date    when the status changed
 * @param meeting the meeting where it happened, if any
 * @param note    a remark
 * @param sources where this was reported
 * @param disputes other values for its fields, as other sources report them
 */
@RecordType(value = "plan_event", plural = "plan_events")
public record PlanEvent(
        @Key @Required @References(ActionPlan.class) PlanId plan,
        @Key @Required PlanStatus status,
        @Key @Required @EventDate PartialDate date,
        @References(Meeting.class) MeetingId meeting,
        @MaxLength(2000) String note,
        List<Citation> sources,
        List<Dispute> disputes) implements ConfedRecord {

    /**
     * Checks every field and keeps an unmodifiable copy of the sources. Whether the move is allowed is not
     * checked here.
     *
     * @param plan    the plan
     * @param status  its new status
     * @param date    when the status changed
     * @param meeting the meeting where it happened; {@code null} for none
     * @param note    a remark, at most 2000 characters; {@code null} for none
     * @param sources where this was reported; {@code null} for none
     * @param disputes other values for its fields; {@code null} for none
     * @throws InvalidFieldException naming the first field that breaks its rule: a required field
     *                               absent, a text blank, too long or holding a control character, or a list item
     *                               empty or repeated
     */
    public PlanEvent {
        Checks.required(plan, "plan_event.plan");
        Checks.required(status, "plan_event.status");
        Checks.required(date, "plan_event.date");
        note = Checks.text(note, "plan_event.note", 2000);
        sources = Checks.distinctList(sources, "plan_event.sources");
        disputes = Checks.disputes(disputes, "plan_event", PlanEvent.class);
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code plan_event}, the plan, the status's code and the date
     */
    @Override
    public RecordKey key() {
        return RecordKey.of(PlanEvent.class, plan, status.code(), date);
    }
}
