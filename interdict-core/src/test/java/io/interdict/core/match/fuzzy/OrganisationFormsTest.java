package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compared pairwise, organisations' legal forms of no common country ({@code legal_form_countries}), activity words in
 * their own language ({@code BusinessWords}), Mexican legal forms written out, and a word of its own before the shared
 * name (own examples, none from the labelled sets).
 */
class OrganisationFormsTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    private static NameScore compare(String a, String b) {
        return InterdictV2.compare(a, b, Schema.COMPANY);
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        "Brandvik Hydraulik GmbH|Brandvik Hydraulik Sdn. Bhd.",
        "Pellworm Shipping Sp. z o.o.|Pellworm Shipping Pte. Ltd.",
        "Orsolya Textil Kft.|Orsolya Textil S.A. de C.V.",
        "Vantaa Kemia Oy|Vantaa Kemia B.V.",
    })
    void legalFormsOfTwoCountriesAreTwoCompanies(String a, String b) {
        NameScore s = compare(a, b);
        assertThat(s.features()).extracting(f -> f.name()).contains("legal_form_countries");
        assertThat(s.score()).isLessThan(REVIEW);
        assertThat(compare(b, a).score()).isLessThan(REVIEW);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Brandvik Hydraulik GmbH|Brandvik Hydraulik Gesellschaft mit beschränkter Haftung",   // one form, two spellings
        "Brandvik Hydraulik GmbH|Brandvik Hydraulik AG",                                     // forms of one country
        "Brandvik Hydraulik GmbH|Brandvik Hydraulik Ltd",                                    // English tells no country
        "Karpaty Energo S.R.L.|Karpaty Energo OOO",                                          // Moldova has both
        "Brandvik Hydraulik GmbH|Brandvik Hydraulik",                                        // one side without a form
    })
    void formsOfACommonCountryOrEnglishFormsStayTheSame(String a, String b) {
        NameScore s = compare(a, b);
        assertThat(s.features()).extracting(f -> f.name()).doesNotContain("legal_form_countries");
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Solheim Rederi AS|Solheim Shipping AS",
        "Horvat Prijevoz d.o.o.|Horvat Transport d.o.o.",
        "Demir İnşaat A.Ş.|Demir Construction A.Ş.",
        "Huaxing Maoyi Youxian Gongsi|Huaxing Trading Co., Ltd.",
        "Dalian Jinqiao Yinhang|Dalian Jinqiao Bank",
    })
    void anActivityWordInItsOwnLanguageIsItsEnglishWord(String a, String b) {
        assertThat(compare(a, b).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(compare(b, a).score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void twoActivitiesStayTwoWords() {
        assertThat(compare("Solheim Steel Tubes AS", "Solheim Steel Wires AS").score()).isLessThan(REVIEW);
        assertThat(compare("Solheim Rederi AS", "Solheim Trading AS").score()).as("rederi is shipping, not trading")
                .isLessThan(REVIEW);
    }

    @Test
    void mexicanFormsWrittenOut() {
        assertThat(compare("Autotransportes Ibarra Sociedad Anónima de Capital Variable", "Autotransportes Ibarra S.A. de C.V.")
                .score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(compare("Ibarra Consultores Sociedad de Responsabilidad Limitada de Capital Variable",
                "Ibarra Consultores S. de R.L. de C.V.").score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void aWordBeforeTheNameIsAnotherOrganisation() {
        NameScore s = compare("Northern Savings Bank of Tarnow", "Savings Bank of Tarnow");
        assertThat(s.features()).extracting(f -> f.name()).contains("word_appended");
        assertThat(s.score()).isLessThan(REVIEW);
        assertThat(compare("Messrs. Halvorsen Marine AS", "Halvorsen Marine AS").score()).as("a courtesy, no word")
                .isGreaterThanOrEqualTo(REVIEW);
    }
}
