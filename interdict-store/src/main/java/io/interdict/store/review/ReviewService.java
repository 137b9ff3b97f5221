package io.interdict.store.review;

import io.interdict.store.db.Database;
import io.interdict.store.db.StoreException;
import io.interdict.store.review.Alert.Resolution;
import io.interdict.store.review.Alert.State;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Review of alerts: list, show, assign, comment, resolve, approve. The one service the CLI and the
 * HTTP server call. Every action is recorded as an alert event with its actor and time. Rules:
 * a reason is required to resolve; resolving a BLOCK as false positive takes a second, different
 * analyst's approval (four-eyes), because clearing a confident match is the costliest mistake.
 */
public final class ReviewService {
    private final Database db;
    private final Clock clock;

    public ReviewService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Filters for {@link #list}; null fields match anything. */
    public record Filter(State state, String assignee, String outcome, int limit) {
        public static Filter all() {
            return new Filter(null, null, null, 1000);
        }
    }

    public List<Alert> list(Filter f) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM alerts WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.state() != null) {
            sql.append(" AND state = ?");
            args.add(f.state().name());
        }
        if (f.assignee() != null) {
            sql.append(" AND assignee = ?");
            args.add(f.assignee());
        }
        if (f.outcome() != null) {
            sql.append(" AND outcome = ?");
            args.add(f.outcome());
        }
        sql.append(" ORDER BY id LIMIT ").append(Math.max(1, f.limit()));
        return db.read(c -> {
            List<Alert> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    q.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
            }
            return out;
        });
    }

    public Optional<Alert.Detail> show(long id) {
        return db.read(c -> {
            Optional<Alert> a = find(c, id);
            if (a.isEmpty()) {
                return Optional.empty();
            }
            List<Alert.Event> events = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT id, at, actor, kind, detail FROM alert_events "
                    + "WHERE alert_id = ? ORDER BY id")) {
                q.setLong(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        events.add(new Alert.Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                    }
                }
            }
            return Optional.of(new Alert.Detail(a.get(), events));
        });
    }

    public Alert assign(long id, String actor, String assignee) {
        return assign(id, Identity.named(actor), assignee);
    }

    public Alert comment(long id, String actor, String text) {
        return comment(id, Identity.named(actor), text);
    }

    public Alert resolve(long id, String actor, Resolution resolution, String reason) {
        return resolve(id, Identity.named(actor), resolution, reason);
    }

    public Alert approve(long id, String actor, String comment) {
        return approve(id, Identity.named(actor), comment);
    }

    public Alert reject(long id, String actor, String reason) {
        return reject(id, Identity.named(actor), reason);
    }

    public Alert assign(long id, Identity actor, String assignee) {
        requireText(assignee, "assignee");
        return act(id, actor, a -> {
            requireOpen(a);
            return new Change("assign", assignee, "assignee = ?", assignee);
        });
    }

    public Alert comment(long id, Identity actor, String text) {
        requireText(text, "comment");
        return act(id, actor, a -> new Change("comment", text, null));
    }

    public Alert resolve(long id, Identity actor, Resolution resolution, String reason) {
        requireText(reason, "reason");
        return act(id, actor, a -> {
            requireOpen(a);
            String detail = resolution.wire() + ": " + reason;
            if (resolution == Resolution.ESCALATE) {
                return new Change("escalate", detail, "state = 'ESCALATED'");
            }
            // Four-eyes: a false positive on a BLOCK is only a proposal until someone else approves it.
            State next = resolution == Resolution.FALSE_POSITIVE && a.outcome().equals("BLOCK")
                    ? State.PENDING_APPROVAL : State.CLOSED;
            return new Change("resolve", detail,
                    "state = '" + next.name() + "', resolution = '" + resolution.name() + "', resolution_reason = ?, resolved_by = ?",
                    reason, actor.name());
        });
    }

    /**
     * The second analyst's approval of a false positive on a BLOCK; the resolver cannot approve their own.
     * "Another analyst" is another {@link Identity#name()}: two keys held by one person are one person.
     */
    public Alert approve(long id, Identity actor, String comment) {
        return act(id, actor, a -> {
            if (a.state() != State.PENDING_APPROVAL) {
                throw new StoreException("alert " + id + " is " + a.state() + ", not awaiting approval");
            }
            if (actor.name().equals(a.resolvedBy())) {
                throw new StoreException("alert " + id + ": four-eyes rule: " + actor.name()
                        + " resolved it and cannot also approve it; another analyst must");
            }
            return new Change("approve", comment == null ? "" : comment, "state = 'CLOSED', approved_by = ?", actor.name());
        });
    }

    /**
     * Four-eyes on every resolution (the console's rule, stricter than {@link #resolve}): a true match or
     * a false positive is only proposed, and waits in PENDING_APPROVAL until another analyst
     * {@link #approve approves} it (the proposer cannot) or {@link #reject rejects} it. Escalation is
     * not a resolution and takes effect at once.
     */
    public Alert propose(long id, String actor, Resolution resolution, String reason) {
        return propose(id, Identity.named(actor), resolution, reason);
    }

    public Alert propose(long id, Identity actor, Resolution resolution, String reason) {
        if (resolution == Resolution.ESCALATE) {
            return resolve(id, actor, resolution, reason);
        }
        requireText(reason, "reason");
        return act(id, actor, a -> {
            requireOpen(a);
            return new Change("propose", resolution.wire() + ": " + reason,
                    "state = 'PENDING_APPROVAL', resolution = '" + resolution.name() + "', resolution_reason = ?, resolved_by = ?",
                    reason, actor.name());
        });
    }

    /** Sends a proposed false positive back to OPEN. */
    public Alert reject(long id, Identity actor, String reason) {
        requireText(reason, "reason");
        return act(id, actor, a -> {
            if (a.state() != State.PENDING_APPROVAL) {
                throw new StoreException("alert " + id + " is " + a.state() + ", not awaiting approval");
            }
            return new Change("reject", reason, "state = 'OPEN', resolution = NULL, resolution_reason = NULL, resolved_by = NULL");
        });
    }

    private record Change(String kind, String detail, String set, Object... args) {
    }

    private interface Rule {
        Change apply(Alert a);
    }

    private Alert act(long id, Identity actor, Rule rule) {
        return db.tx(c -> {
            // Lock the alert row first so two analysts acting at once are serialised.
            try (PreparedStatement lock = c.prepareStatement("UPDATE alerts SET id = id WHERE id = ?")) {
                lock.setLong(1, id);
                if (lock.executeUpdate() == 0) {
                    throw new StoreException("no alert " + id);
                }
            }
            Alert a = find(c, id).orElseThrow();
            Change ch = rule.apply(a);
            String now = Instant.now(clock).toString();
            if (ch.set() != null) {
                try (PreparedStatement up = c.prepareStatement("UPDATE alerts SET " + ch.set() + ", updated_at = ? WHERE id = ?")) {
                    int i = 1;
                    for (Object o : ch.args() == null ? new Object[0] : ch.args()) {
                        up.setObject(i++, o);
                    }
                    up.setString(i++, now);
                    up.setLong(i, id);
                    up.executeUpdate();
                }
            }
            ReviewChain.append(c, id, now, actor.recorded(), ch.kind(), ch.detail());
            return find(c, id).orElseThrow();
        });
    }

    private static void requireOpen(Alert a) {
        if (a.state() != State.OPEN && a.state() != State.ESCALATED) {
            throw new StoreException("alert " + a.id() + " is " + a.state() + "; only OPEN or ESCALATED alerts can change");
        }
    }

    private static void requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new StoreException("a " + what + " is required");
        }
    }

    static final String COLUMNS = "id, decision_seq, tx_key, outcome, state, assignee, resolution, resolution_reason, "
            + "resolved_by, approved_by, created_at, updated_at, origin";

    static Optional<Alert> find(Connection c, long id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM alerts WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    static Alert row(ResultSet rs) throws SQLException {
        String res = rs.getString(7);
        return new Alert(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), State.valueOf(rs.getString(5)),
                rs.getString(6), res == null ? null : Resolution.valueOf(res), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13));
    }
}
