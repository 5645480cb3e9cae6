package org.confed.domain.port;

import org.confed.domain.model.Meeting;

/** Meetings found by confederation, dates, participant, kind and words. */
public interface MeetingSearch {

    /** One page of the meetings that match, ordered by date (first day), then id. */
    Page<Meeting> searchMeetings(MeetingQuery query);
}
