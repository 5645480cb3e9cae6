package org.confed.domain.memory;

import org.confed.domain.contract.MeetingSearchContract;
import org.confed.domain.port.Registry;

class InMemoryMeetingSearchTest extends MeetingSearchContract {
    @Override
    protected Registry registry() {
        return new InMemoryRegistry();
    }
}
