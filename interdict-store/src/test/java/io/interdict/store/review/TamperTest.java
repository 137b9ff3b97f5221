package io.interdict.store.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.screen.Screener;
import io.interdict.core.tx.Transaction;
import io.interdict.store.audit.Anchor;
import io.interdict.store.audit.AuditLog;
import io.interdict.store.audit.AuditRecord;
import io.interdict.store.audit.Recorder;
import io.interdict.store.db.Database;
import io.interdict.store.testkit.Fixtures;
import io.interdict.store.testkit.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Item 16 of issue 14: tampering that fixes up what it touches. Alerts and their review are inside a
 * chain, and an anchor kept outside the store catches a log rewritten or cut with its heads fixed.
 */
class TamperTest {
    static final AuditLog.Context CTX = new AuditLog.Context("alice", "cli-batch", "test-engine", "exact-v1");
    @TempDir
    Path tmp;

    /** tx-0 is a BLOCK (alert 1), tx-2 a REVIEW (alert 2); the rest ALLOW. Alert 1 was assigned and commented. */
    private Database store(String kind) {
        Database db = TestDatabases.open(kind, tmp);
        Screener s = Fixtures.screener(Fixtures.small());
        String[] names = {"Acme Trading", "Nobody Ltd", "Vanya", "Someone Else", "Other", "Another"};
        try (Recorder r = new Recorder(new AuditLog(db, Fixtures.CLOCK), CTX, 10)) {
            for (int i = 0; i < names.length; i++) {
                Transaction tx = Fixtures.tx("tx-" + i, names[i]);
                r.add(tx, s.screen(tx));
            }
        }
        ReviewService review = new ReviewService(db, Fixtures.CLOCK);
        review.assign(1, "lead", "bob");
        review.comment(1, "bob", "looking");
        return db;
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void theIssuesAttackTurningABlockIntoAnAllowAndDeletingItsAlertIsCaught(String kind) throws Exception {
        Database db = store(kind);
        AuditLog log = new AuditLog(db, Fixtures.CLOCK);
        assertThat(log.verify().problems()).isEmpty();
        // Rewrite decision 1 as an ALLOW, re-hash every record after it, fix the head, delete the alert.
        rewriteDecisionsFrom(db, 1, "BLOCK", "ALLOW");
        sql(db, "DELETE FROM alerts WHERE decision_seq = 1");
        assertThat(log.verify().problems()).anyMatch(p -> p.contains("alert 1 is in the review chain but missing"));
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void aDecisionWhoseAlertIsDeletedIsCaught(String kind) throws Exception {
        Database db = store(kind);
        sql(db, "DELETE FROM alerts WHERE id = 2");
        sql(db, "DELETE FROM alert_events WHERE alert_id = 2");
        assertThat(new AuditLog(db, Fixtures.CLOCK).verify().problems())
                .anyMatch(p -> p.contains("record 3 (tx-2): REVIEW decision without its alert"))
                .anyMatch(p -> p.contains("link to the previous event broken"));
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void anAlertClosedBehindTheReviewIsCaught(String kind) throws Exception {
        Database db = store(kind);
        sql(db, "UPDATE alerts SET state = 'CLOSED', resolution = 'FALSE_POSITIVE' WHERE id = 1");
        assertThat(new AuditLog(db, Fixtures.CLOCK).verify().problems())
                .anyMatch(p -> p.contains("alert 1: its fields differ from its last review event"));
        // Editing the event to match is caught by the event's hash.
        sql(db, "UPDATE alert_events SET alert_state = REPLACE(alert_state, 'OPEN', 'CLOSED') WHERE alert_id = 1");
        assertThat(new AuditLog(db, Fixtures.CLOCK).verify().problems()).anyMatch(p -> p.contains("(edited)"));
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void cuttingTheTailAndFixingTheHeadsPassesVerifyButNotTheAnchor(String kind) throws Exception {
        Database db = store(kind);
        AuditLog log = new AuditLog(db, Fixtures.CLOCK);
        AuditLog.Verification before = log.verify();
        Anchor anchor = Anchor.parse(before.anchor().toJson("2026-01-15T10:00:00Z"));
        assertThat(log.verify(anchor).problems()).isEmpty();

        // Cut the last two decisions and the last review event (a comment), then fix both heads.
        sql(db, "DELETE FROM decisions WHERE seq > 4");
        sql(db, "UPDATE audit_head SET seq = 4, hash = (SELECT hash FROM decisions WHERE seq = 4) WHERE id = 1");
        long lastEvent = before.reviewHead();
        sql(db, "DELETE FROM alert_events WHERE id = " + lastEvent);
        sql(db, "UPDATE audit_head SET seq = " + (lastEvent - 1) + ", hash = (SELECT hash FROM alert_events WHERE id = "
                + (lastEvent - 1) + ") WHERE id = 2");
        assertThat(log.verify().problems()).as("without an anchor a shorter log looks intact").isEmpty();
        assertThat(log.verify(anchor).problems())
                .anyMatch(p -> p.contains("chain ends at record 4 but the anchor holds record 6"))
                .anyMatch(p -> p.contains("review event " + lastEvent + " of the anchor is missing"));
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void aLogRewrittenBeforeTheAnchorIsCaughtByIt(String kind) throws Exception {
        Database db = store(kind);
        AuditLog log = new AuditLog(db, Fixtures.CLOCK);
        Anchor anchor = log.verify().anchor();
        // A rewrite that leaves no trace inside the store: another counterparty name on an ALLOW.
        rewriteDecisionsFrom(db, 2, "Nobody Ltd", "Nobody Plc");
        assertThat(log.verify().problems()).isEmpty();
        assertThat(log.verify(anchor).problems()).anyMatch(p -> p.contains("record 6 (tx-5) differs from the anchor"));
    }

    /** Replaces {@code from} by {@code to} in record {@code seq}, re-hashes it and every later record, and fixes the head. */
    private static void rewriteDecisionsFrom(Database db, long seq, String from, String to) {
        db.tx(c -> {
            List<AuditRecord> all = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT seq, tx_key, recorded_at, caller, channel, outcome, snapshot, "
                    + "engine_version, algorithm, input, decision, prev_hash, hash FROM decisions ORDER BY seq");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    all.add(new AuditRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11), rs.getString(12), rs.getString(13)));
                }
            }
            String prev = AuditRecord.GENESIS;
            for (AuditRecord r : all) {
                String outcome = r.seq() == seq ? r.outcome().replace(from, to) : r.outcome();
                String decision = r.seq() == seq ? r.decision().replace(from, to) : r.decision();
                String input = r.seq() == seq ? r.input().replace(from, to) : r.input();
                String hash = AuditRecord.chain(prev, AuditRecord.canonical(r.seq(), r.txKey(), r.recordedAt(), r.caller(),
                        r.channel(), outcome, r.snapshot(), r.engineVersion(), r.algorithm(), input, decision));
                try (PreparedStatement up = c.prepareStatement("UPDATE decisions SET outcome = ?, decision = ?, input = ?, "
                        + "prev_hash = ?, hash = ? WHERE seq = ?")) {
                    up.setString(1, outcome);
                    up.setString(2, decision);
                    up.setString(3, input);
                    up.setString(4, prev);
                    up.setString(5, hash);
                    up.setLong(6, r.seq());
                    up.executeUpdate();
                }
                prev = hash;
            }
            try (PreparedStatement up = c.prepareStatement("UPDATE audit_head SET hash = ? WHERE id = 1")) {
                up.setString(1, prev);
                up.executeUpdate();
            }
            return null;
        });
    }

    static void sql(Database db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
