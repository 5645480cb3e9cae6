package org.confed.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;
import org.confed.domain.query.SearchWords;
import org.confed.domain.schema.References;

/**
 * What a record version is found by, in {@code record_term}: a term for each record it refers to and for each word of
 * its searchable fields, read from the schema ({@link References}, {@link SearchWords}), so no type is named here.
 * Terms are UTF-8 bytes compared bytewise: a word prefix is then a range of terms.
 *
 * <p>The scheme is kept behind this class alone, so that it can change (say, for smaller files) in one place.
 */
final class Terms {
    private static final char REFERENCE = '|';
    private static final char WORD = '#';
    private static final char LONG = '~';

    private Terms() {
    }

    /** The terms of a record: its references and its search words, each once. */
    static Set<String> of(ConfedRecord record) {
        String type = record.key().typeName();
        Set<String> terms = new LinkedHashSet<>();
        for (References.Reference reference : References.of(record)) {
            terms.add(reference(type, reference.target()));
        }
        for (String word : SearchWords.of(record)) {
            terms.add(type + WORD + word);
        }
        return terms;
    }

    /** The term of records of {@code type} (a type name) that refer to {@code target}: {@code membership|confederation:AES}. */
    static String reference(String type, RecordKey target) {
        return type + REFERENCE + target.text();
    }

    /** The term of records of {@code type} whose dates reach further past their sort day than most ({@link RecordRow#LONGEST_SHORT_SPAN_DAYS}). */
    static String longSpan(String type) {
        return type + LONG + "long";
    }

    /** A term as stored. */
    static byte[] bytes(String term) {
        return term.getBytes(StandardCharsets.UTF_8);
    }

    /** The terms of words of records of {@code type} (a type name) that begin with {@code prefix} (a folded word). */
    static Range wordsStartingWith(String type, String prefix) {
        byte[] from = bytes(type + WORD + prefix);
        // the last byte of UTF-8 text is never 0xFF, so adding one to it gives the first term after the prefix's range
        byte[] to = Arrays.copyOf(from, from.length);
        to[to.length - 1]++;
        return new Range(from, to);
    }

    /**
     * The terms from {@code from} (inclusive) to {@code to} (exclusive), bytewise.
     *
     * @param from the first term of the range
     * @param to   the first term after it
     */
    record Range(byte[] from, byte[] to) {
    }
}
