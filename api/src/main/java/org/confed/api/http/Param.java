package org.confed.api.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A path or query parameter of a route, as the OpenAPI document describes it.
 *
 * @param name        its name
 * @param in          {@code path} or {@code query}
 * @param required    whether it must be given
 * @param description what it means
 * @param schema      the JSON schema of its value
 */
record Param(String name, String in, boolean required, String description, ObjectNode schema) {
    Param {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(schema, "schema");
        if (!in.equals("path") && !in.equals("query")) {
            throw new IllegalArgumentException("parameters are in path or query: " + in);
        }
    }

    static Param path(String name, String description, ObjectNode schema) {
        return new Param(name, "path", true, description, schema);
    }

    static Param query(String name, String description, ObjectNode schema) {
        return new Param(name, "query", false, description, schema);
    }
}
