package io.interdict.core.tx;

import io.interdict.core.measure.TxKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A transaction to screen. {@code knownAt} (optional) judges it with only the events issued by then.
 */
public record Transaction(String id, LocalDate date, LocalDate knownAt, TxKind kind, String jurisdiction,
                          List<Party> parties, Equipment equipment, String amount, String currency, String memo) {
    public Transaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    public String network() {
        return equipment == null ? null : equipment.network();
    }

    public String domain() {
        return equipment == null ? null : equipment.domain();
    }
}
