package org.confed.domain.memory;

import org.confed.domain.contract.TimelinePagesContract;
import org.confed.domain.port.Registry;

class InMemoryTimelinePagesTest extends TimelinePagesContract {
    @Override
    protected Registry registry() {
        return new InMemoryRegistry();
    }
}
