package io.interdict.core.tx;

import io.interdict.core.measure.TxKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A transaction to screen. {@code knownAt} (optional) judges it with only the events issued by then.
 * {@code jurisdiction} is an ISO 3166-1 country or ISO 3166-2 subdivision code; {@code deviceOwner}
 * (optional) is who owns the device the transaction concerns: {@code government} or {@code private}.
 */
public record Transaction(String id, LocalDate date, LocalDate knownAt, TxKind kind, String jurisdiction,
                          List<Party> parties, Equipment equipment, String amount, String currency, String memo,
                          String deviceOwner) {
    public Transaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** A transaction that does not state who owns the device. */
    public Transaction(String id, LocalDate date, LocalDate knownAt, TxKind kind, String jurisdiction,
                       List<Party> parties, Equipment equipment, String amount, String currency, String memo) {
        this(id, date, knownAt, kind, jurisdiction, parties, equipment, amount, currency, memo, null);
    }

    /** The same transaction judged with the events known on {@code knownAt}. */
    public Transaction withKnownAt(LocalDate knownAt) {
        return new Transaction(id, date, knownAt, kind, jurisdiction, parties, equipment, amount, currency, memo, deviceOwner);
    }

    public String network() {
        return equipment == null ? null : equipment.network();
    }

    public String domain() {
        return equipment == null ? null : equipment.domain();
    }
}
