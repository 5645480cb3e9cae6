package org.confed.cli;

import java.util.concurrent.Callable;
import org.confed.application.json.RecordJson;
import org.confed.persistence.Store;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that works on the store named by {@code --db}, {@code CONFED_DB_URL} or the default H2 file. */
abstract class StoreCommand implements Callable<Integer> {
    @Mixin(name = CommonOptions.MIXIN)
    CommonOptions common;

    @Spec
    CommandSpec spec;

    protected final Environment env;

    StoreCommand(Environment env) {
        this.env = env;
    }

    /** The store's JDBC URL: {@code --db}, else {@code CONFED_DB_URL}, else the default H2 file. */
    String storeUrl() {
        String given = CommonOptions.db(spec);
        if (given != null) {
            return given;
        }
        return env.variable("CONFED_DB_URL").orElseGet(Store::defaultUrl);
    }

    /** Opens (and migrates) the store; the caller closes it. */
    Store openStore() {
        return Store.open(storeUrl(), RecordJson.codec());
    }

    @Override
    public Integer call() throws Exception {
        try (Store store = openStore()) {
            return run(store);
        }
    }

    abstract int run(Store store) throws Exception;
}
