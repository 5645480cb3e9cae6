package org.confed.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.confed.domain.contract.MeetingSearchContract;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Registry;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/**
 * The {@link MeetingSearchContract} through each of the search's two ways, forced: walking meetings by date (every
 * condition taken as common), the same walk given up at the first meeting set aside (the versions holding every
 * condition then found by the term index), and leading by the rarest condition (every condition taken as rare). On
 * small data the store picks the last for any query with a condition; these make sure the others find the same.
 */
class MeetingSearchWaysTest {
    /** Every condition leads: no count exceeds it. */
    private static final int ALWAYS_RARE = Integer.MAX_VALUE - 1;

    /** The store at a new URL, whose meeting search runs {@link MeetingSearch} with {@code rare}. */
    private static Registry searchingWith(TestDatabase database, int rare, int walkAtMost) {
        String url = database.newUrl();
        Registry store = database.open(url);
        // a connection of its own on the same database: H2 in memory and PostgreSQL schemas are shared by URL
        Jdbi jdbi = Jdbi.create(url);
        return (Registry) Proxy.newProxyInstance(Registry.class.getClassLoader(), new Class<?>[] {Registry.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("searchMeetings")) {
                        return jdbi.withHandle(handle -> new MeetingSearch(handle, TestDatabase.ENCODING, Seen.NOW, rare, walkAtMost)
                                .search((MeetingQuery) args[0]));
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Nested
    class WalkingByDateOnH2 extends MeetingSearchContract {
        private final TestDatabase database = TestDatabase.h2Memory();

        @Override
        protected Registry registry() {
            return searchingWith(database, 0, MeetingSearch.DEFAULT_WALK_AT_MOST);
        }

        @AfterEach
        void closeTheStores() {
            database.cleanUp();
        }
    }

    @Nested
    class LeadingByTheRarestOnH2 extends MeetingSearchContract {
        private final TestDatabase database = TestDatabase.h2Memory();

        @Override
        protected Registry registry() {
            return searchingWith(database, ALWAYS_RARE, MeetingSearch.DEFAULT_WALK_AT_MOST);
        }

        @AfterEach
        void closeTheStores() {
            database.cleanUp();
        }
    }

    @Nested
    class WalkingByDateOnPostgres extends MeetingSearchContract {
        private final TestDatabase database = TestDatabase.postgres();

        @Override
        protected Registry registry() {
            return searchingWith(database, 0, MeetingSearch.DEFAULT_WALK_AT_MOST);
        }

        @AfterEach
        void closeTheStores() {
            database.cleanUp();
        }
    }

    @Nested
    class LeadingByTheRarestOnPostgres extends MeetingSearchContract {
        private final TestDatabase database = TestDatabase.postgres();

        @Override
        protected Registry registry() {
            return searchingWith(database, ALWAYS_RARE, MeetingSearch.DEFAULT_WALK_AT_MOST);
        }

        @AfterEach
        void closeTheStores() {
            database.cleanUp();
        }
    }

    @Nested
    class GivingUpTheWalkOnH2 extends MeetingSearchContract {
        private final TestDatabase database = TestDatabase.h2Memory();

        @Override
        protected Registry registry() {
            return searchingWith(database, 0, 0);
        }

        @AfterEach
        void closeTheStores() {
            database.cleanUp();
        }
    }

    @Nested
    class GivingUpTheWalkOnPostgres extends MeetingSearchContract {
        private final TestDatabase database = TestDatabase.postgres();

        @Override
        protected Registry registry() {
            return searchingWith(database, 0, 0);
        }

        @AfterEach
        void closeTheStores() {
            database.cleanUp();
        }
    }
}
