package io.interdict.store.monitor;

import io.interdict.core.match.PartyMatcher;
import io.interdict.core.measure.Measure;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Hit;
import io.interdict.core.screen.MeasureStatus;
import io.interdict.core.screen.Outcome;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.store.audit.AuditLog;
import io.interdict.store.db.Database;
import io.interdict.store.review.Alerts;
import io.interdict.store.snapshot.SnapshotArchive;
import io.interdict.store.suppress.SuppressingScreener;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Continuous rescreening of the monitored counterparties when the active snapshot or the date moves.
 *
 * <p>Only what the change can affect is rescreened. A list delta (entities added, changed, removed)
 * selects the parties whose last hits were on changed or removed entities (the hit index) plus the
 * parties that the configured matching algorithm, run over just the added and changed entities, finds
 * (a small index, so a million parties cost a scan, not a million full screenings). A date move selects
 * the parties with hits on measures whose clause statuses differ between the two dates. Changes this
 * cannot bound (measures or relations edited, a measure newly applicable, the previous snapshot not
 * retained, a delta above the limit) fall back to a full rescreen, and the result says why.
 *
 * <p>Every changed outcome is recorded in the audit trail (channel {@code rescreen}, key
 * {@code rescreen:PARTY:SNAPSHOT:DATE}, so a repeated run stores nothing twice) and opens an alert.
 */
public final class Rescreener {
    private static final int PAGE = 2000;

    /** What a run did. {@code mode}: full, delta or none. */
    public record Result(String mode, String reason, long parties, long candidates, long changed, List<Long> alerts,
                         String snapshot, LocalDate asOf, double seconds) {
    }

    private final Database db;
    private final Clock clock;
    private final AuditLog log;
    private final SnapshotArchive archive;
    private final AuditLog.Context context;
    private final int maxDelta;

    /** {@code maxDelta}: above this many changed entities, a full rescreen is cheaper than the delta path. */
    public Rescreener(Database db, Clock clock, AuditLog.Context context, int maxDelta) {
        this.db = db;
        this.clock = clock;
        this.log = new AuditLog(db, clock);
        this.archive = new SnapshotArchive(db, clock);
        this.context = context;
        this.maxDelta = maxDelta;
    }

    private record State(String snapshot, LocalDate asOf) {
    }

    /** The plan: full, or the entity ids, measure ids and delta matcher that select candidates. */
    private record Plan(String mode, String reason, Set<String> entities, Set<String> measures, PartyMatcher deltaMatcher) {
    }

    public Result run(SuppressingScreener screener, LocalDate asOf, boolean forceFull) {
        long start = System.nanoTime();
        Snapshot now = screener.base().snapshot();
        // The current snapshot must be retained so that the next run can compute its delta from it.
        archive.register(now, true);
        Plan plan = plan(screener, now, asOf, forceFull);
        long[] counts = new long[3];
        List<Long> alerts = new ArrayList<>();
        Set<String> fromIndex = plan.mode().equals("full") ? Set.of() : indexed(plan.entities(), plan.measures());
        String after = null;
        while (true) {
            List<MonitorRegistry.Row> page = pageOf(after);
            if (page.isEmpty()) {
                break;
            }
            after = page.get(page.size() - 1).party().id();
            counts[0] += page.size();
            List<MonitorRegistry.Row> candidates = new ArrayList<>();
            for (MonitorRegistry.Row r : page) {
                if (plan.mode().equals("full") || r.lastSnapshot() == null || fromIndex.contains(r.party().id())
                        || (plan.deltaMatcher() != null && !plan.deltaMatcher().match(r.party().party()).isEmpty())) {
                    candidates.add(r);
                }
            }
            counts[1] += candidates.size();
            if (!candidates.isEmpty()) {
                counts[2] += rescreen(candidates, screener, now, asOf, alerts);
            }
        }
        saveState(now.hash(), asOf);
        return new Result(plan.mode(), plan.reason(), counts[0], counts[1], counts[2], alerts, now.hash(), asOf,
                (System.nanoTime() - start) / 1e9);
    }

    private List<MonitorRegistry.Row> pageOf(String after) {
        return db.tx(c -> MonitorRegistry.page(c, after, PAGE));
    }

    private Plan plan(SuppressingScreener screener, Snapshot now, LocalDate asOf, boolean forceFull) {
        Optional<State> st = state();
        if (forceFull) {
            return full("full rescreen requested");
        }
        if (st.isEmpty()) {
            return full("first rescreen: no earlier state");
        }
        Set<String> entities = new HashSet<>();
        Set<String> measures = new HashSet<>();
        PartyMatcher deltaMatcher = null;
        List<String> why = new ArrayList<>();
        if (!st.get().snapshot().equals(now.hash())) {
            Optional<Snapshot> before = archive.load(st.get().snapshot());
            if (before.isEmpty()) {
                return full("the previous snapshot " + st.get().snapshot() + " is not retained, so its delta cannot be computed");
            }
            DeltaScope scope = DeltaScope.of(SnapshotDelta.between(before.get(), now), now, screener.base(), maxDelta);
            if (scope.full()) {
                return full(scope.reason());
            }
            entities.addAll(scope.hitEntities());
            deltaMatcher = scope.deltaMatcher();
            why.add(scope.reason());
        }
        LocalDate before = st.get().asOf();
        if (!before.equals(asOf)) {
            for (Measure m : now.measures()) {
                MeasureStatus a = MeasureStatus.of(m, before, null);
                MeasureStatus b = MeasureStatus.of(m, asOf, null);
                if (!a.clauses().equals(b.clauses())) {
                    for (int i = 0; i < a.clauses().size(); i++) {
                        if (absent(a.clauses().get(i).status()) && !absent(b.clauses().get(i).status())) {
                            return full("measure " + m.id() + " clause " + a.clauses().get(i).id() + " applies from a date in ("
                                    + before + ", " + asOf + "]");
                        }
                    }
                    measures.add(m.id());
                }
            }
            why.add("date " + before + " -> " + asOf + ": status changed for " + (measures.isEmpty() ? "no measure" : new TreeSet<>(measures)));
        }
        return new Plan(why.isEmpty() ? "none" : "delta", why.isEmpty() ? "nothing changed; only new parties" : String.join("; ", why),
                entities, measures, deltaMatcher);
    }

