package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ChineseGivenName#oneOrTwoSyllables} cuts a word by its letters' codes as it would cut it into strings. */
class ChineseSyllableCutTest {
    @Property(tries = 3000)
    void theCodesCutAsTheStringsDo(@ForAll("words") String w) {
        assertThat(ChineseGivenName.oneOrTwoSyllables(w)).as(w)
                .isEqualTo(w.length() <= 12 && (ChineseGivenName.syllable(w) || ChineseGivenName.cutAsStrings(w)));
    }

    /** Syllables of Pinyin and Wade-Giles, and letters and pieces that are none, joined. */
    @Provide
    Arbitrary<String> words() {
        Arbitrary<String> pieces = Arbitraries.of("zhang", "xiao", "ming", "hsiao", "chuang", "wei", "li", "an", "g", "ng",
                "q", "v", "x", "o", "e", "shuang", "tz", "ü", "-", "jian", "guo", "b", "zz", "yuan");
        return pieces.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"xiaoming, true", "jianguo, true", "zhang, true", "hsiaoming, true", "shuangshuang, true",
        "boris, false", "anna, true", "chuangzhuangx, false", "mingx, false"})
    void examples(String w, boolean expected) {
        assertThat(ChineseGivenName.oneOrTwoSyllables(w)).isEqualTo(expected);
    }
}
