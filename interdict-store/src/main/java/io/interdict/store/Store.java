package io.interdict.store;

import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Screener;
import io.interdict.core.tx.Transaction;
import io.interdict.store.audit.AuditLog;
import io.interdict.store.db.Database;
import io.interdict.store.monitor.MonitorRegistry;
import io.interdict.store.review.ReviewService;
import io.interdict.store.snapshot.SnapshotArchive;
import io.interdict.store.suppress.SuppressingScreener;
import io.interdict.store.suppress.SuppressionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The store's services over one database, for adapters (HTTP server, stream consumer) that record
 * decisions one at a time. Batch callers use {@link io.interdict.store.audit.Recorder} instead.
 */
public final class Store {
    private final Database db;
    private final Clock clock;

    public Store(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Database database() {
        return db;
    }

    public AuditLog audit() {
        return new AuditLog(db, clock);
    }

    public ReviewService review() {
        return new ReviewService(db, clock);
    }

    public SuppressionService suppressions() {
        return new SuppressionService(db, clock);
    }

    public MonitorRegistry monitor() {
        return new MonitorRegistry(db, clock);
    }

    public SnapshotArchive snapshots() {
        return new SnapshotArchive(db, clock);
    }

    /** The screener honouring today's active suppressions (rebuild it when suppressions change). */
    public SuppressingScreener suppressing(Screener screener) {
        return new SuppressingScreener(screener, suppressions().list(true), LocalDate.now(clock));
    }

    /**
     * Records one decision (idempotent by transaction id) and returns its decision id, or the id of the
     * decision already stored for this transaction. Register the screener's snapshot once at start-up
     * with {@code snapshots().register(snapshot, retain)}.
     */
    public long record(Transaction tx, Decision d, String caller, String channel, String engineVersion, String algorithm) {
        AuditLog log = audit();
        AuditLog.Appended a = log.append(List.of(AuditLog.Entry.of(tx, d)),
                new AuditLog.Context(caller, channel, engineVersion, algorithm));
        return a.seqs().isEmpty() ? log.byTxKey(tx.id()).orElseThrow().seq() : a.seqs().get(0);
    }
}