    private static boolean absent(String status) {
        return status.startsWith("not_signed") || status.startsWith("no_longer_applies");
    }

    private static Plan full(String reason) {
        return new Plan("full", reason, Set.of(), Set.of(), null);
    }

    private Set<String> indexed(Set<String> entities, Set<String> measures) {
        return db.tx(c -> {
            Set<String> out = new HashSet<>();
            collect(c, "entity", entities, out);
            collect(c, "measure", measures, out);
            return out;
        });
    }

    private static void collect(Connection c, String column, Set<String> values, Set<String> out) throws SQLException {
        List<String> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> part = all.subList(from, Math.min(all.size(), from + 500));
            try (PreparedStatement q = c.prepareStatement("SELECT DISTINCT party_id FROM monitor_hits WHERE " + column + " IN ("
                    + String.join(",", Collections.nCopies(part.size(), "?")) + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    q.setString(i + 1, part.get(i));
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
    }

    /** Rescreens one page of candidates in one transaction; returns how many changed outcome. */
    private long rescreen(List<MonitorRegistry.Row> rows, SuppressingScreener screener, Snapshot now, LocalDate asOf,
                          List<Long> alerts) {
        Map<String, Decision> decisions = new HashMap<>();
        List<AuditLog.Entry> changed = new ArrayList<>();
        Set<String> toAllow = new LinkedHashSet<>();
        String snap = now.hash().substring(now.hash().indexOf(':') + 1, Math.min(now.hash().length(), now.hash().indexOf(':') + 17));
        for (MonitorRegistry.Row r : rows) {
            var tx = r.party().asTransaction(asOf);
            Decision d = screener.screen(tx);
            decisions.put(r.party().id(), d);
            boolean flagged = d.outcome() == Outcome.REVIEW || d.outcome() == Outcome.BLOCK;
            boolean isChange = r.lastOutcome() == null ? flagged : !r.lastOutcome().equals(d.outcome().name());
            if (isChange) {
                String key = "rescreen:" + r.party().id() + ":" + snap + ":" + asOf;
                changed.add(new AuditLog.Entry(key, tx, d));
                if (!flagged) {
                    toAllow.add(key);    // cleared (e.g. delisted): still an alert, so someone lifts the block
                }
            }
        }
        String at = Instant.now(clock).toString();
        db.tx(c -> {
            if (!changed.isEmpty()) {
                AuditLog.Appended a = log.append(c, changed, context, "rescreen");
                alerts.addAll(a.alerts());
                for (int i = 0; i < a.keys().size(); i++) {
                    if (toAllow.contains(a.keys().get(i))) {
                        alerts.add(Alerts.open(c, a.seqs().get(i), a.keys().get(i), Outcome.ALLOW, "rescreen", at));
                    }
                }
            }
            try (PreparedStatement up = c.prepareStatement("UPDATE monitored SET last_outcome = ?, last_snapshot = ?, last_date = ? WHERE id = ?");
                 PreparedStatement del = c.prepareStatement("DELETE FROM monitor_hits WHERE party_id = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO monitor_hits (party_id, entity, measure, status, effect) VALUES (?, ?, ?, ?, ?)")) {
                for (MonitorRegistry.Row r : rows) {
                    Decision d = decisions.get(r.party().id());
                    up.setString(1, d.outcome().name());
                    up.setString(2, now.hash());
                    up.setString(3, asOf.toString());
                    up.setString(4, r.party().id());
                    up.addBatch();
                    if (r.lastSnapshot() != null) {
                        del.setString(1, r.party().id());
                        del.addBatch();
                    }
                    for (Hit h : d.hits()) {
                        ins.setString(1, r.party().id());
                        ins.setString(2, h.entity());
                        ins.setString(3, h.measure());
                        ins.setString(4, h.status().wire());
                        ins.setString(5, h.effect().name());
                        ins.addBatch();
                    }
                }
                up.executeBatch();
                del.executeBatch();
                ins.executeBatch();
            }
            return null;
        });
        return changed.size();
    }

    private Optional<State> state() {
        return db.tx(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT snapshot, as_of FROM rescreen_state WHERE id = 1");
                 ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(new State(rs.getString(1), LocalDate.parse(rs.getString(2)))) : Optional.empty();
            }
        });
    }

    private void saveState(String snapshot, LocalDate asOf) {
        db.tx(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM rescreen_state WHERE id = 1");
                 PreparedStatement i = c.prepareStatement("INSERT INTO rescreen_state (id, snapshot, as_of, at) VALUES (1, ?, ?, ?)")) {
                d.executeUpdate();
                i.setString(1, snapshot);
                i.setString(2, asOf.toString());
                i.setString(3, Instant.now(clock).toString());
                i.executeUpdate();
            }
            return null;
        });
    }
}
