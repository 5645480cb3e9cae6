package org.confed.domain.query;

import java.time.LocalDate;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.StateCode;

/**
 * A presidency term that the rotation and the term length predict; nobody holds it yet.
 *
 * @param confederation the confederation
 * @param state         the state whose turn it will be
 * @param firstDay      its first day
 * @param lastDay       its last day, inclusive
 */
public record ForecastTerm(ConfederationCode confederation, StateCode state, LocalDate firstDay, LocalDate lastDay) {
}
