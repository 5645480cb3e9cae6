package org.confed.api.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds URL paths from values. */
final class Urls {
    private Urls() {
    }

    /** A value as one path segment, percent-encoded. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
