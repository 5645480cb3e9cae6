package org.confed.api.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.confed.domain.model.CalendarDate;
import org.confed.domain.model.InvalidFieldException;
import org.confed.domain.model.CalendarDate;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.Precision;
import org.eclipse.jetty.util.UrlEncoded;
import org.eclipse.jetty.util.Utf8StringBuilder;

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
            if (!(date instanceof CalendarDate calendar) || calendar.precision() != Precision.DAY) {
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
        Map<String, List<String>> decoded = new LinkedHashMap<>();
        String raw = ctx.queryString();
        if (raw != null && !raw.isEmpty()) {
            // Jetty's decoder, strict: a malformed %-escape or bytes that are not UTF-8 are refused, never replaced.
            // One pair at a time, so that the refusal names the parameter.
            int start = 0;
            while (start <= raw.length()) {
                int end = raw.indexOf('&', start);
                end = end < 0 ? raw.length() : end;
                decodePair(raw, start, end, decoded);
                start = end + 1;
            }
        }
        ctx.attribute(QUERY, decoded);
        return decoded;
    }

    private static void decodePair(String raw, int start, int end, Map<String, List<String>> into) {
        if (start == end) {
            return;
        }
        try {
            UrlEncoded.decodeUtf8To(raw, start, end - start,
                    (name, value) -> into.computeIfAbsent(name, key -> new ArrayList<>()).add(value == null ? "" : value),
                    false, false, false);
        } catch (Utf8StringBuilder.Utf8IllegalArgumentException e) {
            throw badParameter(nameOf(raw, start, end), "is not UTF-8 text");
        } catch (IllegalArgumentException e) {
            throw badParameter(nameOf(raw, start, end), "holds a malformed %-escape");
        }
    }

    // The parameter a refused pair names, as far as it can be read; "query" when its name itself is the problem.
    private static String nameOf(String raw, int start, int end) {
        int equals = raw.indexOf('=', start);
        String name = raw.substring(start, equals < 0 || equals > end ? end : equals);
        return name.matches("[A-Za-z0-9_.-]{1,50}") ? name : "query";
    }

    private static ProblemException badParameter(String name, String message) {
        return ProblemException.badParameter(name.length() > 60 ? "query" : name, message);
    }

    static String shorten(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }
}
