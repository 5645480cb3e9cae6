package org.confed.application.json;

import java.util.List;
import java.util.stream.Collectors;

/** A record that could not be read: every problem found with it, each naming its field. */
public final class InvalidRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidRecordException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid record has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidRecordException(FieldProblem problem) {
        this(List.of(problem));
    }

    /** At least one. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
