package io.interdict.store.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.snapshot.Snapshot;
import io.interdict.store.audit.AuditLog;
import io.interdict.store.db.Database;
import io.interdict.store.review.Alert;
import io.interdict.store.review.ReviewService;
import io.interdict.store.suppress.SuppressingScreener;
import io.interdict.store.testkit.Fixtures;
import io.interdict.store.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RescreenerTest {
    static final AuditLog.Context CTX = new AuditLog.Context("monitor", "rescreen", "e", "x");
    static final LocalDate DAY = LocalDate.parse("2026-01-15");
    @TempDir
    Path tmp;

    static Snapshot before() {
        return Fixtures.list("sha256:v1", List.of(Fixtures.entity("test:acme", "Acme Trading"),
                Fixtures.entity("test:blue", "Blue Ocean Shipping")));
    }

    /** The newer list adds a listed alias to Blue Ocean Shipping: the name of one monitored party. */
    static Snapshot after() {
        return Fixtures.list("sha256:v2", List.of(Fixtures.entity("test:acme", "Acme Trading"),
                Fixtures.entity("test:blue", "Blue Ocean Shipping", "Golden Star Shipping")));
    }

    static SuppressingScreener on(Snapshot s) {
        return new SuppressingScreener(Fixtures.screener(s), List.of(), DAY);
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void aNewAliasOpensExactlyThatAlertAndRescreensOnlyWhatItCanAffect(String kind) throws Exception {
        Database db = TestDatabases.open(kind, tmp);
        MonitorRegistry reg = new MonitorRegistry(db, Fixtures.CLOCK);
        Path csv = tmp.resolve("parties.csv");
        StringBuilder sb = new StringBuilder("id,name,country,ids,kind,jurisdiction\n");
        sb.append("p-acme,Acme Trading,,,payment,US\n").append("p-golden,Golden Star Shipping,GR,imo:9187629,payment,US\n");
        for (int i = 0; i < 200; i++) {
            sb.append("p-").append(1000 + i).append(",Customer ").append(i).append(" Ltd,,,payment,US\n");
        }
        Files.writeString(csv, sb);
        assertThat(reg.importFile(csv)).isEqualTo(202);

        Rescreener r = new Rescreener(db, Fixtures.CLOCK, CTX, 10_000);
        Rescreener.Result first = r.run(on(before()), DAY, false);
        assertThat(first.mode()).isEqualTo("full");
        assertThat(first.candidates()).isEqualTo(202);
        assertThat(first.alerts()).hasSize(1);    // Acme, already listed

        Rescreener.Result second = r.run(on(after()), DAY, false);
        assertThat(second.mode()).isEqualTo("delta");
        assertThat(second.reason()).contains("1 changed");
        assertThat(second.candidates()).isEqualTo(1);
        assertThat(second.changed()).isEqualTo(1);
        assertThat(second.alerts()).hasSize(1);
        Alert a = new ReviewService(db, Fixtures.CLOCK).show(second.alerts().get(0)).orElseThrow().alert();
        assertThat(a.txKey()).startsWith("rescreen:p-golden:");
        assertThat(a.outcome()).isEqualTo("BLOCK");
        assertThat(a.origin()).isEqualTo("rescreen");
        assertThat(reg.get("p-golden").orElseThrow().lastOutcome()).isEqualTo("BLOCK");

        // Nothing changed: nothing rescreened, no alert; the audit chain is intact.
        Rescreener.Result third = r.run(on(after()), DAY, false);
        assertThat(third.mode()).isEqualTo("none");
        assertThat(third.candidates()).isZero();
        assertThat(third.alerts()).isEmpty();
        assertThat(new AuditLog(db, Fixtures.CLOCK).verify().ok()).isTrue();

        // Back to the old list (the alias withdrawn): Golden Star is cleared, which is an alert too.
        Rescreener.Result fourth = r.run(on(before()), DAY, false);
        assertThat(fourth.candidates()).isEqualTo(1);
        assertThat(fourth.alerts()).hasSize(1);
        assertThat(reg.get("p-golden").orElseThrow().lastOutcome()).isEqualTo("ALLOW");
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void aMeasureComingIntoForceRescreensOnlyThePartiesItsStatusChangeAffects(String kind) {
        Database db = TestDatabases.open(kind, tmp);
        MonitorRegistry reg = new MonitorRegistry(db, Fixtures.CLOCK);
        reg.put(List.of(new MonitoredParty("p-target", "Target Apps Ltd", null, List.of(), null, "US"),
                new MonitoredParty("p-other", "Other Ltd", null, List.of(), null, "US")));
        Snapshot s = Fixtures.pending("Target Apps Ltd", "2026-01-05", "2026-02-19");
        Rescreener r = new Rescreener(db, Fixtures.CLOCK, CTX, 10_000);
        Rescreener.Result first = r.run(on(s), LocalDate.parse("2026-02-18"), false);
        assertThat(first.alerts()).isEmpty();    // pending: ALLOW with a notice
        // Still pending the next day: status unchanged, nothing rescreened.
        Rescreener.Result same = r.run(on(s), LocalDate.parse("2026-02-18"), false);
        assertThat(same.candidates()).isZero();
        Rescreener.Result inForce = r.run(on(s), LocalDate.parse("2026-02-19"), false);
        assertThat(inForce.mode()).isEqualTo("delta");
        assertThat(inForce.reason()).contains("test-order");
        assertThat(inForce.candidates()).isEqualTo(1);
        assertThat(inForce.alerts()).hasSize(1);
        assertThat(reg.get("p-target").orElseThrow().lastOutcome()).isEqualTo("BLOCK");
        assertThat(reg.get("p-other").orElseThrow().lastOutcome()).isEqualTo("ALLOW");
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void registryAddsRemovesAndRejectsBadFiles(String kind) throws Exception {
        Database db = TestDatabases.open(kind, tmp);
        MonitorRegistry reg = new MonitorRegistry(db, Fixtures.CLOCK);
        Path jsonl = tmp.resolve("p.jsonl");
        Files.writeString(jsonl, "{\"id\":\"a\",\"name\":\"Alpha\",\"ids\":[\"lei:5493001KJTIIGC8Y1R12\"]}\n{\"id\":\"b\",\"name\":\"Beta\",\"jurisdiction\":\"GB\"}\n");
        assertThat(reg.importFile(jsonl)).isEqualTo(2);
        assertThat(reg.get("a").orElseThrow().party().ids()).hasSize(1);
        assertThat(reg.get("b").orElseThrow().party().jurisdiction()).isEqualTo("GB");
        assertThat(reg.remove("a")).isTrue();
        assertThat(reg.count()).isEqualTo(1);
        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\":\"c\",\"name\":\"C\"}\n{\"name\":\"no id\"}\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reg.importFile(bad)).hasMessageContaining("line 2");
        assertThat(reg.count()).isEqualTo(1);
    }
}
