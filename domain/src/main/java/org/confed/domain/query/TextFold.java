package org.confed.domain.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
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
     * The folded words of a text or a query: runs of letters and digits, everything else (spaces, punctuation,
     * apostrophes) a separator.
     *
     * @param text the words as written or typed, or {@code null}
     * @return the folded words in order, repeats kept; empty for a text without a letter or digit
     */
    public static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean inWord = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /**
     * Whether every word of a query begins a word of a text: {@code goita} and {@code goi} find {@code Goïta},
     * {@code bamako} finds {@code Bamako,}.
     *
     * @param textWords  the words of a text, from {@link #words}
     * @param queryWords the words of a query, from {@link #words}
     * @return whether each query word starts some text word (true for no query words)
     */
    public static boolean matches(Collection<String> textWords, List<String> queryWords) {
        return queryWords.stream().allMatch(query -> textWords.stream().anyMatch(word -> word.startsWith(query)));
    }
}
