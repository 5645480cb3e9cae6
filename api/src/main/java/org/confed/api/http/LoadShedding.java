package org.confed.api.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.DoSHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * {@link LoadLimits} as Jetty handlers in front of Javalin, outermost first:
 * <ol>
 *   <li>{@link MinimumDataRate}: a client sending or reading slower than the minimum rate is cut off;</li>
 *   <li>{@link DoSHandler}: an address making expensive requests faster than its rate gets 429, a second late, so
 *       that a client retrying at once is slowed down and costs little;</li>
 *   <li>one {@link QoSHandler} per expensive route, then one for all of them: beyond its limit a request waits
 *       (without a thread) in a short queue; past the queue's length or its wait, 503.</li>
 * </ol>
 * Cheap requests pass the last two untouched. Refusals are problems with {@code Retry-After}.
 */
final class LoadShedding {
    /** How long a 429 is held back before it is sent. */
    static final long REFUSAL_DELAY_MS = 1000;

    private LoadShedding() {
    }

    static void install(Server server, LoadLimits limits) {
        // insertHandler puts each in front of the ones already there: innermost first
        server.insertHandler(new Limit(null, limits.allExpensive(), limits));
        for (ExpensiveRoute route : ExpensiveRoute.values()) {
            server.insertHandler(new Limit(route, limits.limitOf(route), limits));
        }
        if (limits.clientRate() > 0) {
            DoSHandler perClient = new DoSHandler(null, DoSHandler.ID_FROM_REMOTE_ADDRESS,
                    new DoSHandler.LeakingBucketTrackerFactory(limits.clientRate(), 2 * limits.clientRate(), Duration.ofSeconds(10)),
                    // answered after a second: a client that retries at once can send only so many a second
                    new DoSHandler.DelayedRejectHandler(REFUSAL_DELAY_MS, -1,
                            (request, response, callback) -> tooMany(response, callback, limits)), -1);
            perClient.include(LoadShedding::isExpensive);
            server.insertHandler(perClient);
        }
        if (limits.minDataRate() > 0) {
            server.insertHandler(new MinimumDataRate(limits.minDataRate()));
        }
    }

    private static boolean isExpensive(Request request) {
        return ExpensiveRoute.of(request).isPresent();
    }

    private static boolean tooMany(Response response, Callback callback, LoadLimits limits) {
        String routes = Stream.of(ExpensiveRoute.values()).map(ExpensiveRoute::key).collect(Collectors.joining(", "));
        JettyAnswers.problem(response, callback, Problem.of("too-many-requests", "Too many requests", 429,
                "Your address made more than " + limits.clientRate() + " expensive requests (" + routes
                        + ") a second; try again in a second.", List.of()), Map.of("Retry-After", "1"));
        return true;
    }

    /** A concurrency limit: of one expensive route, or of all of them together ({@code route} null). */
    private static final class Limit extends QoSHandler {
        private final ExpensiveRoute route;
        private final int limit;
        private final LoadLimits limits;

        Limit(ExpensiveRoute route, int limit, LoadLimits limits) {
            this.route = route;
            this.limit = limit;
            this.limits = limits;
            setMaxRequestCount(limit);
            setMaxSuspendedRequestCount(limits.queue());
            setMaxSuspend(limits.queueWait());
            Predicate<Request> applies = route == null ? LoadShedding::isExpensive
                    : request -> ExpensiveRoute.of(request).filter(route::equals).isPresent();
            include(applies);
        }

        @Override
        protected void reject(Request request, Response response, Callback callback, int status) {
            busy(response, callback);
        }

        @Override
        protected void failSuspended(Request request, Response response, Callback callback, int status, Throwable failure) {
            if (status == getRejectStatusCode()) {
                busy(response, callback); // waited as long as allowed
            } else {
                super.failSuspended(request, response, callback, status, failure);
            }
        }

        private void busy(Response response, Callback callback) {
            String what = route == null ? "expensive requests (export, import, search, timeline, backup) together"
                    : route.key() + " requests";
            long retry = limits.retryAfterSeconds();
            JettyAnswers.problem(response, callback, Problem.of("busy", "Busy", 503, "The server is answering as many "
                            + what + " as it takes at once (" + limit + "); try again in " + retry + " s.", List.of()),
                    Map.of("Retry-After", String.valueOf(retry)));
        }
    }
}
