package org.confed.application.asking;

import java.util.List;
import org.confed.domain.model.Confederation;
import org.confed.domain.query.ForecastTerm;

/**
 * The next presidency terms of a confederation, from its rotation and term length.
 *
 * @param confederation the confederation
 * @param terms         the terms, soonest first
 */
public record ForecastAnswer(Confederation confederation, List<ForecastTerm> terms) {
    /**
     * Keeps an unmodifiable copy of the terms.
     *
     * @param confederation the confederation
     * @param terms         the terms
     */
    public ForecastAnswer {
        terms = List.copyOf(terms);
    }
}
