package io.interdict.store.monitor;

import io.interdict.core.entity.Identifier;
import io.interdict.core.measure.TxKind;
import io.interdict.core.tx.Party;
import io.interdict.core.tx.Transaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A counterparty under continuous monitoring, with the transaction kind and jurisdiction it is
 * rescreened as (what the business does with it, and where).
 */
public record MonitoredParty(String id, String name, String country, List<Identifier> ids, TxKind kind, String jurisdiction) {
    public MonitoredParty {
        Objects.requireNonNull(id, "id");
        ids = ids == null ? List.of() : List.copyOf(ids);
        if ((name == null || name.isBlank()) && ids.isEmpty()) {
            throw new IllegalArgumentException("monitored party " + id + ": a name or ids are required");
        }
        kind = kind == null ? TxKind.PAYMENT : kind;
        jurisdiction = jurisdiction == null ? "US" : jurisdiction;
    }

    public Party party() {
        return new Party("counterparty", name, country, ids);
    }

    /** The transaction a rescreen judges: this party, on {@code date}, under the current lists. */
    public Transaction asTransaction(LocalDate date) {
        return new Transaction("monitor:" + id, date, null, kind, jurisdiction, List.of(party()), null, null, null, null);
    }
}
