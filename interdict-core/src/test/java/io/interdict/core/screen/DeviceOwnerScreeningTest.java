package io.interdict.core.screen;

import static io.interdict.core.testkit.Kit.entity;
import static io.interdict.core.testkit.Kit.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.EntityKind;
import io.interdict.core.measure.Conditions;
import io.interdict.core.measure.EventType;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.TxKind;
import io.interdict.core.testkit.Kit;
import io.interdict.core.tx.Party;
import io.interdict.core.tx.Transaction;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Clauses conditioned on who owns the device, and measures of a subdivision, as the screener applies them. */
class DeviceOwnerScreeningTest {
    private static final Screener SCREENER = screener();

    private static Screener screener() {
        Conditions gov = new Conditions(Set.of(), Set.of(), Set.of("government"));
        Measure devices = Kit.measure("gov-devices", "US", List.of(event(EventType.SIGNED, "2023-01-01")),
                List.of(Kit.clause("ban", List.of("t:app/x"), Set.of(TxKind.APP_USE), gov, false)), List.of());
        Measure state = Kit.measure("state-ban", "US-MT", List.of(event(EventType.SIGNED, "2023-01-01")),
                List.of(Kit.clause("ban", List.of("t:app/x"), Set.of(TxKind.APP_STORE_DISTRIBUTION), Conditions.NONE, false)), List.of());
        return Kit.screener(Kit.snapshot(List.of(entity("t:app/x", EntityKind.APP, "Xapp")), List.of(), List.of(devices, state)));
    }

    private static Decision screen(TxKind kind, String jurisdiction, String owner) {
        return SCREENER.screen(new Transaction("t", Kit.d("2024-01-01"), null, kind, jurisdiction,
                List.of(new Party("counterparty", "Xapp", null, List.of())), null, null, null, null, owner));
    }

    @Test
    void aGovernmentDeviceBlocksAPrivateOneIsClearAndAnUnstatedOneIsANotice() {
        assertThat(screen(TxKind.APP_USE, "US", "government").outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(screen(TxKind.APP_USE, "US", "private").hits()).isEmpty();
        // Unstated: read as private (public scenario p15), but the hit stays visible with its status.
        Decision unstated = screen(TxKind.APP_USE, "US", null);
        assertThat(unstated.outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(unstated.hits()).hasSize(1);
        assertThat(unstated.hits().get(0).status()).isEqualTo(Status.IN_FORCE);
        assertThat(unstated.hits().get(0).reason()).contains("does not state device_owner");
    }

    @Test
    void aNationalGovernmentDeviceClauseInASubdivisionCannotTellWhoseGovernment() {
        Decision d = screen(TxKind.APP_USE, "US-MT", "government");
        assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(d.hits().get(0).reason()).contains("US's or US-MT's");
        assertThat(screen(TxKind.APP_USE, "US-MT", "private").hits()).isEmpty();
    }

    @Test
    void aSubdivisionMeasureBindsOnlyThere() {
        assertThat(screen(TxKind.APP_STORE_DISTRIBUTION, "US-MT", null).outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(screen(TxKind.APP_STORE_DISTRIBUTION, "US", null).hits()).isEmpty();
        assertThat(screen(TxKind.APP_STORE_DISTRIBUTION, "US-TX", null).hits()).isEmpty();
    }
}
