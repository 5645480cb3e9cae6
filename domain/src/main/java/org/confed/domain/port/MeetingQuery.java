package org.confed.domain.port;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.InvalidFieldException;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.MeetingKind;
import org.confed.domain.model.PersonId;

/**
 * What to look for among meetings. Every part may be absent. Results come ordered by date (first day), then id.
 *
 * @param confederation only this confederation's meetings
 * @param from          only meetings whose date ends on or after this day
 * @param to            only meetings whose date starts on or before this day
 * @param person        only meetings this person took part in
 * @param kind          only meetings of this kind
 * @param text          words that must all appear in the title, place, topics or participants' names,
 *                      accents and case aside; at most {@link #MAX_TEXT_LENGTH} characters, {@link #MAX_WORDS} words
 *                      of at most {@link #MAX_WORD_LENGTH} characters each
 * @param after         the last meeting of the previous page: only meetings after it
 * @param afterDate     that meeting's first day (both or neither of {@code after} and {@code afterDate})
 * @param limit         the page size, at least 1
 */
public record MeetingQuery(ConfederationCode confederation, LocalDate from, LocalDate to, PersonId person, MeetingKind kind,
                           String text, MeetingId after, LocalDate afterDate, int limit) {
    /** The longest text searched for, in characters. */
    public static final int MAX_TEXT_LENGTH = 200;
    /** The most words a text may hold: each is one more condition for every meeting found. */
    public static final int MAX_WORDS = 8;
    /** The longest word of a text, in characters; no word of a name, place or title is longer. */
    public static final int MAX_WORD_LENGTH = 40;
    /** A word: a run of letters and digits, as {@code TextFold.words} splits a text. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");

    /**
     * Checks the page size and the paging pair.
     *
     * @param confederation only this confederation's meetings; {@code null} for any
     * @param from          only meetings whose date ends on or after this day; {@code null} for no bound
     * @param to            only meetings whose date starts on or before this day; {@code null} for no bound
     * @param person        only meetings this person took part in; {@code null} for any
     * @param kind          only meetings of this kind; {@code null} for any
     * @param text          words that must all appear; {@code null} or blank for any
     * @param after         the last meeting of the previous page; {@code null} for the first page
     * @param afterDate     that meeting's first day; {@code null} for the first page
     * @param limit         the page size, at least 1
     * @throws IllegalArgumentException when {@code limit} is below 1, or only one of {@code after} and
     *                                  {@code afterDate} is given
     * @throws InvalidFieldException    when {@code text} is past its bounds ({@link #checkedText})
     */
    public MeetingQuery {
        checkedText(text);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        if ((after == null) != (afterDate == null)) {
            throw new IllegalArgumentException("after and afterDate go together");
        }
    }

    /**
     * All meetings, {@code limit} at a time.
     *
     * @param limit the page size, at least 1
     * @return a query of the first page with no filter
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    public static MeetingQuery all(int limit) {
        return new MeetingQuery(null, null, null, null, null, null, null, null, limit);
    }

    /**
     * The text of a search, checked against its bounds: at most {@link #MAX_TEXT_LENGTH} characters, at most
     * {@link #MAX_WORDS} words (runs of letters and digits), each at most {@link #MAX_WORD_LENGTH} characters.
     *
     * @param text words to search for, or {@code null}
     * @return {@code text}
     * @throws InvalidFieldException naming the field {@code text} and the bound it is past
     */
    public static String checkedText(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidFieldException("text", "is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        // the words as a search folds them (TextFold.words), counted here without folding, for port may not use query
        List<String> words = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).results()
                .map(MatchResult::group).toList();
        if (words.size() > MAX_WORDS) {
            throw new InvalidFieldException("text", "has " + words.size() + " words; at most " + MAX_WORDS + " are searched for");
        }
        for (String word : words) {
            if (word.length() > MAX_WORD_LENGTH) {
                throw new InvalidFieldException("text", "has a word longer than " + MAX_WORD_LENGTH + " characters: "
                        + word.substring(0, 12) + "...");
            }
        }
        return text;
    }
}
