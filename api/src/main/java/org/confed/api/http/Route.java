package org.confed.api.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One route of the API: what registers it with Javalin and what the OpenAPI document says of it, in one place,
 * so that the two cannot drift apart.
 *
 * @param method          the HTTP method
 * @param path            the path, with {@code {name}} path parameters, as both Javalin and OpenAPI write it
 * @param operationId     a unique name for the operation
 * @param tag             the group it is listed under
 * @param summary         what it does, in a line
 * @param write           whether it changes the registry, and so needs a bearer token
 * @param parameters      its path and query parameters
 * @param requestType     the media type of its body, or {@code null} when it takes none
 * @param requestSchema   the JSON schema of its body, or {@code null}
 * @param statuses        the statuses of a successful answer, the usual one first
 * @param responses       the media types a successful answer may come in, each with its JSON schema ({@code null}
 *                        when it is not JSON); several when a parameter chooses the format
 * @param responseHeaders headers a successful answer carries ({@code ETag}, {@code Location})
 * @param problems        the statuses of the problems it may answer with, besides those any route may give
 * @param handler         what answers it
 */
record Route(HandlerType method, String path, String operationId, String tag, String summary, boolean write,
             List<Param> parameters, String requestType, ObjectNode requestSchema, List<Integer> statuses,
             List<Content> responses, List<String> responseHeaders, List<Integer> problems, Handler handler) {

    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(summary, path + " summary");
        Objects.requireNonNull(handler, path + " handler");
        parameters = List.copyOf(parameters);
        statuses = List.copyOf(statuses);
        responses = List.copyOf(responses);
        responseHeaders = List.copyOf(responseHeaders);
        problems = List.copyOf(problems);
    }

    /**
     * One media type of an answer.
     *
     * @param mediaType such as {@code application/json}
     * @param schema    the JSON schema of the body, or {@code null} when it is not JSON
     */
    record Content(String mediaType, ObjectNode schema) {
        Content {
            Objects.requireNonNull(mediaType, "mediaType");
        }
    }

    /** The method and path, as in {@code GET /api/health}. */
    String signature() {
        return method.name() + " " + path;
    }

    static Builder get(String path) {
        return new Builder(HandlerType.GET, path);
    }

    static Builder put(String path) {
        return new Builder(HandlerType.PUT, path);
    }

    static Builder post(String path) {
        return new Builder(HandlerType.POST, path);
    }

    static Builder delete(String path) {
        return new Builder(HandlerType.DELETE, path);
    }

    /** Builds a route; every route names an operation, a summary and a handler. */
    static final class Builder {
        private final HandlerType method;
        private final String path;
        private String operationId;
        private String tag = "records";
        private String summary;
        private boolean write;
        private final List<Param> parameters = new ArrayList<>();
        private String requestType;
        private ObjectNode requestSchema;
        private final List<Integer> statuses = new ArrayList<>(List.of(200));
        private final List<Content> responses = new ArrayList<>();
        private final List<String> responseHeaders = new ArrayList<>();
        private final List<Integer> problems = new ArrayList<>();

        private Builder(HandlerType method, String path) {
            this.method = method;
            this.path = path;
        }

        Builder id(String id) {
            this.operationId = id;
            return this;
        }

        Builder tag(String name) {
            this.tag = name;
            return this;
        }

        Builder summary(String text) {
            this.summary = text;
            return this;
        }

        /** Needs {@code Authorization: Bearer TOKEN}; adds the 401 and 403 problems. */
        Builder write() {
            this.write = true;
            problems.add(401);
            problems.add(403);
            return this;
        }

        Builder param(Param param) {
            parameters.add(param);
            return this;
        }

        Builder body(String mediaType, ObjectNode schema) {
            this.requestType = mediaType;
            this.requestSchema = schema;
            return this;
        }

        Builder answers(int successStatus, ObjectNode schema) {
            return answers(successStatus, Replies.JSON, schema);
        }

        /** Another success status with the same answer ({@code 201} created besides {@code 200} replaced). */
        Builder orAlso(int successStatus) {
            statuses.add(successStatus);
            return this;
        }

        Builder answers(int successStatus, String mediaType, ObjectNode schema) {
            statuses.set(0, successStatus);
            responses.clear();
            responses.add(new Content(mediaType, schema));
            return this;
        }

        /** Another media type the same answer may come in (an export in the format a parameter names). */
        Builder orAs(String mediaType, ObjectNode schema) {
            responses.add(new Content(mediaType, schema));
            return this;
        }

        Builder header(String name) {
            responseHeaders.add(name);
            return this;
        }

        /** Takes {@code recorded}: the question asked of the registry as it stood at an instant (400 when malformed). */
        Builder asRecorded() {
            parameters.add(AsRecorded.param());
            problems.add(400);
            return this;
        }

        Builder problems(Integer... statuses) {
            problems.addAll(List.of(statuses));
            return this;
        }

        Route handle(Handler handler) {
            List<Content> answers = responses.isEmpty() ? List.of(new Content(Replies.JSON, null)) : responses;
            return new Route(method, path, operationId, tag, summary, write, parameters, requestType, requestSchema,
                    statuses, answers, responseHeaders, problems.stream().distinct().sorted().toList(), handler);
        }
    }
}
