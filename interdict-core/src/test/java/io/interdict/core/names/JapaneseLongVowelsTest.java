package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Long vowels of a Japanese name marked two ways (own examples). */
class JapaneseLongVowelsTest {
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "tarou, taro",     // おう as the kana spell it
        "ohno, ono",       // an h after o, as passports allow
        "yuuki, yuki",     // a doubled u
        "koumura, komura",
        "oota, ohta",
    })
    void oneNameTwoMarkings(String x, String y) {
        assertThat(JapaneseLongVowels.variants(x, y)).isTrue();
        assertThat(JapaneseLongVowels.variants(y, x)).isTrue();
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({
        "brooke, broke",   // no Hepburn syllables
        "taro, tara",      // another vowel
        "ohara, oara",     // an h before a vowel is a consonant: O-ha-ra
        "taro, taro",      // the same word is no variant
        "john, jon",       // one syllable: an English name, whose h is no long vowel
        "johnson, jonson", // an h before a moraic n is no long vowel
    })
    void otherWordsStayApart(String x, String y) {
        assertThat(JapaneseLongVowels.variants(x, y)).isFalse();
    }
}
