package org.confed.domain.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.confed.domain.model.ConfedException;

/** A write refused because it would break rules that span records. Nothing of that write was kept. */
public final class RuleViolationException extends ConfedException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rule violation names at least one broken rule");
        }
        this.violations = List.copyOf(violations);
    }

    /** Every broken rule, at least one. */
    public List<Violation> violations() {
        return violations;
    }
}
