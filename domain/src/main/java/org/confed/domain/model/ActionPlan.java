package org.confed.domain.model;

import java.util.List;
import org.confed.domain.meta.Key;
import org.confed.domain.meta.MaxLength;
import org.confed.domain.meta.RecordType;
import org.confed.domain.meta.References;
import org.confed.domain.meta.Required;

/**
 * A plan of action under one pillar of a confederation. Its history is a list of {@link PlanEvent}s.
 *
 * @param id            the key
 * @param confederation whose plan it is
 * @param pillar        the pillar it serves; one of the confederation's pillars when it lists any
 * @param title         its title
 * @param objectives    what it sets out to do
 * @param author        who drew it up ({@code comité d'experts})
 * @param sources       where this was reported
 * @param disputes other values for its fields, as other sources report them
 */
@RecordType(value = "action_plan", plural = "action_plans")
public record ActionPlan(
        @Key @Required PlanId id,
        @Required @References(Confederation.class) ConfederationCode confederation,
        @Required PillarCode pillar,
        @Required @MaxLength(1000) String title,
        @MaxLength(2000) List<String> objectives,
        @MaxLength(300) String author,
        List<Citation> sources,
        List<Dispute> disputes) implements ConfedRecord {

    /**
     * Checks every field and keeps unmodifiable copies of the lists.
     *
     * @param id            the key
     * @param confederation whose plan it is
     * @param pillar        the pillar it serves
     * @param title         its title, at most 1000 characters
     * @param objectives    what it sets out to do, each at most 2000 characters; {@code null} for none
     * @param author        who drew it up, at most 300 characters; {@code null} when unknown
     * @param sources       where this was reported; {@code null} for none
     * @param disputes other values for its fields; {@code null} for none
     * @throws InvalidFieldException naming the first field that breaks its rule: a required field
     *                               absent, a text blank, too long or holding a control character, or a list item
     *                               empty or repeated
     */
    public ActionPlan {
        Checks.required(id, "action_plan.id");
        Checks.required(confederation, "action_plan.confederation");
        Checks.required(pillar, "action_plan.pillar");
        title = Checks.requiredText(title, "action_plan.title", 1000);
        objectives = Checks.texts(objectives, "action_plan.objectives", 2000);
        author = Checks.text(author, "action_plan.author", 300);
        sources = Checks.distinctList(sources, "action_plan.sources");
        disputes = Checks.disputes(disputes, "action_plan", ActionPlan.class);
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code action_plan} and the id
     */
    @Override
    public RecordKey key() {
        return RecordKey.of(ActionPlan.class, id);
    }
}
