package org.confed.domain.port;

import org.confed.domain.model.Meeting;

/** Meetings found by confederation, dates, participant, kind and words. */
public interface MeetingSearch {

    /**
     * One page of the meetings that match.
     *
     * @param query what to look for, and which page
     * @return the matching meetings, ordered by date (first day), then id
     * @throws StoreUnavailableException when the store cannot be read
     */
    Page<Meeting> searchMeetings(MeetingQuery query);
}
