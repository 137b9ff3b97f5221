package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Compared pairwise, a brand written bare against the company's full name with its legal form (own examples). */
class BareBrandTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Korvistan|Korvistan Digital Technologies Co., Ltd.",              // business words after the brand
        "Korvistan|Pellingrad Korvistan Digital Technology Co., Ltd.",     // and a word before it
        "Korvistan|Korvistan Holdings Limited",
        "Velmarra|Public Joint Stock Company Velmarra of Russia",          // and the country it is of
        "Velmarra|United Company Velmarra International PJSC",
    })
    void aBareBrandIsTheCompanyWithItsForm(String brand, String full) {
        NameScore s = InterdictV2.compare(brand, full, Schema.ORGANIZATION);
        assertThat(s.features()).extracting(f -> f.name()).doesNotContain("business_word_extra", "place_extra");
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare(full, brand, Schema.ORGANIZATION).score()).isEqualTo(s.score());
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        "Korvistan AG|Korvistan Energy AG",                       // both carry a form: another company of the family
        "Korvistan Holdings|Korvistan",                           // neither does
        "Velmarra Bank|Velmarra Bank International PLC",          // a business word of its own: already a company's name
        "Korvistan|Korvistan (Ukraine)",                          // a country, neither with a form
    })
    void otherwiseTheWordsStillWeigh(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.ORGANIZATION);
        assertThat(s.features()).extracting(f -> f.name()).containsAnyOf("business_word_extra", "place_extra");
        assertThat(s.score()).isLessThan(REVIEW);
        assertThat(InterdictV2.compare(b, a, Schema.ORGANIZATION).score()).isLessThan(REVIEW);
    }

    @Test
    void aBrandMisspeltOrLooselyPairedIsNoBareBrand() {
        // only a brand written as the full name writes it: a loose pair leaves the words to weigh
        assertThat(InterdictV2.compare("Korvistam", "Korvistan Digital Technologies Co., Ltd.", Schema.ORGANIZATION).features())
                .extracting(f -> f.name()).contains("business_word_extra");
    }
}
