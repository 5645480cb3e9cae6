package org.confed.domain.query;

import java.time.LocalDate;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.RecordKey;

/**
 * One dated fact on a timeline.
 *
 * @param date          when, as the source gives it (a day, a month, an interval)
 * @param until         for a fact that lasts several days (a meeting of several days), its last day; else {@code null}
 * @param event         what kind of fact, as {@code type.field}: {@code membership.start}, {@code presidency.end},
 *                      {@code meeting.date}, {@code plan_event.date}, ...
 * @param record        the record the fact comes from
 * @param confederation the confederation it concerns, or {@code null} (an office term)
 * @param summary       the fact in a short English sentence
 */
public record TimelineEntry(PartialDate date, PartialDate until, String event, RecordKey record,
                            ConfederationCode confederation, String summary) {

    /**
     * Where the fact stands on the timeline: its date's first day, or its last day for a date known only as "on or
     * before" (an interval open at its start), which has no first day to stand on.
     *
     * @return the day it is placed on
     */
    public LocalDate position() {
        return date.firstDay().equals(LocalDate.MIN) ? date.lastDay() : date.firstDay();
    }

    /**
     * The last day the fact may cover: {@link #until()}'s, else the date's.
     *
     * @return the last day, {@link LocalDate#MAX} when open
     */
    public LocalDate lastDay() {
        return until != null ? until.lastDay() : date.lastDay();
    }
}
