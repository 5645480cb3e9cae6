package org.confed.domain.model;

import java.util.List;
import org.confed.domain.meta.MaxLength;
import org.confed.domain.meta.References;
import org.confed.domain.meta.Required;
import org.confed.domain.meta.Shorthand;

/**
 * Where a record's facts were reported, and in what words: a source, the quote that supports the record (verbatim,
 * in the source's language), where in the source it stands, and which of the record's fields it supports. A citation
 * with nothing but its source is written as the source's id alone, as version 1 files do.
 *
 * @param source  the source
 * @param quote   the source's own words, or {@code null}
 * @param locator where in the source (a paragraph, a page, a time code), or {@code null}
 * @param fields  the record's fields it supports; empty: the whole record
 */
@Shorthand("source")
public record Citation(
        @Required @References(Source.class) SourceId source,
        @MaxLength(5000) String quote,
        @MaxLength(200) String locator,
        @MaxLength(60) List<String> fields) {

    /**
     * Checks every part and keeps an unmodifiable copy of the fields.
     *
     * @param source  the source
     * @param quote   the source's words, at most 5000 characters; {@code null} for none
     * @param locator where in the source, at most 200 characters; {@code null} for none
     * @param fields  the fields it supports, none twice; {@code null} or empty for the whole record
     * @throws InvalidFieldException naming the part at fault
     */
    public Citation {
        Checks.required(source, "citation.source");
        quote = Checks.text(quote, "citation.quote", 5000);
        locator = Checks.text(locator, "citation.locator", 200);
        fields = Checks.distinctList(Checks.texts(fields, "citation.fields", 60), "citation.fields");
    }

    /**
     * A citation of a source as a whole, with no quote: what a version 1 file's source id means.
     *
     * @param source the source
     * @return the citation
     */
    public static Citation of(SourceId source) {
        return new Citation(source, null, null, null);
    }

    /**
     * Whether it supports a field of its record.
     *
     * @param field a field's name, snake_case
     * @return whether it names no fields (so supports them all) or names this one
     */
    public boolean supports(String field) {
        return fields.isEmpty() || fields.contains(field);
    }
}
