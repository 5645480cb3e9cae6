package org.confed.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The load limits' defaults, what a change keeps, and the values refused with a message naming them. */
class LoadLimitsTest {
    @Test
    void the_defaults_leave_the_cheap_routes_half_the_store() {
        LoadLimits limits = LoadLimits.defaults();

        assertEquals(2, limits.limitOf(ExpensiveRoute.EXPORT));
        assertEquals(1, limits.limitOf(ExpensiveRoute.IMPORT));
        assertEquals(2, limits.limitOf(ExpensiveRoute.SEARCH));
        assertEquals(2, limits.limitOf(ExpensiveRoute.TIMELINE));
        assertEquals(1, limits.limitOf(ExpensiveRoute.BACKUP));
        assertEquals(4, limits.allExpensive());
        assertEquals(5, limits.retryAfterSeconds());
        assertEquals(limits, ApiConfig.defaults(Tokens.none()).limits());
    }

    @Test
    void changing_one_route_keeps_the_others() {
        LoadLimits limits = LoadLimits.defaults().withConcurrent(Map.of(ExpensiveRoute.SEARCH, 6));

        assertEquals(6, limits.limitOf(ExpensiveRoute.SEARCH));
        assertEquals(2, limits.limitOf(ExpensiveRoute.EXPORT));
        assertEquals(1, limits.withQueue(0, Duration.ofMillis(1)).retryAfterSeconds(), "never less than a second");
    }

    @Test
    void values_out_of_range_are_refused_naming_them() {
        assertEquals("the limit of timeline must be at least 1: 0", assertThrows(IllegalArgumentException.class,
                () -> LoadLimits.defaults().withConcurrent(Map.of(ExpensiveRoute.TIMELINE, 0))).getMessage());
        assertEquals("the limit of all expensive requests together must be at least 1: 0", assertThrows(IllegalArgumentException.class,
                () -> LoadLimits.defaults().withAllExpensive(0)).getMessage());
        assertEquals("the queue length must not be negative: -1", assertThrows(IllegalArgumentException.class,
                () -> LoadLimits.defaults().withQueue(-1, Duration.ofSeconds(1))).getMessage());
        assertEquals("the queue wait must be positive: PT0S", assertThrows(IllegalArgumentException.class,
                () -> LoadLimits.defaults().withQueue(1, Duration.ZERO)).getMessage());
        assertEquals("the minimum data rate must not be negative: -5", assertThrows(IllegalArgumentException.class,
                () -> LoadLimits.defaults().withMinDataRate(-5)).getMessage());
        assertEquals("\"all\" is not one of export, import, search, timeline, backup, audit", assertThrows(IllegalArgumentException.class,
                () -> ExpensiveRoute.ofKey("all")).getMessage());
    }
}
