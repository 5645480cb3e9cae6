package org.confed.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Function;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordEncoding;
import org.confed.domain.port.StoreUnavailableException;
import org.confed.domain.port.WriteSession;
import org.confed.persistence.StoreSession.ChangeSet;
import org.confed.persistence.VersionStatements.LastChangeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * How a write goes: the store's write turn, one transaction, the change set (the last one's id plus one) and its
 * instant (now, or a microsecond after the last write's if the clock says otherwise, so instants grow with change
 * sets, across processes too), then the work with its session; all of it committed when the work returns, none when
 * it throws.
 *
 * <p>Only the steps before the work are tried again when the database rolls them back for another transaction (a
 * deadlock, a serialization failure): the work may read a stream that cannot be read twice. A write that fails so
 * later is reported as busy, to be tried again by whoever made it.
 */
final class WritePath {
    private static final int MAX_ATTEMPTS = 3;

    private final Connections connections;
    private final RecordEncoding encoding;
    private final WriteTurn turn;
    private final Clock clock;
    private final int chunkSize;
    private final long termBytes;
    /** Set once a write found rows: none is ever deleted, so later writes need not ask whether the store is empty. */
    private volatile boolean holdsRows;

    /** The terms a write holds back are bounded by {@code termBytes} ({@link TermBuffer}). */
    WritePath(Connections connections, RecordEncoding encoding, Clock clock, int chunkSize, long termBytes) {
        this.termBytes = termBytes;
        this.connections = connections;
        this.encoding = encoding;
        this.turn = WriteTurn.of(connections.location());
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    <T> T transact(Actor actor, Function<WriteSession, T> work) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(work, "work");
        connections.requireOpen();
        StoreLocation location = connections.location();
        if (location.readOnlyBecause() != null) {
            throw new StoreUnavailableException("cannot write " + location.location() + ": " + location.readOnlyBecause(), null);
        }
        return turn.around(() -> {
            boolean deferIndexes = location.isH2() && dropIndexesIfEmpty(location);
            try {
                return attempt(actor, work, location);
            } finally {
                if (deferIndexes) {
                    DeferredIndexes.build(connections.jdbi());
                }
            }
        });
    }

    /** Before a first write into an empty H2 store: {@link DeferredIndexes}. */
    private boolean dropIndexesIfEmpty(StoreLocation location) {
        if (holdsRows) {
            return false;
        }
        try {
            return connections.jdbi().withHandle(handle -> {
                boolean empty = handle.attach(VersionStatements.class).lastSeq() == 0;
                if (empty) {
                    DeferredIndexes.drop(handle);
                } else {
                    holdsRows = true;
                }
                return empty;
            });
        } catch (JdbiException e) {
            throw Failures.during(location, e);
        }
    }

    private <T> T attempt(Actor actor, Function<WriteSession, T> work, StoreLocation location) {
        for (int attempt = 1; ; attempt++) {
            boolean[] started = {false};
            try {
                return connections.jdbi().inTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> {
                    StoreSession session = begin(handle, actor);
                    started[0] = true;
                    try {
                        T result = work.apply(session);
                        session.flushTerms();
                        return result;
                    } finally {
                        session.discardTerms();
                    }
                });
            } catch (JdbiException e) {
                if (started[0] || !Failures.isTransient(e) || attempt == MAX_ATTEMPTS) {
                    throw Failures.during(location, e);
                }
            }
        }
    }

    /** Takes the turn (where the database holds it), then numbers and dates the write. */
    private StoreSession begin(Handle handle, Actor actor) {
        turn.enter(handle);
        VersionStatements statements = handle.attach(VersionStatements.class);
        // micros: what both databases keep of a timestamp, so the instant read back is the instant written
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        ChangeSet changeSet = statements.lastChangeSet()
                .map(last -> new ChangeSet(last.id() + 1, later(now, last), actor.name()))
                .orElseGet(() -> new ChangeSet(1, now, actor.name()));
        RowWriter rows = connections.location() instanceof StoreLocation.Postgres ? new CopyRows(handle) : new BatchRows(handle);
        return new StoreSession(handle, rows, encoding, changeSet,
                statements.lastSeq() + 1, chunkSize, termBytes);
    }

    private static OffsetDateTime later(OffsetDateTime now, LastChangeSet last) {
        OffsetDateTime next = last.committedAt().withOffsetSameInstant(ZoneOffset.UTC).plus(1, ChronoUnit.MICROS);
        return now.isBefore(next) ? next : now;
    }
}
