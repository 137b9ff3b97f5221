package io.interdict.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.measure.TxKind;
import io.interdict.core.tx.Party;
import io.interdict.core.tx.Transaction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored inputs keep every field that can change a decision, so a replay decides the same way. */
class TransactionJsonTest {
    @Test
    void deviceOwnerSubdivisionAndNewKindsSurviveTheRoundTrip() {
        Transaction tx = new Transaction("t-1", LocalDate.parse("2024-05-01"), LocalDate.parse("2024-04-30"), TxKind.SOFTWARE_UPDATE,
                "US-MT", List.of(new Party("counterparty", "TikTok", null, List.of())), null, null, null, null, "government");
        String json = TransactionJson.write(tx);
        assertThat(json).contains("\"device_owner\":\"government\"").contains("\"jurisdiction\":\"US-MT\"");
        assertThat(TransactionJson.read(json)).isEqualTo(tx);
    }

    @Test
    void aTransactionWithoutDeviceOwnerIsWrittenAsBefore() {
        Transaction tx = new Transaction("t-2", LocalDate.parse("2021-03-01"), null, TxKind.PAYMENT, "US",
                List.of(new Party("counterparty", "Alipay", null, List.of())), null, null, null, null);
        assertThat(TransactionJson.write(tx)).doesNotContain("device_owner");
        assertThat(TransactionJson.read(TransactionJson.write(tx))).isEqualTo(tx);
    }
}
