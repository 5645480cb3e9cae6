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

    /** One way, forced, on one kind of database. */
    abstract class Way extends MeetingSearchContract {
        private final TestDatabase database;
        private final int rare;
        private final int walkAtMost;

        Way(TestDatabase database, int rare, int walkAtMost) {
            this.database = database;
            this.rare = rare;
            this.walkAtMost = walkAtMost;
        }

        @Override
        protected Registry registry() {
            return searchingWith(database, rare, walkAtMost);
        }

        @AfterEach
        void closeTheStores() {
            database.cleanUp();
        }
    }

    @Nested
    class WalkingByDateOnH2 extends Way {
        WalkingByDateOnH2() {
            super(TestDatabase.h2Memory(), 0, MeetingSearch.DEFAULT_WALK_AT_MOST);
        }
    }

    @Nested
    class LeadingByTheRarestOnH2 extends Way {
        LeadingByTheRarestOnH2() {
            super(TestDatabase.h2Memory(), ALWAYS_RARE, MeetingSearch.DEFAULT_WALK_AT_MOST);
        }
    }

    @Nested
    class WalkingByDateOnPostgres extends Way {
        WalkingByDateOnPostgres() {
            super(TestDatabase.postgres(), 0, MeetingSearch.DEFAULT_WALK_AT_MOST);
        }
    }

    @Nested
    class LeadingByTheRarestOnPostgres extends Way {
        LeadingByTheRarestOnPostgres() {
            super(TestDatabase.postgres(), ALWAYS_RARE, MeetingSearch.DEFAULT_WALK_AT_MOST);
        }
    }

    @Nested
    class GivingUpTheWalkOnH2 extends Way {
        GivingUpTheWalkOnH2() {
            super(TestDatabase.h2Memory(), 0, 0);
        }
    }

    @Nested
    class GivingUpTheWalkOnPostgres extends Way {
        GivingUpTheWalkOnPostgres() {
            super(TestDatabase.postgres(), 0, 0);
        }
    }
}
