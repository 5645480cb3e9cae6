package org.confed.application.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The problems an import found, kept up to a limit and counted beyond it, listed in input order. */
final class Problems {
    private final int limit;
    private final Map<String, Integer> inputOrder;
    private final List<ImportProblem> kept = new ArrayList<>();
    private long count;

    /**
     * An empty list.
     *
     * @param limit      how many problems to keep
     * @param inputOrder each input's name with its position among the inputs, to sort by
     */
    Problems(int limit, Map<String, Integer> inputOrder) {
        this.limit = limit;
        this.inputOrder = inputOrder;
    }

    void add(Place place, String field, String message) {
        count++;
        if (kept.size() < limit) {
            kept.add(new ImportProblem(place.source(), place.line(), field, message));
        }
    }

    boolean any() {
        return count > 0;
    }

    boolean truncated() {
        return count > kept.size();
    }

    List<ImportProblem> listed() {
        return kept.stream()
                .sorted(Comparator.comparing((ImportProblem problem) -> inputOrder.getOrDefault(problem.source(), Integer.MAX_VALUE))
                        .thenComparingLong(ImportProblem::line))
                .toList();
    }
}
