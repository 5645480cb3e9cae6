package org.confed.api.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every route of the API in the order they are registered. The same table registers the routes and writes the
 * OpenAPI document; a route given twice is a mistake, and replacing one that is not there too.
 */
final class RouteTable {
    private final Map<String, Route> routes = new LinkedHashMap<>();

    RouteTable add(Route route) {
        if (routes.putIfAbsent(route.signature(), route) != null) {
            throw new IllegalStateException("route given twice: " + route.signature());
        }
        return this;
    }

    RouteTable addAll(List<Route> more) {
        more.forEach(this::add);
        return this;
    }

    /** Puts a specialised route in place of a generic one with the same method and path. */
    RouteTable replace(Route route) {
        if (!routes.containsKey(route.signature())) {
            throw new IllegalStateException("no route to replace: " + route.signature());
        }
        routes.put(route.signature(), route);
        return this;
    }

    List<Route> routes() {
        return List.copyOf(new ArrayList<>(routes.values()));
    }
}
