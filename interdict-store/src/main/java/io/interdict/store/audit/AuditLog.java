package io.interdict.store.audit;

import io.interdict.core.json.DecisionJson;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Outcome;
import io.interdict.core.tx.Transaction;
import io.interdict.store.db.Database;
import io.interdict.store.db.StoreException;
import io.interdict.store.review.Alerts;
import io.interdict.store.review.ReviewChain;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The append-only, hash-chained log of decisions. Appends are serialised by locking the chain's head
 * row first, so concurrent writers (two batches, the server) still produce one gap-free chain.
 * Nothing here updates or deletes a decision.
 */
public final class AuditLog {
    /** Who decided, how, and with which engine. */
    public record Context(String caller, String channel, String engineVersion, String algorithm) {
    }

    /**
     * One decision to store.
     *
     * @param txKey the idempotence key: the transaction id, or for unreadable input a key derived from it
     * @param tx    the transaction screened, null when the input could not be read
     */
    public record Entry(String txKey, Transaction tx, Decision decision) {
        public static Entry of(Transaction tx, Decision d) {
            return new Entry(tx.id(), tx, d);
        }
    }

    /**
     * What an append did: the keys stored with their seqs (same order), the alerts opened, and how many
     * entries were skipped as already stored.
     */
    public record Appended(List<String> keys, List<Long> seqs, List<Long> alerts, int skipped) {
    }

    private static final int IN_CHUNK = 500;

    private final Database db;
    private final Clock clock;

    public AuditLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Database database() {
        return db;
    }

    public Appended append(List<Entry> entries, Context ctx) {
        return db.tx(c -> append(c, entries, ctx, "screen"));
    }

