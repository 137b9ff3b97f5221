package io.interdict.core.screen;

import static io.interdict.core.testkit.Kit.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.measure.Citation;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Prohibition;
import io.interdict.core.measure.TxKind;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.core.testkit.Kit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A list entry's own dates on the list clause: listing, unknown listing, removal, and what was known when. */
class EntryTimingTest {
    private static Entity entry(String id, String name, Map<String, List<String>> dates) {
        return new Entity(id, EntityKind.ORGANIZATION, List.of(Name.primary(name)), List.of(),
                List.of(), dates, false, null);
    }

    private static Screener screener(String published, Entity... entries) {
        Prohibition list = new Prohibition("list", "every transaction", List.of(), null, null, null, false, null, List.of(), false);
        Measure m = new Measure("test-list", "Test List", "Test List", "test", java.util.Set.of("US"), List.<Citation>of(),
                List.of(), List.of(list), List.of(), true, "test-list", List.of());
        SourcePart part = new SourcePart(new SourceInfo("test-list", "test", published, null, "sha256:0"),
                List.of(entries), List.of(), List.of(m));
        return Kit.screener(Snapshot.of(List.of(part)));
    }

    private static Decision screen(Screener s, String date, String knownAt, String name) {
        return s.screen(Kit.tx(date, knownAt, TxKind.PAYMENT, "US", new io.interdict.core.tx.Party("counterparty", name, null, List.of()), null));
    }

    @Test
    void noHitBeforeTheListingDate_aBlockFromIt_withTheDateInTheReason() {
        Screener s = screener("2026-02-27", entry("test-list:1", "Acme Trading", Map.of("listed_on", List.of("2025-10-17"))));
        assertThat(screen(s, "2025-10-16", null, "Acme Trading").hits()).isEmpty();
        Decision on = screen(s, "2025-10-17", null, "Acme Trading");
        assertThat(on.outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(on.hits().get(0).listedSince()).isEqualTo("2025-10-17");
        assertThat(on.hits().get(0).reason()).contains("2025-10-17");
        // Judged with what was known the day before it was listed: not yet on the list.
        assertThat(screen(s, "2025-10-20", "2025-10-16", "Acme Trading").hits()).isEmpty();
    }

    @Test
    void unknownListingDate_isReviewBeforeThePublication_andBlockFromIt() {
        Screener s = screener("2021-07-07", entry("test-list:2", "Borealis Shipping", Map.of()));
        Decision before = screen(s, "2021-07-06", null, "Borealis Shipping");
        assertThat(before.outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(before.hits().get(0).listedSince()).isEqualTo("unknown");
        assertThat(before.hits().get(0).reason()).contains("no listing date", "2021-07-07");
        Decision on = screen(s, "2021-07-07", null, "Borealis Shipping");
        assertThat(on.outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(on.hits().get(0).listedSince()).isEqualTo("unknown");
    }

    @Test
    void unknownPublicationDate_isAlwaysReview() {
        Screener s = screener(null, entry("test-list:3", "Cygnus Holdings", Map.of()));
        assertThat(screen(s, "2030-01-01", null, "Cygnus Holdings").outcome()).isEqualTo(Outcome.REVIEW);
    }

    @Test
    void removedEntry_staysVisibleBeforeItsRemovalOnly() {
        Screener s = screener("2026-02-27", entry("test-list:4", "Dorado Metals",
                Map.of("listed_on", List.of("2020-01-15"), "removed_on", List.of("2024-03-01"), "seen_in", List.of("2024-02-01"))));
        assertThat(screen(s, "2024-02-29", null, "Dorado Metals").outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(screen(s, "2024-03-01", null, "Dorado Metals").hits()).isEmpty();
        // Known on 2024-02-15, the removal was not yet known: still listed then.
        assertThat(screen(s, "2024-03-05", "2024-02-15", "Dorado Metals").outcome()).isEqualTo(Outcome.BLOCK);
    }

    @Test
    void entryEffectiveDate_isPendingUntilIt_andAClauseDateBindsOnlyThatClause() {
        ListEntry e = ListEntry.of(entry("test-list:5", "Eridanus", Map.of("listed_on", List.of("2021-06-03"),
                "effective_on", List.of("2021-08-02"), "effective_on:late", List.of("2022-06-03"))));
        assertThat(e.effective("list")).isEqualTo(d("2021-08-02"));
        assertThat(e.effective("late")).isEqualTo(d("2022-06-03"));
        ClauseStatus inForce = new ClauseStatus(Status.IN_FORCE, java.time.LocalDate.MIN, java.time.LocalDate.MIN, null);
        assertThat(EntryTiming.apply(e, "list", inForce, d("2021-08-01"), null, null).orElseThrow().status().status())
                .isEqualTo(Status.PENDING);
        assertThat(EntryTiming.apply(e, "list", inForce, d("2021-08-02"), null, null).orElseThrow().status().status())
                .isEqualTo(Status.IN_FORCE);
        assertThat(EntryTiming.apply(e, "late", inForce, d("2022-06-02"), null, null).orElseThrow().status().status())
                .isEqualTo(Status.PENDING);
    }

    @Test
    void severalOrMalformedDates_keepTheEarliestWellFormedOne() {
        assertThat(ListEntry.earliest(List.of("2019-05-21", "2003", "2016-04-01", "2016-00-00"))).isEqualTo(d("2016-04-01"));
        assertThat(ListEntry.earliest(List.of("1980"))).isNull();
    }
}
