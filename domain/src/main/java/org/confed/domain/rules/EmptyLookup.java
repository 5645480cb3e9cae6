package org.confed.domain.rules;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Membership;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;

enum EmptyLookup implements RecordLookup {
    INSTANCE;

    @Override
    public Set<RecordKey> existing(Collection<RecordKey> keys) {
        return Set.of();
    }

    @Override
    public Optional<Confederation> confederation(ConfederationCode code) {
        return Optional.empty();
    }

    @Override
    public List<Membership> memberships(ConfederationCode confederation) {
        return List.of();
    }

    @Override
    public List<RotatingPresidency> presidencies(ConfederationCode confederation) {
        return List.of();
    }

    @Override
    public Optional<ActionPlan> plan(PlanId plan) {
        return Optional.empty();
    }

    @Override
    public List<PlanEvent> planEvents(PlanId plan) {
        return List.of();
    }
}