    /**
     * Appends inside the caller's transaction, skipping keys already stored (and repeats within the
     * batch), and opens an alert for every stored REVIEW or BLOCK in the same transaction, so a crash
     * can never leave a decision without its alert.
     */
    public Appended append(Connection c, List<Entry> entries, Context ctx, String alertOrigin) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("UPDATE audit_head SET seq = seq WHERE id = 1")) {
            lock.executeUpdate();
        }
        long seq;
        String prev;
        try (PreparedStatement q = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
            prev = rs.getString(2);
        }
        Set<String> seen = existing(c, entries);
        String at = Instant.now(clock).toString();
        List<Long> seqs = new ArrayList<>();
        List<Entry> stored = new ArrayList<>();
        int skipped = 0;
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO decisions (seq, tx_key, recorded_at, caller, channel, "
                + "outcome, snapshot, engine_version, algorithm, input, decision, prev_hash, hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Entry e : entries) {
                if (!seen.add(e.txKey())) {
                    skipped++;
                    continue;
                }
                seq++;
                String input = e.tx() == null ? "{}" : TransactionJson.write(e.tx());
                String decision = DecisionJson.toJson(e.decision());
                String outcome = e.decision().outcome().name();
                String hash = AuditRecord.chain(prev, AuditRecord.canonical(seq, e.txKey(), at, ctx.caller(), ctx.channel(),
                        outcome, e.decision().snapshot(), ctx.engineVersion(), ctx.algorithm(), input, decision));
                int i = 1;
                ins.setLong(i++, seq);
                ins.setString(i++, e.txKey());
                ins.setString(i++, at);
                ins.setString(i++, ctx.caller());
                ins.setString(i++, ctx.channel());
                ins.setString(i++, outcome);
                ins.setString(i++, e.decision().snapshot());
                ins.setString(i++, ctx.engineVersion());
                ins.setString(i++, ctx.algorithm());
                ins.setString(i++, input);
                ins.setString(i++, decision);
                ins.setString(i++, prev);
                ins.setString(i, hash);
                ins.addBatch();
                prev = hash;
                seqs.add(seq);
                stored.add(e);
            }
            ins.executeBatch();
        }
        List<Long> alerts = new ArrayList<>();
        for (int k = 0; k < stored.size(); k++) {
            Outcome o = stored.get(k).decision().outcome();
            if (o == Outcome.REVIEW || o == Outcome.BLOCK) {
                alerts.add(Alerts.open(c, seqs.get(k), stored.get(k).txKey(), o, alertOrigin, at));
            }
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
            up.setLong(1, seq);
            up.setString(2, prev);
            up.executeUpdate();
        }
        return new Appended(stored.stream().map(Entry::txKey).toList(), List.copyOf(seqs), List.copyOf(alerts), skipped);
    }

    /** A stored decision by its seq (the decision id) or, failing that, by transaction id. */
    public Optional<AuditRecord> find(String idOrTx) {
        return db.read(c -> {
            if (idOrTx.matches("\\d{1,18}")) {
                Optional<AuditRecord> r = one(c, "seq = ?", Long.parseLong(idOrTx));
                if (r.isPresent()) {
                    return r;
                }
            }
            return one(c, "tx_key = ?", idOrTx);
        });
    }

    public Optional<AuditRecord> byTxKey(String txKey) {
        return db.read(c -> one(c, "tx_key = ?", txKey));
    }

    public Optional<AuditRecord> bySeq(long seq) {
        return db.read(c -> one(c, "seq = ?", seq));
    }

    private static final String COLUMNS = "seq, tx_key, recorded_at, caller, channel, outcome, snapshot, engine_version, "
            + "algorithm, input, decision, prev_hash, hash";

    private static Optional<AuditRecord> one(Connection c, String where, Object arg) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM decisions WHERE " + where)) {
            q.setObject(1, arg);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static AuditRecord row(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13));
    }

    public long count() {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM decisions"); ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Streams every record in chain order. */
    public void forEach(Consumer<AuditRecord> each) {
        db.read(c -> {
            forEach(c, each);
            return null;
        });
    }

    private static void forEach(Connection c, Consumer<AuditRecord> each) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM decisions ORDER BY seq")) {
            q.setFetchSize(1000);    // PostgreSQL streams with a cursor instead of loading every row
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    each.accept(row(rs));
                }
            }
        }
    }

    /**
     * The outcome of {@link #verify()}: decision records checked and the last one's hash, review events
     * checked and the last one's id and hash, and every problem found (empty = intact).
     */
    public record Verification(long checked, String headHash, long reviewEvents, long reviewHead, String reviewHeadHash,
                               List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }

        /** The anchor to export for this verified state. */
        public Anchor anchor() {
            return new Anchor(checked, headHash, reviewHead, reviewHeadHash);
        }
    }

    private static final int MAX_PROBLEMS = 100;

    /**
     * Recomputes the chains from the genesis value. An edited record fails its own hash; a deleted one
     * leaves a gap in seq and a broken prev_hash link; records deleted from the end disagree with the
     * head row. Alerts and their review are checked through their own chain ({@link ReviewChain}).
     * Stops listing after 100 problems.
     */
    public Verification verify() {
        return verify(null, seq -> { });
    }

    /**
     * {@link #verify()}, and proves that the chains still hold the records of {@code anchor} unchanged:
     * rewriting or cutting the log and then fixing the head rows (which verify alone cannot tell from a
     * log that was never longer) is caught, as long as the anchor was kept outside the store.
     */
    public Verification verify(Anchor anchor) {
        return verify(anchor, seq -> { });
    }

    /** {@link #verify()}, calling {@code onRecord} after each record checked (tests interleave writers there). */
    Verification verify(java.util.function.LongConsumer onRecord) {
        return verify(null, onRecord);
    }

    private Verification verify(Anchor anchor, java.util.function.LongConsumer onRecord) {
        // One snapshot for the heads and the whole chains: a batch committing meanwhile is simply not
        // seen, rather than reported as records "deleted from the end".
        return db.read(c -> verify(c, anchor, onRecord));
    }

    private static Verification verify(Connection c, Anchor anchor, java.util.function.LongConsumer onRecord) throws SQLException {
        long head;
        String headHash;
        try (PreparedStatement q = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            head = rs.getLong(1);
            headHash = rs.getString(2);
        }
        List<String> problems = new ArrayList<>();
        long[] last = {0};
        String[] prev = {AuditRecord.GENESIS};
        forEach(c, r -> {
            if (anchor != null && r.seq() == anchor.decisionSeq() && !r.hash().equals(anchor.decisionHash())) {
                problems.add(0, "record " + r.seq() + " (" + r.txKey() + ") differs from the anchor: the log was rewritten "
                        + "up to or before it");
            }
            if (problems.size() >= MAX_PROBLEMS) {
                return;
            }
            if (r.seq() != last[0] + 1) {
                problems.add("record(s) " + (last[0] + 1) + ".." + (r.seq() - 1) + " missing before " + r.seq());
            }
            if (!r.prevHash().equals(prev[0])) {
                problems.add("record " + r.seq() + " (" + r.txKey() + "): link to the previous record broken");
            }
            if (!r.hash().equals(r.expectedHash())) {
                problems.add("record " + r.seq() + " (" + r.txKey() + "): content does not match its hash (edited)");
            }
            last[0] = r.seq();
            prev[0] = r.hash();
            onRecord.accept(r.seq());
        });
        if (head != last[0] || !headHash.equals(prev[0])) {
            problems.add("chain ends at record " + last[0] + " but the head says " + head
                    + " (records deleted from the end, or the head edited)");
        }
        if (anchor != null && last[0] < anchor.decisionSeq()) {
            problems.add(0, "chain ends at record " + last[0] + " but the anchor holds record " + anchor.decisionSeq()
                    + ": records were cut from the end");
        }
        ReviewChain.Result reviews = ReviewChain.verify(c, anchor == null ? null : anchor.reviewEvent(),
                anchor == null ? null : anchor.reviewHash(), Math.max(0, MAX_PROBLEMS - problems.size()));
        problems.addAll(reviews.problems());
        return new Verification(last[0], prev[0], reviews.checked(), reviews.lastId(), reviews.lastHash(), List.copyOf(problems));
    }

    private static Set<String> existing(Connection c, List<Entry> entries) throws SQLException {
        Set<String> found = new HashSet<>();
        for (int from = 0; from < entries.size(); from += IN_CHUNK) {
            List<Entry> part = entries.subList(from, Math.min(entries.size(), from + IN_CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            try (PreparedStatement q = c.prepareStatement("SELECT tx_key FROM decisions WHERE tx_key IN (" + marks + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    q.setString(i + 1, part.get(i).txKey());
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The stored input and seq of each of {@code keys} that is already recorded (absent keys are not in
     * the map): what a repeated transaction id is compared with, so that a different transaction under
     * a reused id is never skipped as "already stored".
     */
    public Map<String, AuditRecord> storedByKey(java.util.Collection<String> keys) {
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(keys));
        return db.tx(c -> {
            Map<String, AuditRecord> found = new java.util.HashMap<>();
            for (int from = 0; from < all.size(); from += IN_CHUNK) {
                List<String> part = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
                String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
                try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM decisions WHERE tx_key IN (" + marks + ")")) {
                    for (int i = 0; i < part.size(); i++) {
                        q.setString(i + 1, part.get(i));
                    }
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            AuditRecord r = row(rs);
                            found.put(r.txKey(), r);
                        }
                    }
                }
            }
            return found;
        });
    }
}
