package org.confed.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.confed.application.history.ChangeJson;
import org.confed.application.json.RecordJson;
import org.confed.application.recording.NoSuchRecordException;
import org.confed.application.recording.Recording;
import org.confed.application.recording.Retraction;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.InvalidFieldException;
import org.confed.domain.model.Person;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.Registry;
import org.confed.domain.port.Versioned;
import org.confed.domain.port.WriteOutcome;
import org.confed.domain.port.Written;

/**
 * The routes every addressable record type shares: a paged list in key order, one record with its ETag, and
 * create-or-replace with optimistic locking.
 */
final class RecordRoutes {
    private static final Pattern STRONG_TAG = Pattern.compile("\"([1-9][0-9]{0,17})\"");

    private static final RecordJson CODEC = RecordJson.codec();

    private final Registry registry;
    private final Recording recording;
    private final Retraction retraction;
    private final ApiConfig config;

    RecordRoutes(Registry registry, ApiConfig config) {
        this.registry = registry;
        this.recording = new Recording(registry);
        this.retraction = new Retraction(registry);
        this.config = config;
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (RecordCollection collection : RecordCollection.all()) {
            String noun = collection.schema().name().replace('_', ' ');
            String operation = JsonSchemas.camel(collection.schema().name());
            routes.add(Route.get(collection.path()).id("list" + JsonSchemas.camel(collection.schema().plural()))
                    .summary("Every " + noun + ", a page at a time, in key order")
                    .param(CommonParams.limit(config)).param(CommonParams.cursor()).asRecorded()
                    .answers(200, JsonSchemas.ref(collection.component() + "Page")).problems(400)
                    .handle(ctx -> list(ctx, collection)));
            routes.add(Route.get(collection.itemPath()).id("get" + operation)
                    .summary("One " + noun + ", with its version as ETag")
                    .param(CommonParams.key(collection)).asRecorded().header("ETag")
                    .answers(200, JsonSchemas.ref(collection.component())).problems(400, 404)
                    .handle(ctx -> get(ctx, collection)));
            routes.add(Route.delete(collection.itemPath()).id("retract" + operation)
                    .summary("Retract one " + noun + " (If-Match: its ETag); refused while other records refer to it. "
                            + "The log keeps it, so questions asked as recorded earlier still see it")
                    .write().param(CommonParams.key(collection))
                    .answers(200, JsonSchemas.ref("ChangeEntry")).problems(404, 409, 412)
                    .handle(ctx -> retract(ctx, collection.key(ctx.pathParam(collection.keyField().name())))));
            routes.add(Route.put(collection.itemPath()).id("put" + operation)
                    .summary("Create or replace one " + noun + " (If-Match: its ETag; If-None-Match: * to create only)")
                    .write().param(CommonParams.key(collection))
                    .body(Replies.JSON, JsonSchemas.ref(collection.component() + "Body")).header("ETag").header("Location")
                    .answers(200, JsonSchemas.ref(collection.component())).orAlso(201)
                    .problems(400, 409, 412, 413, 415)
                    // 422: a reference to nothing, for the types that refer to others.
                    .problems(JsonSchemas.refersToOthers(collection.schema()) ? new Integer[] {422} : new Integer[0])
                    // 308: a person merged into another; the survivor stands for it.
                    .problems(collection.schema().javaType() == Person.class ? new Integer[] {308} : new Integer[0])
                    .handle(ctx -> put(ctx, collection)));
        }
        routes.add(Route.get(RecordByName.PATH).id("getRecord").tag("records")
                .summary("Any record by its name, TYPE:KEY, with its version as ETag: the address of records whose key "
                        + "is several fields (memberships, terms, plan events)")
                .param(RecordByName.param()).asRecorded().header("ETag")
                .answers(200, JsonSchemas.ref("AnyRecord")).problems(400, 404)
                .handle(ctx -> {
                    RecordKey key = RecordByName.key(ctx);
                    Versioned<ConfedRecord> stored = AsRecorded.view(ctx, registry).find(ConfedRecord.class, key)
                            .orElseThrow(() -> ProblemException.notFound("There is no " + Params.shorten(key.text()) + "."));
                    ctx.header("ETag", Replies.etag(stored));
                    Replies.json(ctx, 200, CODEC.toJson(stored.record()));
                }));
        routes.add(Route.delete(RecordByName.PATH).id("retractRecord").tag("records")
                .summary("Retract any record by its name, TYPE:KEY (If-Match: its ETag); refused while other records "
                        + "refer to it")
                .write().param(RecordByName.param())
                .answers(200, JsonSchemas.ref("ChangeEntry")).problems(404, 409, 412)
                .handle(ctx -> retract(ctx, RecordByName.key(ctx))));
        return routes;
    }

