package io.interdict.console.law;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.measure.Measure;
import io.interdict.core.screen.MeasureStatus;
import io.interdict.regime.RegimeLoader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandsTest {
    private static final Measure EO_13942 = RegimeLoader.load().measures().stream()
            .filter(m -> m.id().equals("us-eo-13942")).findFirst().orElseThrow();
    private static final LocalDate FROM = LocalDate.parse("2020-08-06");
    private static final LocalDate TO = LocalDate.parse("2022-12-31");

    @Test
    void everyDayOfEveryBandHasTheStatusTheCoreGivesIt() {
        for (LocalDate knownAt : new LocalDate[] {null, LocalDate.parse("2020-09-18"), LocalDate.parse("2020-11-01")}) {
            List<Bands.Row> rows = Bands.rows(EO_13942, FROM, TO, knownAt);
            for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
                List<MeasureStatus.Clause> want = MeasureStatus.of(EO_13942, d, knownAt).clauses();
                for (int c = 0; c < rows.size(); c++) {
                    LocalDate day = d;
                    String drawn = rows.get(c).bands().stream().filter(b -> !day.isBefore(b.from()) && day.isBefore(b.to()))
                            .findFirst().orElseThrow().status();
                    assertThat(drawn).as(rows.get(c).clause() + " on " + d + " known " + knownAt).isEqualTo(want.get(c).status());
                }
            }
        }
    }

    @Test
    void bandsAreContiguousAndMerged() {
        for (Bands.Row r : Bands.rows(EO_13942, FROM, TO, null)) {
            assertThat(r.bands().get(0).from()).isEqualTo(FROM);
            assertThat(r.bands().get(r.bands().size() - 1).to()).isEqualTo(TO.plusDays(1));
            for (int i = 1; i < r.bands().size(); i++) {
                assertThat(r.bands().get(i).from()).isEqualTo(r.bands().get(i - 1).to());
                assertThat(r.bands().get(i).status()).isNotEqualTo(r.bands().get(i - 1).status());
            }
        }
    }

    @Test
    void differencesBetweenTwoKnownAtDatesAreTheDaysWhereTheyDisagree() {
        List<Bands.Difference> d = Bands.differences(Bands.rows(EO_13942, FROM, TO, LocalDate.parse("2020-09-18")),
                Bands.rows(EO_13942, FROM, TO, LocalDate.parse("2020-09-19")));
        assertThat(d).containsExactly(new Bands.Difference("item-1-app-store", LocalDate.parse("2020-09-20"),
                LocalDate.parse("2020-09-26"), "in_force", "pending"));
        List<Bands.Row> same = Bands.rows(EO_13942, FROM, TO, null);
        assertThat(Bands.differences(same, same)).isEmpty();
    }
}
