package org.confed.application.importing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.Registry;
import org.confed.domain.port.Versioned;
import org.confed.domain.port.WriteSession;

/** A registry that passes everything to another; tests override what they watch or change. */
class DelegatingRegistry implements Registry {
    protected final Registry delegate;

    DelegatingRegistry(Registry delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T> T transact(Actor actor, Function<WriteSession, T> work) {
        return delegate.transact(actor, work);
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
    public Page<Meeting> searchMeetings(MeetingQuery query) {
        return delegate.searchMeetings(query);
    }

    @Override
    public Set<RecordKey> existing(Collection<RecordKey> keys) {
        return delegate.existing(keys);
    }

    @Override
    public <R extends ConfedRecord> List<R> referring(Class<R> type, RecordKey target) {
        return delegate.referring(type, target);
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
