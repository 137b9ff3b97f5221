package io.interdict.store.audit;

import io.interdict.core.tx.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds transaction ids reused for a different transaction. The audit trail is idempotent by
 * transaction id (a resumed batch stores nothing twice), so a second, different transaction under
 * the same id would otherwise be skipped as "already stored" and its decision, a BLOCK perhaps, lost
 * from the trail and the alert queue. Identical repeats are not conflicts.
 */
public final class IdConflicts {
    private final AuditLog log;

    public IdConflicts(AuditLog log) {
        this.log = log;
    }

    /** One transaction of a batch, with the input line it came from. */
    public record Item(long line, Transaction tx) {
    }

    /**
     * For each item, in order: empty when its id is new, or repeats the same transaction; else why the
     * id conflicts (naming the earlier line of this batch, or the stored decision). Items earlier in
     * the batch count as stored once seen, so the first occurrence wins as it would in the store.
     */
    public List<Optional<String>> check(List<Item> items) {
        Map<String, AuditRecord> stored = log.storedByKey(items.stream().map(i -> i.tx().id()).toList());
        Map<String, Item> earlier = new HashMap<>();
        List<Optional<String>> out = new ArrayList<>(items.size());
        for (Item it : items) {
            String id = it.tx().id();
            String input = TransactionJson.write(it.tx());
            AuditRecord r = stored.get(id);
            Item first = earlier.putIfAbsent(id, it);
            if (r != null && !r.input().equals(input)) {
                out.add(Optional.of("field 'id': '" + id + "' is already recorded for a different transaction (decision "
                        + r.seq() + ", recorded " + r.recordedAt() + "); give each transaction its own id"));
            } else if (r == null && first != null && !TransactionJson.write(first.tx()).equals(input)) {
                out.add(Optional.of("field 'id': '" + id + "' was already used on line " + first.line()
                        + " for a different transaction; give each transaction its own id"));
            } else {
                out.add(Optional.empty());
            }
        }
        return out;
    }
}
