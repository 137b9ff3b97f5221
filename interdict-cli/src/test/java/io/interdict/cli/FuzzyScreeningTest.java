package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.measure.TxKind;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Hit;
import io.interdict.core.screen.Screener;
import io.interdict.core.tx.Party;
import io.interdict.core.tx.Transaction;
import io.interdict.lists.Embedded;
import io.interdict.config.Config;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default (fuzzy) matcher finds written variants (and names disguised) through the whole engine, and not chance
 *  look-alikes. */
class FuzzyScreeningTest {
    static Screener screener;

    @BeforeAll
    static void load() {
        screener = Embedded.screener(Config.defaults());
    }

    static Decision screen(String name, String date, String kind) {
        return screener.screen(new Transaction("f", LocalDate.parse(date), null, TxKind.of(kind), "US",
                List.of(new Party("counterparty", name, null, List.of())), null, null, null, null));
    }

    @ParameterizedTest(name = "{0} -> {3} {4}")
    @CsvSource({
            "CamScaner,  2021-03-01, payment,                us-eo-13971,    interdict:app/camscanner",
            "支付宝,      2021-03-01, payment,                us-eo-13971,    interdict:app/alipay",
            "Tik Tok,    2025-05-01, app_store_distribution, us-pafaca-2024, interdict:app/tiktok",
            "Mahaan Air, 2024-06-01, payment,                ofac-sdn,       ofac-sdn:12927",
            // the press's name: OFAC writes "LEBANESE HEZBOLLAH" (and the word beside the body's other names too)
            "Hezbollah,  2024-06-01, payment,                ofac-sdn,       ofac-sdn:4697",
            // disguised: digits typed for letters; a Cyrillic А and а among the Latin letters
            "C4mSc4nner, 2021-03-01, payment,                us-eo-13971,    interdict:app/camscanner",
            "M\u0430h\u0430n \u0410ir, 2024-06-01, payment,         ofac-sdn,       ofac-sdn:12927",
    })
    void variantsAreFound(String name, String date, String kind, String measure, String entity) {
        assertThat(screen(name, date, kind).hits()).anySatisfy(h -> {
            assertThat(h.measure()).isEqualTo(measure);
            assertThat(h.entity()).isEqualTo(entity);
        });
    }

    @ParameterizedTest(name = "{0} is not {2}")
    @CsvSource({
            // one word loosely like a listed alias: chance, not evidence
            "VMate,       2021-05-01, ofac-sdn:7718",
            "Prosus N.V., 2021-05-01, ofac-sdn:15057",
    })
    void chanceLookAlikesAreNotHits(String name, String date, String entity) {
        assertThat(screen(name, date, "payment").hits()).extracting(Hit::entity).doesNotContain(entity);
    }
}
