package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link ChineseGivenName#oneOrTwoSyllables} tries only the splits whose parts may be syllables: it answers as trying
 *  every split would. */
class ChineseSyllableSplitTest {
    @Property(tries = 5000)
    void asEverySplitWould(@ForAll("words") String w) {
        boolean any = w.length() <= 12 && ChineseGivenName.syllable(w);
        for (int i = 1; i < w.length() && w.length() <= 12 && !any; i++) {
            any = ChineseGivenName.syllable(w.substring(0, i)) && ChineseGivenName.syllable(w.substring(i));
        }
        assertThat(ChineseGivenName.oneOrTwoSyllables(w)).isEqualTo(any);
    }

    @Provide
    Arbitrary<String> words() {
        Arbitrary<String> parts = Arbitraries.of("zhuang", "shuang", "xiao", "ming", "hsiao", "a", "er", "jian", "guo",
                "li", "ch'ien", "k", "x", "o", "ng", "mei", "ling", "tz", "u", "e");
        return parts.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));
    }
}
