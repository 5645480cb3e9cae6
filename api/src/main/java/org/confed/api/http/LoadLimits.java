package org.confed.api.http;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How much of the server the {@linkplain ExpensiveRoute expensive routes} may take, so that the cheap ones (health,
 * a record, an as-of question, a PUT) keep answering under load. Beyond a limit a request waits in a short queue,
 * then gets a 503 problem with {@code Retry-After}; a client address asking too often gets 429.
 *
 * @param concurrent     for each expensive route, how many of its requests are served at once
 * @param allExpensive   how many expensive requests of any kind are served at once: the store has 8 connections and
 *                       a slow reader of an export holds one, so the default 4 leaves the other routes at least half
 * @param queue          how many requests of one kind may wait for a place beyond its limit; more get 503 at once
 * @param queueWait      how long a request waits for a place before it gets 503
 * @param clientRate     expensive requests a second one client address may make (bursts of twice as many), beyond
 *                       which it gets 429; 0 for no per-client limit
 * @param minDataRate    bytes a second below which a client sending a body or reading an answer is cut off (the rate
 *                       counted over the whole body or answer); 0 for none
 */
public record LoadLimits(Map<ExpensiveRoute, Integer> concurrent, int allExpensive, int queue, Duration queueWait,
                         int clientRate, long minDataRate) {

    /** Expensive requests served at once, all kinds together, by default. */
    public static final int DEFAULT_ALL_EXPENSIVE = 4;
    /** Requests of one kind that may wait, by default. */
    public static final int DEFAULT_QUEUE = 8;
    /** How long a request waits for a place, by default. */
    public static final Duration DEFAULT_QUEUE_WAIT = Duration.ofSeconds(5);
    /** Expensive requests a second from one address, by default. */
    public static final int DEFAULT_CLIENT_RATE = 4;
    /** Bytes a second, by default: far below any real link, far above a client that means to hold a thread. */
    public static final long DEFAULT_MIN_DATA_RATE = 4096;

    /**
     * Checks the values; a route missing from {@code concurrent} takes its default.
     *
     * @throws IllegalArgumentException naming the value out of range
     */
    public LoadLimits {
        Objects.requireNonNull(queueWait, "queueWait");
        Map<ExpensiveRoute, Integer> all = new EnumMap<>(defaultConcurrent());
        all.putAll(concurrent);
        for (Map.Entry<ExpensiveRoute, Integer> limit : all.entrySet()) {
            if (limit.getValue() < 1) {
                throw new IllegalArgumentException("the limit of " + limit.getKey().key() + " must be at least 1: " + limit.getValue());
            }
        }
        concurrent = Map.copyOf(all);
        if (allExpensive < 1) {
            throw new IllegalArgumentException("the limit of all expensive requests together must be at least 1: " + allExpensive);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("the queue length must not be negative: " + queue);
        }
        if (queueWait.isNegative() || queueWait.isZero()) {
            throw new IllegalArgumentException("the queue wait must be positive: " + queueWait);
        }
        if (clientRate < 0) {
            throw new IllegalArgumentException("the client rate must not be negative: " + clientRate);
        }
        if (minDataRate < 0) {
            throw new IllegalArgumentException("the minimum data rate must not be negative: " + minDataRate);
        }
    }

    /**
     * export 2, import 1, search 2, timeline 2, backup 1, audit 1 at once, 4 of them together; 8 waiting of each kind for at
     * most 5 s; 4 expensive requests a second from one address; 4 KiB/s at least.
     *
     * @return the defaults
     */
    public static LoadLimits defaults() {
        return new LoadLimits(defaultConcurrent(), DEFAULT_ALL_EXPENSIVE, DEFAULT_QUEUE, DEFAULT_QUEUE_WAIT,
                DEFAULT_CLIENT_RATE, DEFAULT_MIN_DATA_RATE);
    }

    private static Map<ExpensiveRoute, Integer> defaultConcurrent() {
        return Map.of(ExpensiveRoute.EXPORT, 2, ExpensiveRoute.IMPORT, 1, ExpensiveRoute.SEARCH, 2,
                ExpensiveRoute.TIMELINE, 2, ExpensiveRoute.BACKUP, 1, ExpensiveRoute.AUDIT, 1);
    }

    /**
     * @param route an expensive route
     * @return how many of its requests are served at once
     */
    public int limitOf(ExpensiveRoute route) {
        return concurrent.get(route);
    }

    /**
     * @param limits the routes whose limits change, with their new limits
     * @return these limits with those changed
     */
    public LoadLimits withConcurrent(Map<ExpensiveRoute, Integer> limits) {
        Map<ExpensiveRoute, Integer> changed = new EnumMap<>(concurrent);
        changed.putAll(limits);
        return new LoadLimits(changed, allExpensive, queue, queueWait, clientRate, minDataRate);
    }

    /**
     * @param count expensive requests served at once, all kinds together
     * @return these limits with another total
     */
    public LoadLimits withAllExpensive(int count) {
        return new LoadLimits(concurrent, count, queue, queueWait, clientRate, minDataRate);
    }

    /**
     * @param length requests of one kind that may wait
     * @param wait   how long each may wait
     * @return these limits with another queue
     */
    public LoadLimits withQueue(int length, Duration wait) {
        return new LoadLimits(concurrent, allExpensive, length, wait, clientRate, minDataRate);
    }

    /**
     * @param perSecond expensive requests a second from one address; 0 for no limit
     * @return these limits with another client rate
     */
    public LoadLimits withClientRate(int perSecond) {
        return new LoadLimits(concurrent, allExpensive, queue, queueWait, perSecond, minDataRate);
    }

    /**
     * @param bytesPerSecond the slowest a client may send or read; 0 for no limit
     * @return these limits with another minimum data rate
     */
    public LoadLimits withMinDataRate(long bytesPerSecond) {
        return new LoadLimits(concurrent, allExpensive, queue, queueWait, clientRate, bytesPerSecond);
    }

    /** The seconds a refused client is told to wait: as long as a queued request would have waited, at least 1. */
    long retryAfterSeconds() {
        return Math.max(1, (queueWait.toMillis() + 999) / 1000);
    }
}
