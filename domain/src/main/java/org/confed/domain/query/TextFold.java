package org.confed.domain.query;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Text as searched: accents and case set aside, so that {@code goita} finds {@code Goïta}. */
public final class TextFold {
    private TextFold() {
    }

    /**
     * Lower case, without combining marks, with ligatures and the apostrophes of French spelled out plainly.
     *
     * @param text a text, or {@code null}
     * @return the folded text ({@code Goïta} gives {@code goita}); empty for {@code null}
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'œ', 'Œ' -> out.append("oe");
                case 'æ', 'Æ' -> out.append("ae");
                case 'ß' -> out.append("ss");
                case '\u2019', '\u2018', '`' -> out.append('\'');
                default -> out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The folded words of a query, blank ones dropped.
     *
     * @param query the words as typed, or {@code null}
     * @return the folded words, split at white space; empty for a blank query
     */
    public static List<String> words(String query) {
        String folded = fold(query).strip();
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split("\\s+"));
    }

    /**
     * Whether every word of the query appears in the folded text.
     *
     * @param foldedText a text already passed through {@link #fold}
     * @param queryWords words from {@link #words}
     * @return whether each word appears somewhere in the text (true for no words)
     */
    public static boolean matches(String foldedText, List<String> queryWords) {
        return queryWords.stream().allMatch(foldedText::contains);
    }
}
