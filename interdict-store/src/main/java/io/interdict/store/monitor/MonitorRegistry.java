package io.interdict.store.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.core.entity.Identifier;
import io.interdict.core.measure.TxKind;
import io.interdict.core.tx.TransactionParser;
import io.interdict.store.db.Database;
import io.interdict.store.db.StoreException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The registry of monitored counterparties: add, remove, list, import from CSV or JSON Lines. */
public final class MonitorRegistry {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** CSV columns; {@code ids} separated by ';' as in the transaction CSV. */
    public static final List<String> CSV_COLUMNS = List.of("id", "name", "country", "ids", "kind", "jurisdiction");
    private static final int BATCH = 1000;

    private final Database db;
    private final Clock clock;

    public MonitorRegistry(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Adds or replaces parties (by id); a replaced party is rescreened at the next rescreen. */
    public int put(List<MonitoredParty> parties) {
        String at = Instant.now(clock).toString();
        int n = 0;
        for (int from = 0; from < parties.size(); from += BATCH) {
            List<MonitoredParty> part = parties.subList(from, Math.min(parties.size(), from + BATCH));
            n += db.tx(c -> {
                try (PreparedStatement del = c.prepareStatement("DELETE FROM monitored WHERE id = ?");
                     PreparedStatement delHits = c.prepareStatement("DELETE FROM monitor_hits WHERE party_id = ?");
                     PreparedStatement ins = c.prepareStatement("INSERT INTO monitored (id, name, country, ids, kind, "
                             + "jurisdiction, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (MonitoredParty p : part) {
                        del.setString(1, p.id());
                        del.addBatch();
                        delHits.setString(1, p.id());
                        delHits.addBatch();
                        ins.setString(1, p.id());
                        ins.setString(2, p.name());
                        ins.setString(3, p.country());
                        ins.setString(4, String.join(";", p.ids().stream().map(Identifier::toString).toList()));
                        ins.setString(5, p.kind().wire());
                        ins.setString(6, p.jurisdiction());
                        ins.setString(7, at);
                        ins.addBatch();
                    }
                    del.executeBatch();
                    delHits.executeBatch();
                    ins.executeBatch();
                }
                return part.size();
            });
        }
        return n;
    }

    public boolean remove(String id) {
        return db.tx(c -> {
            try (PreparedStatement h = c.prepareStatement("DELETE FROM monitor_hits WHERE party_id = ?");
                 PreparedStatement d = c.prepareStatement("DELETE FROM monitored WHERE id = ?")) {
                h.setString(1, id);
                h.executeUpdate();
                d.setString(1, id);
                return d.executeUpdate() > 0;
            }
        });
    }

    public long count() {
        return db.tx(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM monitored"); ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** A monitored party with its last rescreen result. */
    public record Row(MonitoredParty party, String lastOutcome, String lastSnapshot, String lastDate) {
    }

    /** One page in id order after {@code afterId} (null = from the start). */
    public List<Row> page(String afterId, int limit) {
        return db.tx(c -> page(c, afterId, limit));
    }

    static List<Row> page(Connection c, String afterId, int limit) throws SQLException {
        String sql = "SELECT id, name, country, ids, kind, jurisdiction, last_outcome, last_snapshot, last_date FROM monitored"
                + (afterId == null ? "" : " WHERE id > ?") + " ORDER BY id LIMIT " + limit;
        try (PreparedStatement q = c.prepareStatement(sql)) {
            if (afterId != null) {
                q.setString(1, afterId);
            }
            List<Row> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(party(rs), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
            return out;
        }
    }

    public Optional<Row> get(String id) {
        return db.tx(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT id, name, country, ids, kind, jurisdiction, last_outcome, "
                    + "last_snapshot, last_date FROM monitored WHERE id = ?")) {
                q.setString(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(new Row(party(rs), rs.getString(7), rs.getString(8), rs.getString(9)))
                            : Optional.empty();
                }
            }
        });
    }

    static MonitoredParty party(ResultSet rs) throws SQLException {
        String ids = rs.getString(4);
        List<Identifier> parsed = ids == null || ids.isEmpty() ? List.of()
                : Arrays.stream(ids.split(";")).map(Identifier::parse).toList();
        return new MonitoredParty(rs.getString(1), rs.getString(2), rs.getString(3), parsed, TxKind.of(rs.getString(5)),
                rs.getString(6));
    }

    /**
     * Imports a CSV (header with {@link #CSV_COLUMNS}, id and name or ids required) or JSON Lines file
     * (objects with the same keys, {@code ids} an array). Every bad line is reported; nothing is stored
     * unless the whole file is valid.
     */
    public int importFile(Path file) {
        List<MonitoredParty> parties = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long no = 0;
            List<String> header = null;
            boolean jsonl = false;
            while ((line = in.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                if (header == null && !jsonl) {
                    if (line.stripLeading().startsWith("{")) {
                        jsonl = true;
                    } else {
                        header = Arrays.stream(line.split(",", -1)).map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
                        if (!header.contains("id") || !CSV_COLUMNS.containsAll(header)) {
                            throw new StoreException(file + ": CSV header must use the columns " + CSV_COLUMNS + ", with id");
                        }
                        continue;
                    }
                }
                try {
                    parties.add(jsonl ? fromJson(JSON.readTree(line)) : fromCsv(header, line));
                } catch (IOException | RuntimeException e) {
                    problems.add("line " + no + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new StoreException(file + ": " + problems.size() + " bad line(s): "
                    + String.join("; ", problems.subList(0, Math.min(10, problems.size()))));
        }
        return put(parties);
    }

    private static MonitoredParty fromCsv(List<String> header, String line) {
        String[] v = line.split(",", -1);
        if (v.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " fields, found " + v.length);
        }
        Map<String, String> row = new java.util.HashMap<>();
        for (int i = 0; i < v.length; i++) {
            row.put(header.get(i), v[i].isBlank() ? null : v[i].trim());
        }
        List<Identifier> ids = row.get("ids") == null ? List.of()
                : Arrays.stream(row.get("ids").split(";")).filter(s -> !s.isBlank()).map(Identifier::parse).toList();
        return make(row.get("id"), row.get("name"), row.get("country"), ids, row.get("kind"), row.get("jurisdiction"));
    }

    private static MonitoredParty fromJson(JsonNode o) {
        List<Identifier> ids = new ArrayList<>();
        o.path("ids").forEach(n -> ids.add(Identifier.parse(n.asText())));
        return make(text(o, "id"), text(o, "name"), text(o, "country"), ids, text(o, "kind"), text(o, "jurisdiction"));
    }

    private static String text(JsonNode o, String f) {
        JsonNode n = o.get(f);
        return n == null || n.isNull() ? null : n.asText();
    }

    public static MonitoredParty make(String id, String name, String country, List<Identifier> ids, String kind, String jurisdiction) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("field 'id' is required");
        }
        return new MonitoredParty(id, name, country == null ? null : country.toUpperCase(Locale.ROOT), ids,
                kind == null ? null : TxKind.of(kind),
                jurisdiction == null ? null : TransactionParser.jurisdiction(jurisdiction));
    }
}
