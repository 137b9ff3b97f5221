package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link JapaneseLongVowels#hepburn}'s cheap test before its pattern rejects no word the pattern takes. */
class JapaneseHepburnFilterTest {
    @Property(tries = 5000)
    void theFilterAgreesWithThePattern(@ForAll("words") String w) {
        assertThat(JapaneseLongVowels.hepburn(w)).isEqualTo(w.length() <= 16 && JapaneseLongVowels.matchesPattern(w));
    }

    @Provide
    Arbitrary<String> words() {
        // Hepburn's syllables and the letters around them, with a few it never writes
        Arbitrary<String> syllables = Arbitraries.of("ka", "shi", "tsu", "n", "ou", "oh", "kyo", "ta", "ro", "u", "e",
                "ji", "chi", "ppo", "k", "h", "l", "v", "x", "q", "b", "y", "i", "o", "ss", "tt", "-", "é");
        return syllables.list().ofMinSize(0).ofMaxSize(9).map(l -> String.join("", l));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "tarou, true", "shinzo, true", "ohno, true", "john, true", "boris, false", "lee, false", "kato, true",
        "matsumoto, true", "max, false", "yuki, true", "takk, false",
    })
    void examples(String w, boolean hepburn) {
        assertThat(JapaneseLongVowels.hepburn(w)).isEqualTo(hepburn);
    }
}
