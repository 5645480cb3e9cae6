package org.confed.api.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confed.application.json.FieldProblem;
import org.confed.application.json.InvalidRecordException;
import org.confed.application.json.Json;
import org.confed.application.recording.KeyMismatchException;
import org.confed.application.recording.MergedRecordException;
import org.confed.application.recording.NoSuchRecordException;
import org.confed.application.recording.StillReferredException;
import org.confed.domain.model.ConfedException;
import org.confed.domain.model.InvalidFieldException;
import org.confed.domain.port.StoreUnavailableException;
import org.confed.domain.port.VersionConflictException;
import org.confed.domain.query.ForecastException;
import org.confed.domain.rules.RuleViolationException;
import org.confed.domain.rules.Violation;
import org.confed.domain.rules.ViolationKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception mapper: turns whatever a request ends with into a problem answer.
 *
 * <ul>
 *   <li>a record or value that breaks its field's rule, a body that is not JSON or nests too deep: 400</li>
 *   <li>a rule across records: 409 when it conflicts with what is stored (overlap, illegal plan move, state not a
 *       member, duplicate key), 422 when the record points at nothing or names an unknown pillar</li>
 *   <li>a stale {@code If-Match} or a failed {@code If-None-Match: *}: 412; a concurrent change otherwise: 409</li>
 *   <li>a forecast the facts cannot support: 422; the store unreachable: 503</li>
 *   <li>Javalin's own answers (no route 404, wrong method 405 with {@code Allow}, body too large 413)</li>
 *   <li>a client cut off for sending or reading too slowly (the minimum data rate, the idle timeout), or gone:
 *       408, logged in a line without a trace</li>
 *   <li>anything else: 500 with a generic detail, the exception logged here and never sent</li>
 * </ul>
 */
final class ProblemMapper {
    /** Set on a request whose expected version came from {@code If-Match} / {@code If-None-Match}. */
    static final String CONDITIONAL = "confed.conditional";
    /** Set once a problem is written, so that the error pages do not write a second one. */
    static final String WRITTEN = "confed.problem";

