package org.confed.api.http;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the HTTP API behaves. Start from {@link #defaults(Tokens)} and change what differs with the {@code with…}
 * methods.
 *
 * @param tokens          who may write; {@link Tokens#none()} refuses every write
 * @param corsOrigins     the browser origins ({@code https://news.example.org}) allowed to call the API from
 *                        another site; empty: CORS stays off and browsers keep other sites out
 * @param maxBodyBytes    the largest JSON body of a single-record request ({@code PUT}, plan events); larger
 *                        ones get 413
 * @param maxImportBytes  the largest body of {@code POST /api/import}, which is streamed, not buffered; larger
 *                        ones get 413
 * @param clock           gives "today", the date of questions asked without {@code at}
 * @param defaultPageSize items per page when a request names no {@code limit}
 * @param maxPageSize     the largest page; a larger {@code limit} is lowered to it
 * @param webRoot         the classpath folder served at {@code /} (the page for people), or {@code null} to serve
 *                        none; a folder that does not exist is skipped
 * @param limits          how much of the server the expensive routes may take, and how slow a client may be
 * @param tls             the certificate and key to answer HTTPS with, or {@code null} for plain HTTP
 */
public record ApiConfig(Tokens tokens, List<String> corsOrigins, long maxBodyBytes, long maxImportBytes, Clock clock,
                        int defaultPageSize, int maxPageSize, String webRoot, LoadLimits limits, TlsIdentity tls) {

    /** 1 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024L * 1024;
    /** 64 MiB. */
    public static final long DEFAULT_MAX_IMPORT_BYTES = 64L * 1024 * 1024;
    /** Items per page when a request names no {@code limit}. */
    public static final int DEFAULT_PAGE_SIZE = 50;
    /** The largest page. */
    public static final int MAX_PAGE_SIZE = 500;
    /** The classpath folder of the page for people. */
    public static final String DEFAULT_WEB_ROOT = "/web";

    private static final Pattern ORIGIN = Pattern.compile("https?://[a-z0-9.-]+(:[0-9]{1,5})?|https?://\\[[0-9a-f:.]+\\](:[0-9]{1,5})?");

    /**
     * Checks and normalises the values (origins in lower case, without a trailing slash).
     *
     * @param tokens          who may write
     * @param corsOrigins     the origins let in by CORS
     * @param maxBodyBytes    the limit of single-record bodies
     * @param maxImportBytes  the limit of import bodies
     * @param clock           what says "today"
     * @param defaultPageSize items per page by default
     * @param maxPageSize     the largest page
     * @param webRoot         the classpath folder of the page, or {@code null}
     * @param limits          the load limits
     * @param tls             the HTTPS identity, or {@code null}
     * @throws IllegalArgumentException when a value is out of range or an origin is not {@code scheme://host[:port]}
     */
    public ApiConfig {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(limits, "limits");
        corsOrigins = corsOrigins.stream().map(ApiConfig::origin).distinct().toList();
        if (maxBodyBytes < 1 || maxImportBytes < 1) {
            throw new IllegalArgumentException("body limits must be positive");
        }
        if (defaultPageSize < 1 || maxPageSize < defaultPageSize) {
            throw new IllegalArgumentException("page sizes must satisfy 1 <= default <= max: " + defaultPageSize + ", " + maxPageSize);
        }
        if (webRoot != null && !webRoot.startsWith("/")) {
            throw new IllegalArgumentException("the web root is a classpath folder starting with /: " + webRoot);
        }
    }

    /**
     * The usual configuration: CORS off, 1 MiB bodies, 64 MiB imports, the system clock (UTC), pages of 50 up to 500,
     * the page from {@code /web}, the default {@link LoadLimits}, plain HTTP.
     *
     * @param tokens who may write
     * @return the configuration
     */
    public static ApiConfig defaults(Tokens tokens) {
        return new ApiConfig(tokens, List.of(), DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_IMPORT_BYTES, Clock.systemUTC(),
                DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, DEFAULT_WEB_ROOT, LoadLimits.defaults(), null);
    }

    /**
     * @param newTokens who may write
     * @return this configuration with other tokens
     */
    public ApiConfig withTokens(Tokens newTokens) {
        return new ApiConfig(newTokens, corsOrigins, maxBodyBytes, maxImportBytes, clock, defaultPageSize, maxPageSize, webRoot, limits, tls);
    }

    /**
     * @param origins the origins to let in, such as {@code https://news.example.org}
     * @return this configuration letting these origins in; an empty list turns CORS off
     */
    public ApiConfig withCorsOrigins(List<String> origins) {
        return new ApiConfig(tokens, origins, maxBodyBytes, maxImportBytes, clock, defaultPageSize, maxPageSize, webRoot, limits, tls);
    }

    /**
     * @param bytes the largest single-record body
     * @return this configuration with another limit for single-record bodies
     */
    public ApiConfig withMaxBodyBytes(long bytes) {
        return new ApiConfig(tokens, corsOrigins, bytes, maxImportBytes, clock, defaultPageSize, maxPageSize, webRoot, limits, tls);
    }

    /**
     * @param bytes the largest import body
     * @return this configuration with another limit for import bodies
     */
    public ApiConfig withMaxImportBytes(long bytes) {
        return new ApiConfig(tokens, corsOrigins, maxBodyBytes, bytes, clock, defaultPageSize, maxPageSize, webRoot, limits, tls);
    }

    /**
     * @param newClock the clock that says what "today" is
     * @return this configuration with another clock
     */
    public ApiConfig withClock(Clock newClock) {
        return new ApiConfig(tokens, corsOrigins, maxBodyBytes, maxImportBytes, newClock, defaultPageSize, maxPageSize, webRoot, limits, tls);
    }

    /**
     * @param defaultSize items per page by default
     * @param maxSize     the largest page
     * @return this configuration with other page sizes ({@code 1 <= defaultSize <= maxSize})
     */
    public ApiConfig withPageSizes(int defaultSize, int maxSize) {
        return new ApiConfig(tokens, corsOrigins, maxBodyBytes, maxImportBytes, clock, defaultSize, maxSize, webRoot, limits, tls);
    }

    /**
     * @param folder a classpath folder such as {@code /web}, or {@code null} for no page
     * @return this configuration serving that folder at {@code /}
     */
    public ApiConfig withWebRoot(String folder) {
        return new ApiConfig(tokens, corsOrigins, maxBodyBytes, maxImportBytes, clock, defaultPageSize, maxPageSize, folder, limits, tls);
    }

    /**
     * @param newLimits how much of the server the expensive routes may take
     * @return this configuration with other load limits
     */
    public ApiConfig withLimits(LoadLimits newLimits) {
        return new ApiConfig(tokens, corsOrigins, maxBodyBytes, maxImportBytes, clock, defaultPageSize, maxPageSize, webRoot,
                newLimits, tls);
    }

    /**
     * @param identity the certificate and key to answer HTTPS with, or {@code null} for plain HTTP
     * @return this configuration serving HTTPS with that identity
     */
    public ApiConfig withTls(TlsIdentity identity) {
        return new ApiConfig(tokens, corsOrigins, maxBodyBytes, maxImportBytes, clock, defaultPageSize, maxPageSize, webRoot,
                limits, identity);
    }

    // Browsers send origins in lower case without a trailing slash; compare in that form.
    private static String origin(String origin) {
        String normalized = Objects.requireNonNull(origin, "origin").strip().toLowerCase(Locale.ROOT);
        if (normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        if (!ORIGIN.matcher(normalized).matches()) {
            throw new IllegalArgumentException("a CORS origin is scheme://host[:port], such as https://news.example.org: " + origin);
        }
        return normalized;
    }
}
