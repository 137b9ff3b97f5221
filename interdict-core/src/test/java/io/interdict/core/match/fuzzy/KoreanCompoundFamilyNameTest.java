package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Korea's two-syllable family names (황보, 선우, 제갈, 서문, 독고, 사공, 남궁) in a name of four syllables. */
class KoreanCompoundFamilyNameTest {
    @ParameterizedTest(name = "{0} is read {1}")
    @CsvSource({
        "남궁민수, namgung minsu",
        "황보영희, hwangbo yeonghui",
        "제갈성렬, jegal seongryeol",
        "諸葛孔明, zhuge kongming",
    })
    void aFamilyNameOfTwoSyllablesIsReadApartFromTheGivenName(String name, String reading) {
        assertThat(EastAsianReadings.eastAsianReadings(name)).contains(reading);
    }

    @Test
    void aNameOfThreeKeepsAFamilyNameOfOne() {
        // 선우진 may as well be Seon Woo-jin: a given name of two syllables is the usual
        assertThat(EastAsianReadings.eastAsianReadings("선우진")).contains("seon ujin");
        assertThat(EastAsianReadings.eastAsianReadings("김민수")).contains("gim minsu");
    }

    @Test
    void aNameInHangulFindsItsLatinSpelling() {
        FuzzyMatcher matcher = new FuzzyMatcher(List.of(person("x:1", "NAMGUNG, Min Su"), person("x:2", "Min-su KIM")),
                MatchSettings.DEFAULTS, InterdictV2.NAME);
        List<SearchHit> hits = matcher.search("남궁민수", null, 3);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entityId()).isEqualTo("x:1");
        assertThat(hits.get(0).match()).isTrue();
    }
}
