package io.interdict.store.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.store.db.Database;
import io.interdict.store.db.StoreException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The alert queue as a reviewer reads it: newest first, filtered, in keyset pages ({@code id < before}),
 * so page 1,000 of 100,000 alerts costs what page 1 does (an OFFSET would scan every skipped row).
 * Alerts are filtered by measure through {@code alert_measures}, filled from the decisions by
 * {@link #index()}.
 */
public final class AlertQueue {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int INDEX_CHUNK = 2000;
    public static final int MAX_PAGE = 200;

    private final Database db;
    private final Clock clock;

    public AlertQueue(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Filters; null matches anything. {@code minAgeDays}/{@code maxAgeDays} bound the alert's age in
     * days; {@code before} is the keyset cursor (the last id of the previous page).
     */
    public record Query(Alert.State state, String outcome, String measure, String assignee, Integer minAgeDays,
                        Integer maxAgeDays, Long before, int limit) {
        public Query {
            if (limit < 1 || limit > MAX_PAGE) {
                throw new StoreException("page size must be 1-" + MAX_PAGE + ", not " + limit);
            }
        }
    }

    /** One alert with the measures its decision hit. */
    public record Row(Alert alert, List<String> measures) {
    }

    /** A page and the cursor of the next one (null on the last page). */
    public record Page(List<Row> rows, Long next) {
    }

    public Page page(Query q) {
        index();
        StringBuilder sql = new StringBuilder("SELECT " + ReviewService.COLUMNS + " FROM alerts a WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.state() != null) {
            sql.append(" AND state = ?");
            args.add(q.state().name());
        }
        if (q.outcome() != null) {
            sql.append(" AND outcome = ?");
            args.add(q.outcome());
        }
        if (q.assignee() != null) {
            sql.append(" AND assignee = ?");
            args.add(q.assignee());
        }
        Instant now = Instant.now(clock);
        if (q.minAgeDays() != null) {
            sql.append(" AND created_at <= ?");
            args.add(now.minus(Duration.ofDays(q.minAgeDays())).toString());
        }
        if (q.maxAgeDays() != null) {
            sql.append(" AND created_at >= ?");
            args.add(now.minus(Duration.ofDays(q.maxAgeDays())).toString());
        }
        if (q.measure() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM alert_measures m WHERE m.alert_id = a.id AND m.measure = ?)");
            args.add(q.measure());
        }
        if (q.before() != null) {
            sql.append(" AND id < ?");
            args.add(q.before());
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(q.limit() + 1);
        return db.tx(c -> {
            List<Alert> alerts = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    st.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        alerts.add(ReviewService.row(rs));
                    }
                }
            }
            Long next = null;
            if (alerts.size() > q.limit()) {
                alerts = alerts.subList(0, q.limit());
                next = alerts.get(alerts.size() - 1).id();
            }
            Map<Long, List<String>> measures = measures(c, alerts);
            List<Row> rows = new ArrayList<>();
            for (Alert a : alerts) {
                rows.add(new Row(a, measures.getOrDefault(a.id(), List.of())));
            }
            return new Page(rows, next);
        });
    }

    /** The alert opened for a stored decision, if it opened one. */
    public java.util.Optional<Long> byDecision(long decisionSeq) {
        return db.tx(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT id FROM alerts WHERE decision_seq = ?")) {
                q.setLong(1, decisionSeq);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(rs.getLong(1)) : java.util.Optional.<Long>empty();
                }
            }
        });
    }

    /** The distinct assignees, for the filter choices (read from the assignee index). */
    public List<String> assignees() {
        return distinct("SELECT DISTINCT assignee FROM alerts WHERE assignee IS NOT NULL ORDER BY assignee");
    }

    private List<String> distinct(String sql) {
        return db.tx(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private static Map<Long, List<String>> measures(Connection c, List<Alert> alerts) throws SQLException {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        if (alerts.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(alerts.size(), "?"));
        try (PreparedStatement q = c.prepareStatement("SELECT alert_id, measure FROM alert_measures WHERE alert_id IN ("
                + marks + ") ORDER BY measure")) {
            for (int i = 0; i < alerts.size(); i++) {
                q.setLong(i + 1, alerts.get(i).id());
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    /**
     * Records the measures of alerts opened since the last call (read from their decisions' hits), in
     * chunks; cheap when nothing is new (one read of the counter). Returns how many alerts it indexed.
     */
    public long index() {
        // One indexer per process; across processes the guarded counter update below decides.
        synchronized (INDEXING) {
            long total = 0;
            while (true) {
                int n;
                try {
                    n = db.tx(this::indexChunk);
                } catch (ConcurrentIndexing e) {
                    return total;    // another process is indexing the same alerts; its rows will do
                }
                total += n;
                if (n < INDEX_CHUNK) {
                    return total;
                }
            }
        }
    }

    private static final Object INDEXING = new Object();

    private static final class ConcurrentIndexing extends RuntimeException {
        ConcurrentIndexing() {
            super("alert measures indexed concurrently", null, false, false);
        }
    }

    private int indexChunk(Connection c) throws SQLException {
        long done;
        try (PreparedStatement q = c.prepareStatement("SELECT value FROM counters WHERE name = 'alert_measures_indexed'");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            done = rs.getLong(1);
        }
        long last = done;
        int n = 0;
        try (PreparedStatement q = c.prepareStatement("SELECT a.id, d.decision FROM alerts a JOIN decisions d ON d.seq = a.decision_seq "
                + "WHERE a.id > ? ORDER BY a.id LIMIT " + INDEX_CHUNK);
             PreparedStatement ins = c.prepareStatement("INSERT INTO alert_measures (alert_id, measure) VALUES (?, ?)")) {
            q.setLong(1, done);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    for (String m : hitMeasures(rs.getString(2))) {
                        ins.setLong(1, id);
                        ins.setString(2, m);
                        ins.addBatch();
                    }
                    last = id;
                    n++;
                }
            }
            ins.executeBatch();
        }
        if (n > 0) {
            // Guarded by the old value: two servers indexing at once, the second's update fails and rolls back.
            try (PreparedStatement up = c.prepareStatement("UPDATE counters SET value = ? WHERE name = 'alert_measures_indexed' AND value = ?")) {
                up.setLong(1, last);
                up.setLong(2, done);
                if (up.executeUpdate() != 1) {
                    throw new ConcurrentIndexing();
                }
            }
        }
        return n;
    }

    static TreeSet<String> hitMeasures(String decisionJson) {
        TreeSet<String> out = new TreeSet<>();
        try {
            for (JsonNode h : JSON.readTree(decisionJson).path("hits")) {
                String m = h.path("measure").asText("");
                if (!m.isEmpty()) {
                    out.add(m);
                }
            }
        } catch (IOException e) {
            // An unreadable decision has no measures to filter by; the alert still lists.
        }
        return out;
    }
}
