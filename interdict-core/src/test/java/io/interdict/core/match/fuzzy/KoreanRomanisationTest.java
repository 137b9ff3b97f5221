package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.KoreanNameSpelling;
import io.interdict.core.names.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Korean name in the Revised Romanization against McCune-Reischauer or the spellings Koreans register, consonants
 *  included (own examples). */
class KoreanRomanisationTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Jo Yong Won|CHO YONG WON",          // 조: RR j, MR ch
        "Bak Jeong Ho|PAK CHONG HO",         // 박, 정
        "Gang Dong Su|KANG TONG SU",         // 강, 동
        "Park Geun-hye|Pak Kun-hye",         // 박 as usually spelt; 근: RR g and eu, MR k and u
        "Moon Jae-in|Mun Chae-in",           // 문: oo as Koreans spell it; 재
        "Lee Myung-bak|Yi Myong-bak",        // 이 as the South writes it, the usual spelling against RR
        "Roh Moo-hyun|No Mu-hyon",           // 노: the South's 로, with a silent h
        "Oh Guk-ryeol|O KUK RYOL",           // 오, written as one letter in both systems: read as an initial
        "O Dong-gyu|O TONG KYU",             // 오 first, 동 and 규 in both systems
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
        assertThat(KoreanNameSpelling.oneSyllable("jo", "cho")).isTrue();
        assertThat(KoreanNameSpelling.oneSyllable("jan", "chan")).isTrue();   // said of words alone
        assertThat(KoreanNameSpelling.oneSyllable("jo", "yo")).isFalse();
        assertThat(KoreanNameSpelling.oneSyllable("lee", "ri")).isTrue();     // 리, which the South writes 이
        assertThat(KoreanNameSpelling.oneSyllable("lee", "no")).isFalse();
        // a final a name never sounds (길 and 김 meet only in 긺, spelt "kil" or "kim")
        assertThat(KoreanNameSpelling.oneSyllable("kil", "kim")).isFalse();
        // "Kowalski" is no Korean syllable: "Jan" and "Chan" are no spellings of one syllable (two edits apart, a slip
        // at most, TwoEditWord)
        assertThat(InterdictV2.compare("Jan Kowalski", "Chan Kowalski", Schema.PERSON).pairs())
                .noneMatch(p -> p.endsWith("spelling"));
        // another syllable stays another name
        assertThat(InterdictV2.compare("Jo Yong Won", "CHO YONG CHOL", Schema.PERSON).score()).isLessThan(REVIEW);
        assertThat(InterdictV2.compare("O Guk-chol", "O KUK RYOL", Schema.PERSON).score()).isLessThan(REVIEW);
        // a one-letter family name makes a name of Korean syllables only beside two words that are Korean syllables
        assertThat(InterdictV2.compare("Kowalski Jan O", "KOWALSKI Chan O", Schema.PERSON).pairs())
                .noneMatch(p -> p.endsWith("spelling"));
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        "KIM Chol|KIM Young-Chul",     // a given name of one syllable against one of two
        "JO Kyong-Chol|JO Chol",
    })
    void aSyllableOfTheGivenNameOnOneSideIsAnotherName(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.score()).isLessThan(REVIEW);
        assertThat(s.features()).extracting(f -> f.name()).contains("syllable_extra");
    }
}
