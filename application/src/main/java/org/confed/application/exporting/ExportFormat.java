package org.confed.application.exporting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats an export writes, each with the media type it is served as. */
public enum ExportFormat {
    /** One record per line, as imports read them. */
    NDJSON("application/x-ndjson; charset=utf-8"),
    /** {@code {"records": [...]}}, one record per line. */
    JSON("application/json; charset=utf-8"),
    /** One CSV file per type, in a directory or a zip. */
    CSV("application/zip"),
    /** Meetings as iCalendar events. */
    ICS("text/calendar; charset=utf-8"),
    /** A Popolo document. */
    POPOLO("application/json; charset=utf-8");

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /**
     * The media type of the bytes the format gives over HTTP (CSV as a zip).
     *
     * @return the media type with its charset where text
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The format's name as users write it.
     *
     * @return {@code ndjson}, {@code json}, {@code csv}, {@code ics} or {@code popolo}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format of that name.
     *
     * @param code a name, as {@link #code()} gives it
     * @return the format, or empty
     */
    public static Optional<ExportFormat> named(String code) {
        return Arrays.stream(values()).filter(format -> format.code().equals(code)).findFirst();
    }

    /**
     * Every format's name, for messages and documents.
     *
     * @return the names in order
     */
    public static List<String> codes() {
        return Arrays.stream(values()).map(ExportFormat::code).toList();
    }
}
