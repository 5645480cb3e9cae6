package org.confed.domain.model;

import java.util.List;
import org.confed.domain.meta.Key;
import org.confed.domain.meta.MaxLength;
import org.confed.domain.meta.RecordType;
import org.confed.domain.meta.References;
import org.confed.domain.meta.Required;
import org.confed.domain.meta.Searchable;

/**
 * A position that exists whether or not anyone is known to hold it: a state's chief of defence staff, the presidency
 * of a body. A meeting participant may be a post alone, a holder the sources do not name.
 *
 * @param id            the key ({@code ner-chief-of-defence-staff})
 * @param label         what the post is called ({@code Chef d'état-major général des armées du Niger})
 * @param state         the state whose post it is, if any
 * @param confederation the body whose post it is, for an office of the body itself
 * @param sources       where this was reported
 * @param disputes      other values for its fields, as other sources report them
 */
@RecordType(value = "post", plural = "posts")
public record Post(
        @Key @Required PostId id,
        @Required @Searchable @MaxLength(300) String label,
        @References(State.class) StateCode state,
        @References(Confederation.class) ConfederationCode confederation,
        List<Citation> sources,
        List<Dispute> disputes) implements ConfedRecord {

    /**
     * Checks every field and keeps unmodifiable copies of the lists.
     *
     * @param id            the key
     * @param label         what the post is called, at most 300 characters
     * @param state         the state whose post it is; {@code null} for none
     * @param confederation the body whose post it is; {@code null} for none
     * @param sources       where this was reported; {@code null} for none
     * @param disputes      other values for its fields; {@code null} for none
     * @throws InvalidFieldException naming the first field that breaks its rule
     */
    public Post {
        Checks.required(id, "post.id");
        label = Checks.requiredText(label, "post.label", 300);
        sources = Checks.distinctList(sources, "post.sources");
        disputes = Checks.disputes(disputes, "post", Post.class);
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code post} and the id
     */
    @Override
    public RecordKey key() {
        return RecordKey.of(Post.class, id);
    }
}
