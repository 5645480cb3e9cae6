package org.confed.domain.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.confed.domain.meta.EventDate;
import org.confed.domain.meta.Key;
import org.confed.domain.meta.MaxLength;
import org.confed.domain.meta.RecordType;
import org.confed.domain.meta.Required;

/**
 * Where a fact was reported: a dispatch, an article, a treaty text.
 *
 * @param id        the key
 * @param publisher who published it ({@code APA})
 * @param title     its title
 * @param published when it was published
 * @param url       where to read it: an absolute {@code http} or {@code https} address
 * @param language  its language tag ({@code fr})
 * @param reference a dispatch code or other reference ({@code MD/te/Sf/APA})
 * @param excerpt   the words that carry the fact, or a note on how the report differs from others
 * @param disputes  other values for its fields, as other sources report them
 */
@RecordType(value = "source", plural = "sources")
public record Source(
        @Key @Required SourceId id,
        @MaxLength(300) String publisher,
        @MaxLength(1000) String title,
        @EventDate PartialDate published,
        @MaxLength(2000) String url,
        @MaxLength(35) String language,
        @MaxLength(200) String reference,
        @MaxLength(10_000) String excerpt,
        List<Dispute> disputes) implements ConfedRecord {

    /**
     * Checks every field.
     *
     * @param id        the key
     * @param publisher who published it, at most 300 characters; {@code null} when unknown
     * @param title     its title, at most 1000 characters; {@code null} when unknown
     * @param published when it was published; {@code null} when unknown
     * @param url       an absolute {@code http} or {@code https} address, at most 2000 characters; {@code null} for none
     * @param language  a language tag such as {@code fr}, {@code en} or {@code pt-BR}; {@code null} when unknown
     * @param reference a dispatch code or other reference, at most 200 characters; {@code null} for none
     * @param excerpt   the words that carry the fact, at most 10,000 characters; {@code null} for none
     * @param disputes  other values for its fields; {@code null} for none
     * @throws InvalidFieldException naming the first field that breaks its rule: the id absent, a text blank, too
     *                               long or holding a control character, an address that is not absolute
     *                               {@code http} or {@code https}, or a language that is not a language tag
     */
    public Source {
        Checks.required(id, "source.id");
        publisher = Checks.text(publisher, "source.publisher", 300);
        title = Checks.text(title, "source.title", 1000);
        url = webAddress(Checks.text(url, "source.url", 2000));
        language = Checks.language(Checks.text(language, "source.language", 35), "source.language");
        reference = Checks.text(reference, "source.reference", 200);
        excerpt = Checks.text(excerpt, "source.excerpt", Checks.DEFAULT_MAX_TEXT);
        disputes = Checks.disputes(disputes, "source", Source.class);
    }

    /**
     * A source known by its id alone.
     *
     * @param id the key
     * @return a source with every other field absent
     * @throws InvalidFieldException (field {@code source.id}) when {@code id} is {@code null}
     */
    public static Source of(SourceId id) {
        return new Source(id, null, null, null, null, null, null, null, null);
    }

    // Only web addresses: a javascript: or file: link must never reach a page that renders sources.
    private static String webAddress(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new InvalidFieldException("source.url", Checks.quote(url) + " is not an absolute http or https address");
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code source} and the id
     */
    @Override
    public RecordKey key() {
        return RecordKey.of(Source.class, id);
    }
}
