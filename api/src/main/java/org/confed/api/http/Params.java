package org.confed.api.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.confed.domain.model.InvalidFieldException;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.Precision;

/**
 * Reads query parameters into domain values. A bad one becomes a 400 problem naming the parameter; an absent or
 * empty one is absent.
 */
final class Params {
    private static final String QUERY = "confed.query";

    /** Longer parameter values are refused before anything parses them. */
    static final int MAX_LENGTH = 500;

    private Params() {
    }

    /** The parameter's text, if given and not blank. */
    static Optional<String> text(Context ctx, String name) {
        List<String> values = query(ctx).getOrDefault(name, List.of());
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw ProblemException.badParameter(name, "is given " + values.size() + " times; give it once");
        }
        String value = values.get(0).strip();
        if (value.length() > MAX_LENGTH) {
            throw ProblemException.badParameter(name, "is longer than " + MAX_LENGTH + " characters");
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The parameter read by a domain parser, whose {@link InvalidFieldException} is reported against the parameter. */
    static <T> Optional<T> parsed(Context ctx, String name, Function<String, T> parser) {
        return text(ctx, name).map(value -> {
            try {
                return parser.apply(value);
            } catch (InvalidFieldException e) {
                throw ProblemException.badParameter(name, e.problem());
            }
        });
    }

    /** A whole day, {@code YYYY-MM-DD}, or {@code otherwise} when absent. */
    static LocalDate day(Context ctx, String name, LocalDate otherwise) {
        return parsed(ctx, name, PartialDate::parse).map(date -> {
            if (date.precision() != Precision.DAY) {
                throw ProblemException.badParameter(name, "\"" + date + "\" is not a whole day: use YYYY-MM-DD");
            }
            return date.firstDay();
        }).orElse(otherwise);
    }

    /** The first day of a date of any precision ({@code 2024} starts on 1 January), for the start of a range. */
    static Optional<LocalDate> from(Context ctx, String name) {
        return parsed(ctx, name, PartialDate::parse).map(PartialDate::firstDay);
    }

    /** The last day of a date of any precision ({@code 2024} ends on 31 December), for the end of a range. */
    static Optional<LocalDate> to(Context ctx, String name) {
        return parsed(ctx, name, PartialDate::parse).map(PartialDate::lastDay);
    }

    /** A whole number, moved into {@code [min, max]} when outside it; {@code otherwise} when absent. */
    static int clamped(Context ctx, String name, int otherwise, int min, int max) {
        Optional<String> text = text(ctx, name);
        if (text.isEmpty()) {
            return otherwise;
        }
        String value = text.get();
        if (!value.matches("[+-]?[0-9]{1,100}")) {
            throw ProblemException.badParameter(name, "\"" + shorten(value) + "\" is not a whole number");
        }
        boolean negative = value.startsWith("-");
        String digits = value.replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
        if (negative && !digits.equals("0")) {
            return min;
        }
        if (digits.length() > 9) {
            return max;
        }
        return Math.max(min, Math.min(max, Integer.parseInt(digits)));
    }

    /**
     * The query string's parameters, decoded strictly: a malformed escape ({@code %ZZ}) or bytes that are not UTF-8
     * are refused naming the parameter, where the servlet's parser would silently drop or garble it.
     */
    static Map<String, List<String>> query(Context ctx) {
        Map<String, List<String>> parsed = ctx.attribute(QUERY);
        if (parsed != null) {
            return parsed;
        }
        parsed = new LinkedHashMap<>();
        String raw = ctx.queryString();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String rawName = equals < 0 ? pair : pair.substring(0, equals);
                String name = decode(rawName, "query");
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1), name);
                parsed.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
        }
        ctx.attribute(QUERY, parsed);
        return parsed;
    }

    private static String decode(String text, String name) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0 || Character.digit(text.charAt(i + 2), 16) < 0) {
                    throw badParameter(name, "holds a malformed %-escape");
                }
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw badParameter(name, "is not UTF-8 text");
        }
    }

    private static ProblemException badParameter(String name, String message) {
        return ProblemException.badParameter(name.length() > 60 ? "query" : name, message);
    }

    static String shorten(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }
}
