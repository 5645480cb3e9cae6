package org.confed.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.confed.application.json.Json;

/**
 * Reads a request's JSON body. The body must say it is JSON (else 415) and fit the limit (else 413); a body
 * that is not JSON, or nests too deep, reaches the exception mapper as Jackson's exception (400).
 */
final class JsonBodies {
    private JsonBodies() {
    }

    static JsonNode read(Context ctx, long maxBytes) throws IOException {
        requireMediaType(ctx, "application/json");
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        // bodyAsBytes() stops at Javalin's maxRequestSize, which the factory sets to the same limit.
        return parse(ctx.bodyAsBytes());
    }

    /** A body's JSON, read as UTF-8 text; throws the 400 problem, or Jackson's exception, when it is not. */
    static JsonNode parse(byte[] body) throws IOException {
        return Json.mapper().readTree(utf8(body));
    }

    /**
     * The body as UTF-8 text, strictly. Given bytes, Jackson guesses UTF-16 or UTF-32 from their zeros, accepted such
     * bodies although the API speaks UTF-8 only, and failed on bad ones with an exception that became a 500.
     */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            String message = "is not UTF-8 text";
            throw new ProblemException(Problem.of("malformed-json", "Malformed JSON", 400,
                    "The request body " + message + ".", List.of(new FieldError("body", message))));
        }
    }

    /**
     * Throws 415 unless the request's {@code Content-Type} is {@code expected} or a {@code +json} type, with no
     * charset other than UTF-8.
     */
    static void requireMediaType(Context ctx, String expected) {
        String header = ctx.header("Content-Type");
        String[] parts = header == null ? new String[] {""} : header.toLowerCase(Locale.ROOT).split(";");
        String mediaType = parts[0].strip();
        boolean json = mediaType.equals(expected) || mediaType.matches("application/[a-z0-9.!#$&^_-]+\\+json");
        boolean utf8 = true;
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("charset=")) {
                utf8 = parameter.substring("charset=".length()).replace("\"", "").equals("utf-8");
            }
        }
        if (!json || !utf8) {
            String message = "must be " + expected + " (UTF-8), not " + (header == null ? "absent" : "\"" + Params.shorten(header) + "\"");
            throw new ProblemException(new Problem("about:blank", StatusPhrases.of(415), 415,
                    "Content-Type " + message, List.of(new FieldError("Content-Type", message))));
        }
    }

    static ProblemException tooLarge(long maxBytes) {
        String message = "is larger than the limit of " + maxBytes + " bytes";
        return new ProblemException(new Problem("about:blank", StatusPhrases.of(413), 413,
                "The request body " + message + ".", List.of(new FieldError("body", message))));
    }
}
