package org.confed.domain.memory;

import org.confed.domain.contract.RecordRepositoryContract;
import org.confed.domain.port.Registry;

class InMemoryRecordRepositoryTest extends RecordRepositoryContract {
    @Override
    protected Registry registry() {
        return new InMemoryRegistry();
    }
}
