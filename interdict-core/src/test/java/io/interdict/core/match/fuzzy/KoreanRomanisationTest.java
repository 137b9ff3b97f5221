package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.HangulRomanizer;
import io.interdict.core.names.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Korean name in the Revised Romanization against McCune-Reischauer, consonants included (own examples). */
class KoreanRomanisationTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Jo Yong Won|CHO YONG WON",          // 조: RR j, MR ch
        "Bak Jeong Ho|PAK CHONG HO",         // 박, 정
        "Gang Dong Su|KANG TONG SU",         // 강, 동
    })
    void oneNameInBothSystems(String rr, String mr) {
        NameScore s = InterdictV2.compare(rr, mr, Schema.PERSON);
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
        java.util.List<io.interdict.core.entity.Entity> list = java.util.List.of(
                InterdictV2Test.person("x:1", mr, null, null, null),
                InterdictV2Test.person("x:2", "KIM CHOL", null, null, null));
        FuzzyMatcher m = new FuzzyMatcher(list, MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search(rr, null, 1)).anyMatch(h -> h.entityId().equals("x:1") && h.match());
    }

    @Test
    void onlyBetweenNamesOfKoreanSyllables() {
        assertThat(HangulRomanizer.oneSyllable("jo", "cho")).isTrue();
        assertThat(HangulRomanizer.oneSyllable("jan", "chan")).isTrue();   // said of words alone
        assertThat(HangulRomanizer.oneSyllable("jo", "yo")).isFalse();
        // "Kowalski" is no Korean syllable: "Jan" and "Chan" stay two names
        assertThat(InterdictV2.compare("Jan Kowalski", "Chan Kowalski", Schema.PERSON).score()).isLessThan(REVIEW);
        // another syllable stays another name
        assertThat(InterdictV2.compare("Jo Yong Won", "CHO YONG CHOL", Schema.PERSON).score()).isLessThan(REVIEW);
    }
}
