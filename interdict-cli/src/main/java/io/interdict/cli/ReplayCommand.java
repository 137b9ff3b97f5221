package io.interdict.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.core.json.DecisionJson;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Screener;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.tx.Transaction;
import io.interdict.lists.Embedded;
import io.interdict.store.audit.AuditLog;
import io.interdict.store.audit.AuditRecord;
import io.interdict.store.audit.TransactionJson;
import io.interdict.store.snapshot.SnapshotArchive;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code interdict replay}: re-evaluates a stored decision's input against the snapshot it was made
 * with and says whether today's engine agrees. Suppressions are not applied: replay asks what the
 * engine decides, and the stored decision's reasons show any suppression that was in force.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Re-evaluates a stored decision against its pinned snapshot and reports whether today's engine agrees.",
                "Exit status: 0 agrees, 4 differs, 1 failure."})
final class ReplayCommand extends StoreCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(paramLabel = "DECISION_ID", description = "Decision id (its number in the log) or transaction id.")
    String id;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        var db = store.existing(engine.config());
        Optional<AuditRecord> found = new AuditLog(db, store.clock()).find(id);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("interdict replay: no stored decision " + id);
            return ExitCodes.FAILURE;
        }
        AuditRecord r = found.get();
        if (r.input().equals("{}")) {
            out.printf("decision %d (%s) was an ERROR on unreadable input: nothing to re-evaluate%n", r.seq(), r.txKey());
            out.flush();
            return ExitCodes.OK;
        }
        Transaction tx = TransactionJson.read(r.input());
        Screener active = engine.screener();
        Screener pinned;
        String how;
        boolean exact = true;
        if (active.snapshot().hash().equals(r.snapshot())) {
            pinned = active;
            how = "pinned snapshot " + r.snapshot() + " is the active one";
        } else {
            Optional<Snapshot> kept = new SnapshotArchive(db, store.clock()).load(r.snapshot());
            if (kept.isPresent()) {
                pinned = Embedded.screener(kept.get(), engine.config());
                how = "pinned snapshot " + r.snapshot() + " restored from the store (active is " + active.snapshot().hash() + ")";
            } else {
                pinned = active;
                exact = false;
                how = "CANNOT BE REPRODUCED EXACTLY: pinned snapshot " + r.snapshot() + " is not retained and differs from the active "
                        + active.snapshot().hash() + why(db, r.snapshot(), active.snapshot()) + "; re-evaluated with the active lists";
            }
        }
        Decision now = pinned.screen(tx);
        String stored = signature(JSON.readTree(r.decision()));
        String again = signature(JSON.readTree(DecisionJson.toJson(now)));
        boolean agrees = stored.equals(again);
        out.printf("decision %d  transaction %s  recorded %s by %s via %s%n", r.seq(), r.txKey(), r.recordedAt(), r.caller(), r.channel());
        out.println("  " + how);
        if (!r.algorithm().equals(pinned.matcher().algorithm())) {
            out.println("  matching algorithm then " + r.algorithm() + ", now " + pinned.matcher().algorithm());
        }
        if (!r.engineVersion().equals(StoreOptions.engineVersion())) {
            out.println("  engine then " + r.engineVersion() + ", now " + StoreOptions.engineVersion());
        }
        out.println("  stored:  " + stored);
        out.println("  replay:  " + again);
        out.println(agrees ? (exact ? "AGREES: today's engine makes the same decision" : "AGREES (with the active lists, not the pinned ones)")
                : "DIFFERS: today's engine decides otherwise");
        if (!exact || !active.snapshot().hash().equals(r.snapshot())) {
            Decision today = active.screen(tx);
            out.println("  with today's lists: " + signature(JSON.readTree(DecisionJson.toJson(today))));
        }
        out.flush();
        return agrees ? ExitCodes.OK : ExitCodes.DIFFERS;
    }

    /** Outcome and the hits that decide it, order-independent. */
    static String signature(JsonNode d) {
        TreeSet<String> hits = new TreeSet<>();
        for (JsonNode h : d.path("hits")) {
            hits.add("party " + h.path("party").asInt() + " " + h.path("measure").asText() + "/" + h.path("entity").asText()
                    + " " + h.path("status").asText() + " " + h.path("effect").asText());
        }
        return d.path("outcome").asText() + " " + hits;
    }

    /** Which sources differ between the stored snapshot's identity and the active one. */
    private String why(io.interdict.store.db.Database db, String hash, Snapshot active) {
        Optional<SnapshotArchive.Info> info = new SnapshotArchive(db, store.clock()).info(hash);
        if (info.isEmpty()) {
            return " (its identity was not stored either)";
        }
        Map<String, String> then = info.get().sources().stream().collect(Collectors.toMap(SourceInfo::id, SourceInfo::checksum, (a, b) -> a));
        Map<String, String> now = active.sources().stream().collect(Collectors.toMap(SourceInfo::id, SourceInfo::checksum, (a, b) -> a));
        List<String> diffs = new ArrayList<>();
        for (String s : new TreeSet<>(then.keySet())) {
            if (!now.containsKey(s)) {
                diffs.add(s + " no longer loaded");
            } else if (!now.get(s).equals(then.get(s))) {
                diffs.add(s + " changed (" + then.get(s) + " -> " + now.get(s) + ")");
            }
        }
        for (String s : new TreeSet<>(now.keySet())) {
            if (!then.containsKey(s)) {
                diffs.add(s + " added");
            }
        }
        return diffs.isEmpty() ? "" : " (" + String.join("; ", diffs) + ")";
    }
}
