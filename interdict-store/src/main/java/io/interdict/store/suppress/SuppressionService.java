package io.interdict.store.suppress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.core.tx.Party;
import io.interdict.core.tx.Transaction;
import io.interdict.store.audit.AuditLog;
import io.interdict.store.audit.AuditRecord;
import io.interdict.store.audit.TransactionJson;
import io.interdict.store.db.Database;
import io.interdict.store.db.StoreException;
import io.interdict.store.review.Alert;
import io.interdict.store.review.ReviewService;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Creating, listing and revoking suppressions. */
public final class SuppressionService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database db;
    private final Clock clock;

    public SuppressionService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What a new suppression says; every field is required. */
    public record Request(String reason, String owner, LocalDate expires, String actor) {
        void validate(LocalDate today) {
            for (String[] f : new String[][] {{"reason", reason}, {"owner", owner}, {"actor", actor}}) {
                if (f[1] == null || f[1].isBlank()) {
                    throw new StoreException("a suppression needs a " + f[0]);
                }
            }
            if (expires == null || !expires.isAfter(today)) {
                throw new StoreException("a suppression needs an expiry date after today (" + today + ")");
            }
        }
    }

    /**
     * Suppresses the hits of a reviewed false positive: the alert must be closed as FALSE_POSITIVE
     * (for a BLOCK, after the second analyst's approval). {@code entity} picks one hit's entity; null
     * takes every entity the decision hit for that party.
     */
    public List<Suppression> fromAlert(long alertId, String entity, Request req) {
        Alert a = new ReviewService(db, clock).show(alertId).orElseThrow(() -> new StoreException("no alert " + alertId)).alert();
        if (a.state() != Alert.State.CLOSED || a.resolution() != Alert.Resolution.FALSE_POSITIVE) {
            throw new StoreException("alert " + alertId + " is " + a.state() + (a.resolution() == null ? "" : " " + a.resolution())
                    + ": only an alert closed as false positive can become a suppression");
        }
        AuditRecord r = new AuditLog(db, clock).bySeq(a.decisionSeq()).orElseThrow();
        Transaction tx = TransactionJson.read(r.input());
        List<Suppression> out = new ArrayList<>();
        try {
            Set<String> seen = new LinkedHashSet<>();
            for (JsonNode h : JSON.readTree(r.decision()).path("hits")) {
                String e = h.path("entity").asText();
                if (entity != null && !entity.equals(e)) {
                    continue;
                }
                Party p = tx.parties().get(h.path("party").asInt());
                if (seen.add(PartyKey.of(p) + "\n" + e)) {
                    out.add(add(p, e, req, alertId));
                }
            }
        } catch (IOException e) {
            throw new StoreException("decision " + a.decisionSeq() + " unreadable", e);
        }
        if (out.isEmpty()) {
            throw new StoreException("alert " + alertId + ": the decision has no hit" + (entity == null ? "" : " on " + entity));
        }
        return out;
    }

    public Suppression add(Party party, String entity, Request req, Long alertId) {
        LocalDate today = LocalDate.now(clock);
        req.validate(today);
        return db.tx(c -> {
            long id = Database.next(c, "suppression");
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO suppressions (id, party_key, party_name, entity, reason, "
                    + "owner, created_by, created_at, expires, alert_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ins.setLong(1, id);
                ins.setString(2, PartyKey.of(party));
                ins.setString(3, party.name());
                ins.setString(4, entity);
                ins.setString(5, req.reason());
                ins.setString(6, req.owner());
                ins.setString(7, req.actor());
                ins.setString(8, Instant.now(clock).toString());
                ins.setString(9, req.expires().toString());
                ins.setObject(10, alertId);
                ins.executeUpdate();
            }
            return find(c, id);
        });
    }

    public Suppression revoke(long id, String actor) {
        return db.tx(c -> {
            try (PreparedStatement up = c.prepareStatement("UPDATE suppressions SET revoked_at = ?, revoked_by = ? "
                    + "WHERE id = ? AND revoked_at IS NULL")) {
                up.setString(1, Instant.now(clock).toString());
                up.setString(2, actor);
                up.setLong(3, id);
                if (up.executeUpdate() == 0) {
                    throw new StoreException("no active suppression " + id);
                }
            }
            return find(c, id);
        });
    }

    /** All suppressions, or only those active today. */
    public List<Suppression> list(boolean activeOnly) {
        LocalDate today = LocalDate.now(clock);
        List<Suppression> all = db.tx(c -> {
            List<Suppression> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM suppressions ORDER BY id");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        });
        return activeOnly ? all.stream().filter(s -> s.activeOn(today)).toList() : all;
    }

    private static final String COLUMNS = "id, party_key, party_name, entity, reason, owner, created_by, created_at, expires, "
            + "alert_id, revoked_at, revoked_by";

    private static Suppression find(Connection c, long id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM suppressions WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return row(rs);
            }
        }
    }

    private static Suppression row(ResultSet rs) throws SQLException {
        long alert = rs.getLong(10);
        Long alertId = rs.wasNull() ? null : alert;
        return new Suppression(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), LocalDate.parse(rs.getString(9)), alertId,
                rs.getString(11), rs.getString(12));
    }
}
