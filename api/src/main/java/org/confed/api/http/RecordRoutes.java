package org.confed.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.confed.api.format.RecordCodec;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Registry;
import org.confed.domain.port.Versioned;

/**
 * The routes every addressable record type shares: a paged list in key order, one record with its ETag, and
 * create-or-replace with optimistic locking.
 */
final class RecordRoutes {
    private static final Pattern STRONG_TAG = Pattern.compile("\"([1-9][0-9]{0,17})\"");

    private final Registry registry;
    private final ApiConfig config;

    RecordRoutes(Registry registry, ApiConfig config) {
        this.registry = registry;
        this.config = config;
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (RecordCollection collection : RecordCollection.all()) {
            String noun = collection.schema().name().replace('_', ' ');
            String operation = JsonSchemas.camel(collection.schema().name());
            routes.add(Route.get(collection.path()).id("list" + JsonSchemas.camel(collection.schema().plural()))
                    .summary("Every " + noun + ", a page at a time, in key order")
                    .param(CommonParams.limit(config)).param(CommonParams.cursor())
                    .answers(200, JsonSchemas.ref(collection.component() + "Page")).problems(400)
                    .handle(ctx -> list(ctx, collection)));
            routes.add(Route.get(collection.itemPath()).id("get" + operation)
                    .summary("One " + noun + ", with its version as ETag")
                    .param(CommonParams.key(collection)).header("ETag")
                    .answers(200, JsonSchemas.ref(collection.component())).problems(404)
                    .handle(ctx -> get(ctx, collection)));
            routes.add(Route.put(collection.itemPath()).id("put" + operation)
                    .summary("Create or replace one " + noun + " (If-Match: its ETag; If-None-Match: * to create only)")
                    .write().param(CommonParams.key(collection))
                    .body(Replies.JSON, JsonSchemas.ref(collection.component() + "Body")).header("ETag").header("Location")
                    .answers(200, JsonSchemas.ref(collection.component())).orAlso(201)
                    .problems(400, 409, 412, 413, 415)
                    // 422: a reference to nothing, for the types that refer to others.
                    .problems(JsonSchemas.refersToOthers(collection.schema()) ? new Integer[] {422} : new Integer[0])
                    .handle(ctx -> put(ctx, collection)));
        }
        return routes;
    }

    private void list(Context ctx, RecordCollection collection) {
        int limit = CommonParams.limit(ctx, config);
        RecordKey after = Params.text(ctx, "cursor")
                .map(cursor -> new RecordKey(collection.schema().name(), Cursors.decode(cursor, collection.schema().name(), 1)))
                .orElse(null);
        List<Versioned<ConfedRecord>> found = Listing.page(registry, collection.type(), after, limit, record -> true);
        reply(ctx, collection, found, limit);
    }

