package org.confed.domain.memory;

import org.confed.domain.contract.ChangeLogContract;
import org.confed.domain.port.Registry;

class InMemoryChangeLogTest extends ChangeLogContract {
    @Override
    protected Registry registry() {
        return new InMemoryRegistry();
    }
}
