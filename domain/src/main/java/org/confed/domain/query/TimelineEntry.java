package org.confed.domain.query;

import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.RecordKey;

/**
 * One dated fact on a timeline.
 *
 * @param date          when
 * @param event         what kind of fact, as {@code type.field}: {@code membership.start}, {@code presidency.end},
 *                      {@code meeting.date}, {@code plan_event.date}, ...
 * @param record        the record the fact comes from
 * @param confederation the confederation it concerns, or {@code null} (an office term)
 * @param summary       the fact in a short English sentence
 */
public record TimelineEntry(PartialDate date, String event, RecordKey record, ConfederationCode confederation, String summary) {
}
