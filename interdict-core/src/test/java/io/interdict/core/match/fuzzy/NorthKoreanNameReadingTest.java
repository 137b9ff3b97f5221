package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.HangulRomanizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Korean name in Hangul read in McCune-Reischauer as North Korean names are written on sanctions lists: the given
 * name's first k, t, p voiceless, ㅈ voiced to j, and a family name of one letter apart ("O Kuk Ryol").
 */
class NorthKoreanNameReadingTest {
    @ParameterizedTest(name = "{0} is read {1}")
    @CsvSource({
        "김동철, kim tongchol",     // KIM TONG CHOL: not "kim dongchol", though said so
        "김경일, kim kyongil",      // KIM KYONG IL
        "박봉주, pak pongju",
        "이만건, i mangon",         // within the given name a stop is still voiced: RI MAN GON
        "김정일, kim jongil",       // ㅈ after a voiced sound is j, as North Korea writes it
        "오극렬, o kukryol",        // a family name of one letter, apart
        "金東哲, kim tongchol",     // the same name in Hanja
    })
    void aNameIsReadAsNorthKoreanNamesAreWritten(String name, String reading) {
        assertThat(EastAsianReadings.eastAsianReadings(name)).contains(reading);
    }

    @Test
    void onlyTheGivenNamesFirstLetterIsVoiceless() {
        assertThat(HangulRomanizer.personalSyllables("김동철", 1)).containsExactly("kim", "tong", "chol");
        assertThat(HangulRomanizer.personalSyllables("동구", 2)).containsExactly("tong", "gu");
        assertThat(HangulRomanizer.personalSyllables("박동구", 1)).containsExactly("pak", "tong", "gu");
        // a word that is no name (given name at its end: none) is voiced throughout
        assertThat(HangulRomanizer.personalSyllables("김동철", 3)).containsExactly("kim", "dong", "chol");
    }

    @Test
    void aFamilyNameOfOneLetterFindsTheListedName() {
        FuzzyMatcher matcher = new FuzzyMatcher(List.of(person("x:1", "O, Kuk-Ryol"), person("x:2", "OH, Geuk-ryeol Lee"),
                person("x:3", "KIM, Tong-chol")), MatchSettings.DEFAULTS, InterdictV2.NAME);
        List<SearchHit> hits = matcher.search("오극렬", null, 3);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entityId()).isEqualTo("x:1");
        assertThat(hits.get(0).match()).isTrue();
    }
}
