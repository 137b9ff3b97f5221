package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table of frequent given names' spellings says both which spellings write one name and which write two (own examples). */
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

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        "Karim Hassan Durrani|Karim Hussain Durrani",   // two names, however many words agree beside them
        "Ali Walid Hamdan|Ali Khalid Hamdan",
        "Nasir Ahmad Jan|Nasir Mahmud Jan",
    })
    void twoNamesOfTheTableAreTwoNames(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.features()).extracting(f -> f.name()).contains("other_word");
        assertThat(s.score()).as(s.toString()).isLessThan(REVIEW);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Karim Hasan Durrani|Karim Husan Durrani",      // one edit: a slip stays possible
    })
    void oneEditStaysASlip(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.PERSON).features()).extracting(f -> f.name()).doesNotContain("other_word");
    }
}
