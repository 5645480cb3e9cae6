package org.confed.application.format;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.StateCode;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Registry;
import org.confed.domain.port.Versioned;
import org.confed.domain.port.WriteReport;
import org.confed.domain.query.PresidencyTerm;

/** A registry that passes everything to another; tests override what they watch or change. */
class DelegatingRegistry implements Registry {
    protected final Registry delegate;

    DelegatingRegistry(Registry delegate) {
        this.delegate = delegate;
    }

    @Override
    public <R extends ConfedRecord> Optional<Versioned<R>> find(Class<R> type, RecordKey key) {
        return delegate.find(type, key);
    }

    @Override
    public <R extends ConfedRecord> List<Versioned<R>> list(Class<R> type, RecordKey after, int limit) {
        return delegate.list(type, after, limit);
    }

    @Override
    public long count(Class<? extends ConfedRecord> type) {
        return delegate.count(type);
    }

    @Override
    public WriteReport write(Iterable<RecordWrite> writes, Actor actor) {
        return delegate.write(writes, actor);
    }

    @Override
    public <R extends ConfedRecord> Versioned<R> put(R record, Long expectedVersion, Actor actor) {
        return delegate.put(record, expectedVersion, actor);
    }

    @Override
    public Set<RecordKey> existing(Collection<RecordKey> keys) {
        return delegate.existing(keys);
    }

    @Override
    public Optional<Confederation> confederation(ConfederationCode code) {
        return delegate.confederation(code);
    }

    @Override
    public List<Membership> memberships(ConfederationCode confederation) {
        return delegate.memberships(confederation);
    }

    @Override
    public List<RotatingPresidency> presidencies(ConfederationCode confederation) {
        return delegate.presidencies(confederation);
    }

    @Override
    public Optional<ActionPlan> plan(PlanId plan) {
        return delegate.plan(plan);
    }

    @Override
    public List<PlanEvent> planEvents(PlanId plan) {
        return delegate.planEvents(plan);
    }

    @Override
    public List<Membership> membersOn(ConfederationCode confederation, LocalDate day) {
        return delegate.membersOn(confederation, day);
    }

    @Override
    public Optional<PresidencyTerm> presidencyOn(ConfederationCode confederation, LocalDate day) {
        return delegate.presidencyOn(confederation, day);
    }

    @Override
    public List<PresidencyTerm> presidencyTerms(ConfederationCode confederation) {
        return delegate.presidencyTerms(confederation);
    }

    @Override
    public List<OfficeTerm> officeHoldersOn(String office, StateCode state, LocalDate day) {
        return delegate.officeHoldersOn(office, state, day);
    }

    @Override
    public Optional<PlanEvent> planStatusOn(PlanId plan, LocalDate day) {
        return delegate.planStatusOn(plan, day);
    }

    @Override
    public List<OfficeTerm> officeTermsOf(PersonId person) {
        return delegate.officeTermsOf(person);
    }

    @Override
    public List<RotatingPresidency> presidenciesHeldBy(PersonId person) {
        return delegate.presidenciesHeldBy(person);
    }

    @Override
    public Page<Meeting> searchMeetings(MeetingQuery query) {
        return delegate.searchMeetings(query);
    }

    @Override
    public List<ChangeEntry> changes(long afterSequence, int limit) {
        return delegate.changes(afterSequence, limit);
    }

    @Override
    public List<ChangeEntry> changesOf(RecordKey key) {
        return delegate.changesOf(key);
    }
}
