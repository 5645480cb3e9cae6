package org.confed.domain.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.confed.domain.model.ConfedException;

/** A write refused because it would break rules that span records. Nothing of that write was kept. */
public final class RuleViolationException extends ConfedException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * A refusal naming every broken rule; the message joins them with {@code ; }.
     *
     * @param violations the broken rules, at least one
     * @throws IllegalArgumentException when {@code violations} is empty
     * @throws NullPointerException     when {@code violations} or one of them is {@code null}
     */
    public RuleViolationException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rule violation names at least one broken rule");
        }
        this.violations = List.copyOf(violations);
    }

    /**
     * Every broken rule.
     *
     * @return the violations, at least one ({@code null} in a deserialized copy: the list is not serialized)
     */
    public List<Violation> violations() {
        return violations;
    }
}
