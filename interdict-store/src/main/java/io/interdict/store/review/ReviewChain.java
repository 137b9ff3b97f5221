package io.interdict.store.review;

import io.interdict.store.audit.AuditRecord;
import io.interdict.store.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hash chain over alerts and their review. Every alert event (its opening, then each assign,
 * comment, resolve, escalate, approve, reject) is appended with the alert's fields after it, linked to
 * the event before; the head row (audit_head id 2) holds the last. So a deleted or edited event
 * breaks the chain, an alert row changed behind the service disagrees with its last event, and an
 * alert deleted outright is missing for its opening event (and for its REVIEW or BLOCK decision).
 */
public final class ReviewChain {
    static final int HEAD = 2;

    private ReviewChain() {
    }

    /** Appends an event for {@code alertId}, whose row must already hold its new state; returns the event id. */
    static long append(Connection c, long alertId, String at, String actor, String kind, String detail) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("UPDATE audit_head SET seq = seq WHERE id = " + HEAD)) {
            lock.executeUpdate();
        }
        String prev;
        try (PreparedStatement q = c.prepareStatement("SELECT hash FROM audit_head WHERE id = " + HEAD);
             ResultSet rs = q.executeQuery()) {
            rs.next();
            prev = rs.getString(1);
        }
        String state = state(c, alertId);
        long id = Database.next(c, "alert_event");
        String hash = AuditRecord.chain(prev, canonical(id, alertId, at, actor, kind, detail, state));
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO alert_events (id, alert_id, at, actor, kind, detail, "
                + "alert_state, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ins.setLong(1, id);
            ins.setLong(2, alertId);
            ins.setString(3, at);
            ins.setString(4, actor);
            ins.setString(5, kind);
            ins.setString(6, detail);
            ins.setString(7, state);
            ins.setString(8, prev);
            ins.setString(9, hash);
            ins.executeUpdate();
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = " + HEAD)) {
            up.setLong(1, id);
            up.setString(2, hash);
            up.executeUpdate();
        }
        return id;
    }

    /** The chained form of an alert event (length-prefixed fields, as for decisions). */
    static String canonical(long id, long alertId, String at, String actor, String kind, String detail, String state) {
        StringBuilder sb = new StringBuilder(256);
        field(sb, "event", Long.toString(id));
        field(sb, "alert", Long.toString(alertId));
        field(sb, "at", at);
        field(sb, "actor", actor);
        field(sb, "kind", kind);
        field(sb, "detail", detail == null ? "" : detail);
        field(sb, "alert_state", state);
        return sb.toString();
    }

    private static final String STATE_COLUMNS = "decision_seq, tx_key, outcome, state, assignee, resolution, resolution_reason, "
            + "resolved_by, approved_by, origin";

    /** The alert row's reviewable fields, as one canonical string ("" when there is no such alert). */
    private static String state(Connection c, long alertId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + STATE_COLUMNS + " FROM alerts WHERE id = ?")) {
            q.setLong(1, alertId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? state(rs) : "";
            }
        }
    }

    private static String state(ResultSet rs) throws SQLException {
        StringBuilder sb = new StringBuilder(128);
        String[] names = STATE_COLUMNS.split(", ");
        for (int i = 0; i < names.length; i++) {
            String v = rs.getString(i + 1);
            field(sb, names[i], v == null ? "-" : v);
        }
        return sb.toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
    }

    /** What {@link #verify} found: events checked, the last one's id and hash, and the problems. */
    public record Result(long checked, long lastId, String lastHash, List<String> problems) {
    }

    /**
     * Checks the review chain, inside the caller's (read) transaction, so it sees the same moment as the
     * decisions' chain. {@code anchorId}/{@code anchorHash}: an exported head that must still be in the
     * chain unchanged (null: none).
     */
    public static Result verify(Connection c, Long anchorId, String anchorHash, int maxProblems) throws SQLException {
        List<String> problems = new ArrayList<>();
        long headId;
        String headHash;
        try (PreparedStatement q = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = " + HEAD);
             ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
                return new Result(0, 0, AuditRecord.GENESIS, List.of());
            }
            headId = rs.getLong(1);
            headHash = rs.getString(2);
        }
        Map<Long, String> lastState = new HashMap<>();
        String prev = AuditRecord.GENESIS;
        long lastId = 0;
        long checked = 0;
        boolean anchorSeen = false;
        try (PreparedStatement q = c.prepareStatement("SELECT id, alert_id, at, actor, kind, detail, alert_state, prev_hash, hash "
                + "FROM alert_events WHERE hash IS NOT NULL ORDER BY id")) {
            q.setFetchSize(1000);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long alert = rs.getLong(2);
                    String state = rs.getString(7);
                    String hash = rs.getString(9);
                    checked++;
                    if (problems.size() < maxProblems) {
                        if (!rs.getString(8).equals(prev)) {
                            problems.add("review event " + id + " (alert " + alert + "): link to the previous event broken "
                                    + "(events deleted or reordered)");
                        }
                        String expected = AuditRecord.chain(rs.getString(8), canonical(id, alert, rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), state == null ? "" : state));
                        if (!expected.equals(hash)) {
                            problems.add("review event " + id + " (alert " + alert + "): content does not match its hash (edited)");
                        }
                    }
                    if (anchorId != null && id == anchorId) {
                        anchorSeen = true;
                        if (!hash.equals(anchorHash)) {
                            problems.add("review event " + id + " differs from the anchor (the review chain was rewritten)");
                        }
                    }
                    lastState.put(alert, state);
                    prev = hash;
                    lastId = id;
                }
            }
        }
        if (headId != lastId || !headHash.equals(prev)) {
            problems.add("review chain ends at event " + lastId + " but its head says " + headId
                    + " (events deleted from the end, or the head edited)");
        }
        if (anchorId != null && anchorId > 0 && !anchorSeen) {
            problems.add("review event " + anchorId + " of the anchor is missing: the review chain was cut or rewritten");
        }
        // Every alert row as its last chained event left it; every chained alert still there.
        try (PreparedStatement q = c.prepareStatement("SELECT id, " + STATE_COLUMNS + " FROM alerts ORDER BY id");
             ResultSet rs = q.executeQuery()) {
            while (rs.next() && problems.size() < maxProblems) {
                long id = rs.getLong(1);
                String expected = lastState.remove(id);
                if (expected == null) {
                    continue;    // opened before the review chain existed (schema < 3.14)
                }
                StringBuilder sb = new StringBuilder(128);
                String[] names = STATE_COLUMNS.split(", ");
                for (int i = 0; i < names.length; i++) {
                    String v = rs.getString(i + 2);
                    field(sb, names[i], v == null ? "-" : v);
                }
                if (!sb.toString().equals(expected)) {
                    problems.add("alert " + id + ": its fields differ from its last review event (edited outside the review)");
                }
            }
        }
        for (Long missing : lastState.keySet()) {
            if (problems.size() < maxProblems) {
                problems.add("alert " + missing + " is in the review chain but missing from the alerts (deleted)");
            }
        }
        // Every REVIEW or BLOCK decision opened an alert in the same transaction.
        try (PreparedStatement q = c.prepareStatement("SELECT d.seq, d.tx_key, d.outcome FROM decisions d "
                + "LEFT JOIN alerts a ON a.decision_seq = d.seq WHERE d.outcome IN ('REVIEW', 'BLOCK') AND a.id IS NULL ORDER BY d.seq");
             ResultSet rs = q.executeQuery()) {
            while (rs.next() && problems.size() < maxProblems) {
                problems.add("record " + rs.getLong(1) + " (" + rs.getString(2) + "): " + rs.getString(3)
                        + " decision without its alert (alert deleted)");
            }
        }
        return new Result(checked, lastId, prev, List.copyOf(problems));
    }
}
