package org.confed.persistence;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * One thing a meeting version must hold among its terms ({@link Terms}) to be found: a term beginning with a word
 * typed ({@code meeting#koulouba} for {@code koul}), or one of some exact terms (its reference to a confederation, to
 * a person, or to a participant the word names). The search asks the database for the versions holding the rarest
 * condition, or walks meetings by date; either way it checks every condition on the terms of each meeting it reads.
 */
final class MeetingCondition {
    /** The word terms that begin with the word, or {@code null} when the condition names no word. */
    private final Terms.Range words;
    /** The same as text: what those terms begin with. */
    private final String wordPrefix;
    private final Set<String> exact;

    private MeetingCondition(Terms.Range words, Set<String> exact) {
        this.words = words;
        this.wordPrefix = words == null ? null : new String(words.from(), StandardCharsets.UTF_8);
        this.exact = Set.copyOf(exact);
    }

    /** Met by a word term of {@code type} beginning with {@code word}, or by one of the terms {@code references}. */
    static MeetingCondition word(String type, String word, Set<String> references) {
        return new MeetingCondition(Terms.wordsStartingWith(type, word), references);
    }

    /** Met by the term {@code term} alone. */
    static MeetingCondition reference(String term) {
        return new MeetingCondition(null, Set.of(term));
    }

    /** The word terms of the condition, or {@code null}. */
    Terms.Range words() {
        return words;
    }

    /** Its exact terms, as stored. */
    List<byte[]> exact() {
        return exact.stream().sorted().map(Terms::bytes).toList();
    }

    /** Whether a version with these terms meets the condition. */
    boolean metBy(Set<String> terms) {
        for (String term : terms) {
            // the range from a prefix to its last byte plus one holds exactly the terms that begin with the prefix
            if (wordPrefix != null && term.startsWith(wordPrefix) || exact.contains(term)) {
                return true;
            }
        }
        return false;
    }
}
