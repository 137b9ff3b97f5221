package io.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.SearchHit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names as payment fields write them, searched in the bundled lists, where a common word ("airlines", "hong kong")
 * names many listed parties besides the one meant: the listed party is found, to review or block.
 */
class PaymentFieldSearchTest {
    private final FuzzyMatcher matcher = BundledListsMatcher.v2();

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        "MAHAN AIRLINES|MAHAN AIR",                          // an airline's word written another way
        "Mahan Airways Co|MAHAN AIR",
        "MIKROCITY HONG KONG LIMITED|Mikrocity HK Limited",  // a country written as its code in the listed name
        "PCC UNITED KINGDOM LTD|PCC (UK)",
        "EVER BRIGHT88|EVER BRIGHT 88",                      // a vessel's number glued to its word
        "ATTN ACCOUNTS DEPT MAHAN AIR|MAHAN AIR",            // a department the field addresses
        "BELAVIA|BELAVIA BELARUSIAN AIRLINES",               // the brand, without its place and business words
    })
    void theListedPartyIsFound(String field, String listed) {
        List<SearchHit> hits = matcher.search(field, null, 10);
        assertThat(hits).as("%s", hits).anySatisfy(h -> {
            assertThat(h.name()).isEqualToIgnoringCase(listed);
            assertThat(h.score()).isGreaterThanOrEqualTo(MatchSettings.DEFAULTS.reviewThreshold());
        });
    }
}