    /** How much of a refused body is still read, so that its sender gets the answer. */
    static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);
    private static final Set<ViolationKind> CONFLICTS = EnumSet.of(ViolationKind.OVERLAP, ViolationKind.ILLEGAL_MOVE,
            ViolationKind.NOT_A_MEMBER, ViolationKind.DUPLICATE_KEY);

    private final long maxBodyBytes;

    ProblemMapper(ApiConfig config) {
        this.maxBodyBytes = config.maxBodyBytes();
    }

    /** Answers {@code ctx} with the problem {@code failure} stands for. */
    void handle(Exception failure, Context ctx) {
        ProblemException answer;
        try {
            answer = toProblem(failure, ctx);
        } catch (RuntimeException mappingFailed) {
            LOG.error("could not map a failure of {} {}", ctx.method(), ctx.path(), mappingFailed);
            answer = internalError();
        }
        if (answer.problem().status() == 413) {
            drainRequest(ctx);
        }
        write(ctx, answer.problem(), answer.headers());
    }

    /**
     * Reads what is left of a refused body, up to {@link #DRAIN_LIMIT}, so that a client still sending it receives
     * the 413 instead of a connection reset; past that much, the connection is closed after the answer.
     */
    private static void drainRequest(Context ctx) {
        try {
            InputStream rest = ctx.req().getInputStream();
            byte[] buffer = new byte[16 * 1024];
            long drained = 0;
            int n;
            while (drained < DRAIN_LIMIT && (n = rest.read(buffer)) >= 0) {
                drained += n;
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not drain a refused body", e);
        }
    }

    /** Answers with a status Javalin set without an exception, unless a problem was already written. */
    void handleStatus(Context ctx) {
        if (ctx.attribute(WRITTEN) == null) {
            write(ctx, Problem.plain(ctx.statusCode(), StatusPhrases.of(ctx.statusCode()) + "."), Map.of());
        }
    }

    static void write(Context ctx, Problem problem, Map<String, String> headers) {
        headers.forEach(ctx::header);
        ctx.attribute(WRITTEN, Boolean.TRUE);
        ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(Replies.bytes(toJson(problem)));
    }

    static ObjectNode toJson(Problem problem) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", problem.type());
        node.put("title", problem.title());
        node.put("status", problem.status());
        node.put("detail", problem.detail());
        ArrayNode errors = node.putArray("errors");
        for (FieldError error : problem.errors()) {
            errors.addObject().put("field", error.field()).put("message", error.message());
        }
        return node;
    }

    private ProblemException toProblem(Throwable failure, Context ctx) {
        if (failure instanceof ProblemException problem) {
            return problem;
        }
        if (failure instanceof InvalidRecordException invalid) {
            List<FieldError> errors = invalid.problems().stream().map(ProblemMapper::fieldError).toList();
            return problem("invalid-record", "Invalid record", 400, summary(errors), errors);
        }
        if (failure instanceof InvalidFieldException invalid) {
            FieldError error = new FieldError(invalid.field(), invalid.problem());
            return problem("invalid-field", "Invalid field", 400, summary(List.of(error)), List.of(error));
        }
        if (failure instanceof KeyMismatchException mismatch) {
            String message = "is \"" + Params.shorten(mismatch.given()) + "\" but the URL names \""
                    + Params.shorten(mismatch.named()) + "\"; leave it out or make them agree";
            return problem("key-mismatch", "Key does not match the URL", 400, mismatch.field() + " " + message,
                    List.of(new FieldError(mismatch.field(), message)));
        }
        if (failure instanceof JsonProcessingException malformed) {
            return malformed(malformed, ctx);
        }
        if (failure instanceof RuleViolationException refused) {
            List<Violation> violations = refused.violations();
            boolean conflict = violations.stream().allMatch(violation -> CONFLICTS.contains(violation.kind()));
            List<FieldError> errors = violations.stream()
                    .map(violation -> new FieldError(violation.field(), violation.message())).toList();
            return conflict
                    ? problem("rule-conflict", "Conflicts with the stored records", 409, summary(errors), errors)
                    : problem("rule-violation", "Refers to what is not there", 422, summary(errors), errors);
        }
        if (failure instanceof VersionConflictException conflict) {
            if (Boolean.TRUE.equals(ctx.attribute(CONDITIONAL))) {
                String message = conflict.actual() == 0
                        ? "names a version, but the record does not exist"
                        : conflict.expected() == 0 ? "is *, but the record exists (version " + conflict.actual() + ")"
                        : "names version " + conflict.expected() + ", but version " + conflict.actual() + " is stored";
                String header = conflict.expected() == 0 && conflict.actual() != 0 ? "If-None-Match" : "If-Match";
                return problem("precondition-failed", "Precondition failed", 412,
                        header + " " + message + "; nothing was changed. Read the record again and retry.",
                        List.of(new FieldError(header, message)));
            }
            return problem("version-conflict", "Changed meanwhile", 409,
                    conflict.getMessage() + "; nothing was changed. Retry.", List.of());
        }
        if (failure instanceof ForecastException forecast) {
            return problem("forecast-unavailable", "No forecast", 422, failure.getMessage(),
                    forecast.field().map(field -> List.of(new FieldError(field, failure.getMessage()))).orElse(List.of()));
        }
        if (failure instanceof StoreUnavailableException) {
            LOG.warn("store unavailable during {} {}: {}", ctx.method(), ctx.path(), failure.getMessage(), failure.getCause());
            return problem("store-unavailable", "Store unavailable", 503,
                    "The store cannot be reached just now; nothing was changed. Try again later.", List.of());
        }
        if (failure instanceof StillReferredException referred) {
            List<FieldError> errors = referred.referrers().stream()
                    .map(referrer -> new FieldError("record", referrer.text() + " refers to " + referred.key().text())).toList();
            return problem("still-referred", "Still referred to", 409, failure.getMessage() + "; nothing was changed.", errors);
        }
        if (failure instanceof NoSuchRecordException missing) {
            return problem("not-found", "Not found", 404, "There is no " + Params.shorten(missing.key().text()) + ".", List.of());
        }
        if (failure instanceof MergedRecordException merged) {
            RecordCollection collection = RecordCollection.of(merged.survivor().type());
            return new ProblemException(Problem.of("merged", "Merged into another record", 308, failure.getMessage() + ".",
                    List.of()), Map.of("Location", collection.path() + "/" + Urls.segment(merged.survivor().id())));
        }
        if (failure instanceof ConfedException) {
            // Expected domain refusals speak in words fit for a user.
            return problem("refused", "Refused", 422, failure.getMessage(), List.of());
        }
        if (failure instanceof HttpResponseException javalinAnswer) {
            return javalin(javalinAnswer, ctx);
        }
        if (isClientTooSlowOrGone(failure)) {
            // cut off by the minimum data rate or the idle timeout, or hung up: the client's doing, not a fault here
            LOG.info("{} {}: the client was too slow or went away ({})", ctx.method(), ctx.path(), failure.getMessage());
            return new ProblemException(Problem.plain(408, "The request or its answer moved too slowly, and was cut off."));
        }
        LOG.error("unexpected failure of {} {}", ctx.method(), ctx.path(), failure);
        return internalError();
    }

    private static boolean isClientTooSlowOrGone(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.util.concurrent.TimeoutException || cause instanceof org.eclipse.jetty.io.EofException) {
                return true;
            }
        }
        return false;
    }

    private ProblemException javalin(HttpResponseException failure, Context ctx) {
        int status = failure.getStatus();
        switch (status) {
            case 404:
                return new ProblemException(Problem.plain(404, "Nothing is at " + ctx.method().name() + " "
                        + Params.shorten(ctx.path()) + "."));
            case 405: {
                String allowed = failure.getDetails().getOrDefault("availableMethods", "");
                ProblemException answer = new ProblemException(new Problem("about:blank", StatusPhrases.of(405), 405,
                        ctx.method().name() + " is not allowed here" + (allowed.isEmpty() ? "." : "; use " + allowed + "."),
                        List.of(new FieldError("method", ctx.method().name() + " is not allowed here"))));
                return answer.withHeader("Allow", allowed);
            }
            case 413:
                return JsonBodies.tooLarge(maxBodyBytes);
            default:
                return new ProblemException(Problem.plain(status, StatusPhrases.of(status) + "."));
        }
    }

    private static ProblemException malformed(JsonProcessingException failure, Context ctx) {
        Throwable cause = failure.getCause();
        if (cause instanceof InvalidFieldException) {
            // Jackson wraps a constructor's refusal (ValueInstantiationException): report the field.
            InvalidFieldException invalid = (InvalidFieldException) cause;
            FieldError error = new FieldError(invalid.field(), invalid.problem());
            return problem("invalid-field", "Invalid field", 400, summary(List.of(error)), List.of(error));
        }
        String message;
        if (failure instanceof StreamConstraintsException) {
            message = String.valueOf(failure.getOriginalMessage()).contains("nesting depth")
                    ? "nests deeper than " + Json.MAX_NESTING + " levels"
                    : "holds a value larger than allowed";
        } else {
            message = "is not valid JSON" + reason(failure.getOriginalMessage()) + where(failure.getLocation());
        }
        return problem("malformed-json", "Malformed JSON", 400, "The request body " + message + ".",
                List.of(new FieldError("body", message)));
    }

    // Jackson's own words, when they name no Java type: "Unexpected character ('}' (code 125))".
    private static String reason(String original) {
        if (original == null) {
            return "";
        }
        String text = original;
        for (String cut : new String[] {"\n", " at [Source", " (start marker", " (for "}) {
            int at = text.indexOf(cut);
            if (at >= 0) {
                text = text.substring(0, at);
            }
        }
        text = text.strip();
        boolean speaksJava = text.contains("java.") || text.contains("jackson") || text.contains("Exception")
                || text.contains("`") || text.contains("org.") || text.isEmpty() || text.length() > 200;
        return speaksJava ? "" : ": " + text;
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static FieldError fieldError(FieldProblem problem) {
        return new FieldError(problem.field(), problem.message());
    }

    private static String summary(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return "The request was refused.";
        }
        FieldError first = errors.get(0);
        String more = errors.size() == 1 ? "" : " (and " + (errors.size() - 1) + " more)";
        return first.field() + ": " + first.message() + more;
    }

    private static ProblemException problem(String kind, String title, int status, String detail, List<FieldError> errors) {
        return new ProblemException(Problem.of(kind, title, status, detail, errors));
    }

    private static ProblemException internalError() {
        return new ProblemException(Problem.plain(500, "Something went wrong on the server. It has been logged; "
                + "nothing more is known here."));
    }
}
