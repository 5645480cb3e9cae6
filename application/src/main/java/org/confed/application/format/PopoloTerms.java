package org.confed.application.format;

import java.util.List;

/** The words of the Popolo standard confed writes and reads: its collections, roles and identifier schemes. */
public final class PopoloTerms {
    /** The top-level collections of a Popolo document. */
    public static final List<String> COLLECTIONS = List.of("persons", "organizations", "memberships", "posts", "events");
    /** The role of a state's membership of a confederation. */
    public static final String MEMBER_ROLE = "member";
    /** The role of a state holding the presidency. */
    public static final String PRESIDENCY_ROLE = "presidency";
    /** The identifier scheme of confed's own ids. */
    public static final String CONFED_SCHEME = "confed";
    /** The identifier scheme of state codes. */
    public static final String STATE_SCHEME = "ISO 3166-1 alpha-3";
    /**
     * The extension field of a Popolo object (or link) that holds, in confed's own form, the fields of its confed
     * record (or citation) Popolo's fields cannot hold exactly: a date that is an interval, a citation's quote.
     */
    public static final String EXTENSION = "confed";
    /** The id prefix of the membership of a post that a meeting participant known by that post stands for. */
    public static final String PARTICIPATION = "participation";
    /** Links to a source with no URL point here, with the source's id after it. */
    public static final String SOURCE_URN = "urn:confed:source:";

    private PopoloTerms() {
    }
}
