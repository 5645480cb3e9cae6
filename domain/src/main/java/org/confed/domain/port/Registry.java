package org.confed.domain.port;

/** Everything a store offers: records, as-of answers, meeting search and the change log. */
public interface Registry extends RecordRepository, AsOfQueries, MeetingSearch, ChangeLog {
}
