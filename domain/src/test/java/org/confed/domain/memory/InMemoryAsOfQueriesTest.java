package org.confed.domain.memory;

import org.confed.domain.contract.AsOfQueriesContract;
import org.confed.domain.port.Registry;

class InMemoryAsOfQueriesTest extends AsOfQueriesContract {
    @Override
    protected Registry registry() {
        return new InMemoryRegistry();
    }
}