    private void retract(Context ctx, RecordKey key) {
        Long expected = expectedVersion(ctx, () -> registry.find(ConfedRecord.class, key));
        try {
            retraction.retract(key, expected, Guard.actor(ctx));
        } catch (NoSuchRecordException e) {
            String merged = registry.mergedInto(key).map(into -> "; it was merged into " + into.text()).orElse("");
            throw ProblemException.notFound("There is no " + Params.shorten(key.text()) + merged + ".");
        }
        List<ChangeEntry> history = registry.changesOf(key);
        Replies.json(ctx, 200, ChangeJson.entry(history.get(history.size() - 1)));
    }

    private void list(Context ctx, RecordCollection collection) {
        int limit = CommonParams.limit(ctx, config);
        RecordKey after = Params.text(ctx, "cursor")
                .map(cursor -> new RecordKey(collection.type(), Cursors.decode(cursor, collection.schema().name(), 1)))
                .orElse(null);
        List<Versioned<ConfedRecord>> found = AsRecorded.view(ctx, registry).list(collection.type(), after, limit + 1);
        List<ObjectNode> items = found.stream().limit(limit).map(stored -> CODEC.toJson(stored.record())).toList();
        String next = found.size() > limit
                ? Cursors.encode(collection.schema().name(), found.get(limit - 1).record().key().parts())
                : null;
        Replies.json(ctx, 200, Views.page(items, next));
    }

    private void get(Context ctx, RecordCollection collection) {
        RecordView view = AsRecorded.view(ctx, registry);
        String key = ctx.pathParam(collection.keyField().name());
        Versioned<ConfedRecord> stored = view.find(collection.type(), collection.key(key))
                .orElseThrow(() -> notFoundOrMoved(ctx, view, collection, key));
        ctx.header("ETag", Replies.etag(stored));
        Replies.json(ctx, 200, CODEC.toJson(stored.record()));
    }

    /**
     * Why a record is not found: a 308 to the record it was merged into, the query kept (a question asked as recorded
     * goes on being asked so), else a 404.
     */
    static ProblemException notFoundOrMoved(Context ctx, RecordView view, RecordCollection collection, String key) {
        return view.mergedInto(collection.key(key)).map(into -> moved(ctx, collection, into))
                .orElseGet(() -> notFound(collection, key));
    }

    static ProblemException moved(Context ctx, RecordCollection collection, RecordKey into) {
        String query = ctx.queryString();
        String location = collection.path() + "/" + Urls.segment(into.id()) + (query == null || query.isEmpty() ? "" : "?" + query);
        return new ProblemException(Problem.of("merged", "Merged into another record", 308, collection.schema().name()
                + " \"" + Params.shorten(ctx.pathParam(collection.keyField().name())) + "\" was merged into " + into.text()
                + ", which now stands for it.", List.of()), java.util.Map.of("Location", location));
    }

    static ProblemException notFound(RecordCollection collection, String key) {
        return ProblemException.notFound("There is no " + collection.schema().name().replace('_', ' ') + " with "
                + collection.keyField().name() + " \"" + Params.shorten(key) + "\".");
    }

    /** A key from the URL; one that cannot be a key names no record, so it is a 404 as an unknown one is. */
    static <T> Optional<T> pathKey(String text, Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(text));
        } catch (InvalidFieldException e) {
            return Optional.empty();
        }
    }

    private void put(Context ctx, RecordCollection collection) throws Exception {
        String keyText = ctx.pathParam(collection.keyField().name());
        JsonNode body = JsonBodies.read(ctx, config.maxBodyBytes());
        ConfedRecord record = recording.read(collection.schema(), body, keyText);
        Long expected = expectedVersion(ctx, () -> registry.find(collection.type(), record.key()));
        Written<ConfedRecord> written = recording.put(record, expected, Guard.actor(ctx));
        ctx.header("ETag", Replies.etag(written.stored()));
        boolean created = written.outcome() == WriteOutcome.INSERTED;
        if (created) {
            ctx.header("Location", collection.path() + "/" + Urls.segment(keyText));
        }
        Replies.json(ctx, created ? 201 : 200, CODEC.toJson(written.stored().record()));
    }

    static Long expectedVersion(Context ctx, Supplier<Optional<? extends Versioned<?>>> stored) {
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
            return stored.get().map(version -> version.version()).orElseThrow(() -> preconditionFailed("If-Match",
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
