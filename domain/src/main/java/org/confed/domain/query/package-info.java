/**
 * Answers computed from records, as pure functions: who presided on a day and who presides next
 * ({@link org.confed.domain.query.PresidencyHistory}), who was a member or held an office
 * ({@link org.confed.domain.query.MemberRoll}), where a plan stood ({@link org.confed.domain.query.PlanHistory}),
 * and every dated fact in order ({@link org.confed.domain.query.Timeline}).
 */
package org.confed.domain.query;
