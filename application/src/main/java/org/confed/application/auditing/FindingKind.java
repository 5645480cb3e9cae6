package org.confed.application.auditing;

/** What the audit found: each a way the registry asserts more than its sources say. */
public enum FindingKind {
    /** A record with no source at all. */
    UNSOURCED("unsourced"),
    /** A citation that gives its source but none of the source's words. */
    NO_QUOTE("no_quote"),
    /** A field no citation supports, where every citation of the record names the fields it supports. */
    UNSUPPORTED_FIELD("unsupported_field"),
    /** A field another source gives another value for. */
    DISPUTED("disputed"),
    /** A date known only as a span of days, or open at one end. */
    UNCERTAIN_DATE("uncertain_date"),
    /** A meeting participant known by their post, with no person named. */
    UNNAMED_PARTICIPANT("unnamed_participant"),
    /** An answer (the presidency forecast) that rests on an unsupported or disputed field. */
    RESTS_ON_UNSUPPORTED("rests_on_unsupported");

    private final String code;

    FindingKind(String code) {
        this.code = code;
    }

    /**
     * The name files and answers use.
     *
     * @return {@code unsupported_field}, ...
     */
    public String code() {
        return code;
    }
}
