package io.interdict.store.audit;

import io.interdict.core.screen.Decision;
import io.interdict.core.tx.Transaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Records a stream of decisions (a batch file, a stream consumer) in batches: one database transaction
 * per {@code batchSize} decisions keeps SQLite and PostgreSQL fast, and a process killed mid-way loses
 * at most the uncommitted batch, which a restart screens and stores again (stored keys are skipped).
 */
public final class Recorder implements AutoCloseable {
    private final AuditLog log;
    private final AuditLog.Context context;
    private final int batchSize;
    private final List<AuditLog.Entry> pending = new ArrayList<>();
    private long stored;
    private long skipped;

    public Recorder(AuditLog log, AuditLog.Context context, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.log = log;
        this.context = context;
        this.batchSize = batchSize;
    }

    public void add(Transaction tx, Decision d) {
        add(new AuditLog.Entry(tx.id(), tx, d));
    }

    /**
     * A decision on unreadable input. Its key is the transaction id when one could be read, else a hash
     * of the error (which names the line), so a restarted batch over the same file stores it once.
     */
    public void addError(String id, Decision d) {
        add(new AuditLog.Entry("error:" + (id != null ? id : sha256(d.error())), null, d));
    }

    private void add(AuditLog.Entry e) {
        pending.add(e);
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        AuditLog.Appended a = log.append(pending, context);
        stored += a.seqs().size();
        skipped += a.skipped();
        pending.clear();
    }

    public long stored() {
        return stored;
    }

    /** Decisions not stored because their transaction was already recorded (a resumed or repeated batch). */
    public long skipped() {
        return skipped;
    }

    @Override
    public void close() {
        flush();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
