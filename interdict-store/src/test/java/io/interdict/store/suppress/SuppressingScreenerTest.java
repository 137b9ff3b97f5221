package io.interdict.store.suppress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Effect;
import io.interdict.core.screen.Outcome;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.store.audit.AuditLog;
import io.interdict.store.audit.Recorder;
import io.interdict.store.db.Database;
import io.interdict.store.review.Alert.Resolution;
import io.interdict.store.review.ReviewService;
import io.interdict.store.testkit.Fixtures;
import io.interdict.store.testkit.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SuppressingScreenerTest {
    static final LocalDate TODAY = LocalDate.parse("2026-01-15");
    @TempDir
    Path tmp;

    /** Two listed entities share a name, under the same measure. */
    static Snapshot twins() {
        return Fixtures.list("sha256:twins", List.of(Fixtures.entity("test:star-1", "Star Trading"),
                Fixtures.entity("test:star-2", "Star Trading Co", "Star Trading")));
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void aReviewedFalsePositiveBecomesASuppressionThatScreeningHonoursAndExplains(String kind) {
        Database db = TestDatabases.open(kind, tmp);
        var screener = Fixtures.screener(Fixtures.small());
        try (Recorder r = new Recorder(new AuditLog(db, Fixtures.CLOCK), new AuditLog.Context("s", "cli-batch", "e", "x"), 10)) {
            r.add(Fixtures.tx("t1", "Acme Trading"), screener.screen(Fixtures.tx("t1", "Acme Trading")));
        }
        ReviewService review = new ReviewService(db, Fixtures.CLOCK);
        SuppressionService svc = new SuppressionService(db, Fixtures.CLOCK);
        var req = new SuppressionService.Request("our client Acme Trading GmbH, not the listed one", "compliance-team",
                LocalDate.parse("2026-07-01"), "bob");
        long alert = review.list(ReviewService.Filter.all()).get(0).id();
        review.resolve(alert, "bob", Resolution.FALSE_POSITIVE, "different registration number");
        // Not yet approved by a second person: no suppression.
        assertThatThrownBy(() -> svc.fromAlert(alert, null, req)).hasMessageContaining("PENDING_APPROVAL");
        review.approve(alert, "carol", "agreed");
        List<Suppression> made = svc.fromAlert(alert, null, req);
        assertThat(made).singleElement().satisfies(s -> assertThat(s.entity()).isEqualTo("test:acme"));

        SuppressingScreener s = new SuppressingScreener(screener, svc.list(true), TODAY);
        Decision d = s.screen(Fixtures.tx("t2", "Acme Trading"));
        assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(d.hits()).singleElement().satisfies(h -> {
            assertThat(h.effect()).isEqualTo(Effect.ALLOW);
            assertThat(h.reason()).contains("suppressed by suppression " + made.get(0).id()).contains("was BLOCK");
        });
        // Another party (different country) is not covered.
        var other = new io.interdict.core.tx.Transaction("t3", TODAY, null, io.interdict.core.measure.TxKind.PAYMENT, "US",
                List.of(new io.interdict.core.tx.Party("counterparty", "Acme Trading", "IR", List.of())), null, null, null, null);
        assertThat(s.screen(other).outcome()).isEqualTo(Outcome.BLOCK);
        // Expired or revoked: no longer honoured.
        assertThat(new SuppressingScreener(screener, svc.list(false), LocalDate.parse("2026-07-01"))
                .screen(Fixtures.tx("t4", "Acme Trading")).outcome()).isEqualTo(Outcome.BLOCK);
        svc.revoke(made.get(0).id(), "carol");
        assertThat(svc.list(true)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void neverHidesABlockOnADifferentEntity(String kind) {
        Database db = TestDatabases.open(kind, tmp);
        var screener = Fixtures.screener(twins());
        SuppressionService svc = new SuppressionService(db, Fixtures.CLOCK);
        var party = new io.interdict.core.tx.Party("counterparty", "Star Trading", null, List.of());
        Decision plain = screener.screen(Fixtures.tx("t", "Star Trading"));
        assertThat(plain.outcome()).isEqualTo(Outcome.BLOCK);
        // Suppress whichever entity the core reported: the other one must still block.
        String shown = plain.hits().get(0).entity();
        svc.add(party, shown, new SuppressionService.Request("not them", "team", LocalDate.parse("2027-01-01"), "bob"), null);
        Decision d = new SuppressingScreener(screener, svc.list(true), TODAY).screen(Fixtures.tx("t", "Star Trading"));
        assertThat(d.outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(d.hits()).anySatisfy(h -> {
            assertThat(h.entity()).isNotEqualTo(shown);
            assertThat(h.effect()).isEqualTo(Effect.BLOCK);
        });
        assertThat(d.hits()).anySatisfy(h -> {
            assertThat(h.entity()).isEqualTo(shown);
            assertThat(h.effect()).isEqualTo(Effect.ALLOW);
        });
    }
}
