/**
 * The rules that span records: memberships and presidency terms that must not overlap, a presiding state that
 * must be a member, plan moves that follow the state machine, pillars and references that must resolve.
 * {@link org.confed.domain.rules.Consistency} checks them against what a
 * {@link org.confed.domain.rules.RecordLookup} says is stored.
 */
package org.confed.domain.rules;
