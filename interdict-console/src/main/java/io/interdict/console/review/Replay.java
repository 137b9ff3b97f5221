package io.interdict.console.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.console.ConsoleContext;
import io.interdict.core.json.DecisionJson;
import io.interdict.core.screen.Decision;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.tx.Transaction;
import io.interdict.store.audit.AuditRecord;
import io.interdict.store.audit.TransactionJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Replays a stored decision: its input re-screened on its pinned snapshot (the active one, or the copy
 * the store retained), and on today's lists when those differ, each compared hit by hit with what was
 * stored. Like {@code interdict replay}, no suppressions: it asks what the engine decides.
 */
public final class Replay {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One hit and in which of the three decisions it appears. */
    public record Row(String hit, boolean stored, boolean pinned, boolean today) {
        public boolean differs() {
            return stored != pinned || (today != stored);
        }
    }

    /**
     * @param pinnedHow   how the pinned snapshot was found (active, restored, or not reproducible)
     * @param todayOutcome null when today's snapshot is the pinned one
     */
    public record Result(String pinnedHow, boolean exact, String storedOutcome, String pinnedOutcome, String todayOutcome,
                         String activeSnapshot, List<Row> rows) {
        public boolean agrees() {
            return storedOutcome.equals(pinnedOutcome) && rows.stream().allMatch(r -> r.stored() == r.pinned());
        }

        public boolean todayDiffers() {
            return todayOutcome != null && (!todayOutcome.equals(storedOutcome) || rows.stream().anyMatch(r -> r.today() != r.stored()));
        }
    }

    private Replay() {
    }

    public static Result of(AuditRecord r, ConsoleContext cx) {
        if (r.input().equals("{}")) {
            return new Result("an ERROR on unreadable input: nothing to re-evaluate", true, r.outcome(), r.outcome(), null,
                    cx.engine().snapshot().hash(), List.of());
        }
        Transaction tx = TransactionJson.read(r.input());
        Snapshot active = cx.engine().snapshot();
        Decision pinned;
        String how;
        boolean exact = true;
        boolean pinnedIsActive = active.hash().equals(r.snapshot());
        if (pinnedIsActive) {
            pinned = cx.engine().screener().screen(tx);
            how = "pinned snapshot " + r.snapshot() + " is the active one";
        } else {
            Optional<Snapshot> kept = cx.store().snapshots().load(r.snapshot());
            if (kept.isPresent()) {
                pinned = cx.screenerFor(kept.get()).screen(tx);
                how = "pinned snapshot " + r.snapshot() + " restored from the store";
            } else {
                pinned = cx.engine().screener().screen(tx);
                exact = false;
                how = "pinned snapshot " + r.snapshot() + " was not retained (store.retain_snapshots is off): "
                        + "cannot be reproduced exactly; re-evaluated with the active lists";
            }
        }
        Decision today = pinnedIsActive || !exact ? null : cx.engine().screener().screen(tx);
        JsonNode stored = read(r.decision());
        TreeSet<String> s = hits(stored);
        TreeSet<String> p = hits(read(DecisionJson.toJson(pinned)));
        TreeSet<String> t = today == null ? p : hits(read(DecisionJson.toJson(today)));
        TreeSet<String> all = new TreeSet<>(s);
        all.addAll(p);
        all.addAll(t);
        List<Row> rows = new ArrayList<>();
        for (String h : all) {
            rows.add(new Row(h, s.contains(h), p.contains(h), t.contains(h)));
        }
        return new Result(how, exact, stored.path("outcome").asText(), pinned.outcome().name(),
                today == null ? null : today.outcome().name(), active.hash(), rows);
    }

    /** Each hit as party, measure/clause, entity, status and effect: what decides an outcome. */
    static TreeSet<String> hits(JsonNode d) {
        TreeSet<String> out = new TreeSet<>();
        for (JsonNode h : d.path("hits")) {
            out.add("party " + h.path("party").asInt() + " · " + h.path("measure").asText() + "/" + h.path("clause").asText()
                    + " · " + h.path("entity").asText() + " · " + h.path("status").asText() + " · " + h.path("effect").asText());
        }
        return out;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
