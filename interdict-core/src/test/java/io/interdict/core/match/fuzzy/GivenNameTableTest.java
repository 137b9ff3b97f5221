package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table of frequent given names' spellings pairs spellings of one name whatever their letters (own examples). */
class GivenNameTableTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Karim Essa Durrani|Karim Isa Durrani",        // first letters differ, too far for an edit ratio
        "Umar Faruq Daudzai|Omar Faruq Daudzai",
        "YURIY PETRENKO|YURI PETRENKO",                  // a table spelling is no name ending
        "Ivan Yuriy Sokol|Ivan Yuri Sokol",
    })
    void spellingsOfOneNamePair(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.score()).as(s.toString()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(s.features()).extracting(f -> f.name()).doesNotContain("name_ending", "token_conflict");
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Constantino Varelko|VARELKO, Constantine Gureya",   // given-name-cognates.tsv: Portuguese and English
        "Robert Halvrenko|Roberto Halvrenko",
        "Helen Thornwick|Helena Thornwick",
    })
    void aGivenNameAndItsCognateDifferInNoNameEnding(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.features()).as(s.toString()).extracting(f -> f.name()).doesNotContain("name_ending");
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Antonio Halvrenko|Antonia Halvrenko",   // no cognates: a son's name and a daughter's
        "Marko Thornwick|Marka Thornwick",
    })
    void otherEndingsStayNameEndings(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.PERSON).features()).extracting(f -> f.name()).contains("name_ending");
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Karim Hasan Durrani|Karim Husan Durrani",      // one edit: a slip stays possible
        "Karim Hassan Durrani|Karim Hussain Durrani",   // two: the labelled pairs call such names mostly the same
    })
    void twoFrequentNamesOneOrTwoEditsApartStayAPossibleSlip(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.PERSON).features()).extracting(f -> f.name()).doesNotContain("other_word");
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        "Hossein Karimi|Hassan Karimi",        // Husayn and Hasan, three edits apart, their consonants alike
        "Karimi Hossein|Karimi Hassan",
    })
    void twoFrequentNamesThreeEditsApartAreTwoNames(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.features()).extracting(f -> f.name()).contains("other_word");
        assertThat(s.score()).isLessThan(REVIEW);
    }
}