    /** Answers a page of {@code found} (up to {@code limit + 1} records), with a cursor when more follow. */
    static void reply(Context ctx, RecordCollection collection, List<? extends Versioned<? extends ConfedRecord>> found,
                      int limit) {
        List<ObjectNode> items = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, found.size()); i++) {
            items.add(RecordCodec.toJson(found.get(i).record()));
        }
        String next = found.size() > limit
                ? Cursors.encode(collection.schema().name(), found.get(limit - 1).record().key().parts())
                : null;
        Replies.json(ctx, 200, Views.page(items, next));
    }

    private void get(Context ctx, RecordCollection collection) {
        Versioned<ConfedRecord> stored = find(registry, ctx, collection);
        ctx.header("ETag", Replies.etag(stored));
        Replies.json(ctx, 200, RecordCodec.toJson(stored.record()));
    }

    /** The record the path names, or the 404 problem. */
    static Versioned<ConfedRecord> find(Registry registry, Context ctx, RecordCollection collection) {
        String key = ctx.pathParam(collection.keyField().name());
        return registry.find(collection.type(), collection.key(key)).orElseThrow(() -> ProblemException.notFound(
                "There is no " + collection.schema().name().replace('_', ' ') + " with " + collection.keyField().name()
                        + " \"" + Params.shorten(key) + "\"."));
    }

    private void put(Context ctx, RecordCollection collection) throws Exception {
        String keyText = ctx.pathParam(collection.keyField().name());
        JsonNode body = JsonBodies.read(ctx, config.maxBodyBytes());
        fillKey(body, collection.schema().name(), collection.keyField().name(), keyText);
        ConfedRecord record = RecordCodec.fromJson(body, collection.schema().name());
        if (!record.key().id().equals(keyText)) {
            throw keyMismatch(collection.schema().name() + "." + collection.keyField().name(), record.key().id(), keyText);
        }
        Optional<Versioned<ConfedRecord>> before = registry.find(collection.type(), record.key());
        Long expected = expectedVersion(ctx, before);
        Versioned<ConfedRecord> stored = registry.put(record, expected, Guard.actor(ctx));
        ctx.header("ETag", Replies.etag(stored));
        if (before.isEmpty()) {
            ctx.header("Location", collection.path() + "/" + Urls.segment(keyText));
        }
        Replies.json(ctx, before.isEmpty() ? 201 : 200, RecordCodec.toJson(stored.record()));
    }

    /**
     * Puts the key the URL names into a body that leaves it out; refuses a body whose key differs.
     *
     * @throws ProblemException 400 naming {@code type.field} when the body's key is not the URL's
     */
    static void fillKey(JsonNode body, String type, String field, String keyText) {
        if (!(body instanceof ObjectNode)) {
            return;
        }
        ObjectNode object = (ObjectNode) body;
        JsonNode given = object.get(field);
        if (given == null || given.isNull()) {
            object.put(field, keyText);
        } else if (!given.isTextual() || !given.asText().equals(keyText)) {
            throw keyMismatch(type + "." + field, given.isTextual() ? given.asText() : given.toString(), keyText);
        }
    }

    private static ProblemException keyMismatch(String field, String given, String inUrl) {
        String message = "is \"" + Params.shorten(given) + "\" but the URL names \"" + Params.shorten(inUrl)
                + "\"; leave it out or make them agree";
        return new ProblemException(Problem.of("key-mismatch", "Key does not match the URL", 400, field + " " + message,
                List.of(new FieldError(field, message))));
    }

    /**
     * The version a conditional write is based on: {@code If-Match: "N"} → N, {@code If-Match: *} → the stored
     * version (the record must exist), {@code If-None-Match: *} → 0 (it must not); neither → {@code null}, an
     * unconditional write. A tag that names no version of ours can never match: 412 at once.
     */
    static Long expectedVersion(Context ctx, Optional<? extends Versioned<?>> before) {
        String ifMatch = ctx.header("If-Match");
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifMatch == null && ifNoneMatch == null) {
            return null;
        }
        ctx.attribute(ProblemMapper.CONDITIONAL, Boolean.TRUE);
        if (ifNoneMatch != null) {
            if (ifMatch != null) {
                throw ProblemException.badParameter("If-None-Match", "cannot be sent with If-Match");
            }
            if (!ifNoneMatch.strip().equals("*")) {
                throw ProblemException.badParameter("If-None-Match", "only * (create only) is understood on a write");
            }
            return 0L;
        }
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            return before.map(stored -> stored.version()).orElseThrow(() -> preconditionFailed("If-Match",
                    "is *, but the record does not exist"));
        }
        Matcher matcher = STRONG_TAG.matcher(tag);
        if (!matcher.matches()) {
            throw preconditionFailed("If-Match", "is not an ETag this API gave out (such as \"3\")");
        }
        return Long.parseLong(matcher.group(1));
    }

    private static ProblemException preconditionFailed(String header, String message) {
        return new ProblemException(Problem.of("precondition-failed", "Precondition failed", 412,
                header + " " + message + "; nothing was changed.", List.of(new FieldError(header, message))));
    }
}
