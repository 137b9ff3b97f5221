package io.interdict.store.review;

import io.interdict.core.screen.Outcome;
import io.interdict.store.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Opening alerts, inside the transaction that stores the decision, each as the first event of its review chain. */
public final class Alerts {
    private Alerts() {
    }

    /** Opens the alert of a stored REVIEW or BLOCK decision (once: decision_seq is unique); returns its id. */
    public static long open(Connection c, long decisionSeq, String txKey, Outcome outcome, String origin, String at)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM alerts WHERE decision_seq = ?")) {
            q.setLong(1, decisionSeq);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        long id = Database.next(c, "alert");
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO alerts (id, decision_seq, tx_key, outcome, state, "
                + "created_at, updated_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ins.setLong(1, id);
            ins.setLong(2, decisionSeq);
            ins.setString(3, txKey);
            ins.setString(4, outcome.name());
            ins.setString(5, Alert.State.OPEN.name());
            ins.setString(6, at);
            ins.setString(7, at);
            ins.setString(8, origin);
            ins.executeUpdate();
        }
        // The opening is the alert's first event in the review chain, so deleting the alert is detectable.
        ReviewChain.append(c, id, at, "interdict", "open", outcome.name() + " decision " + decisionSeq + " (" + origin + ")");
        return id;
    }
}
