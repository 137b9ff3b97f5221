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

    @Property(tries = 5000)
    void theSyllableReaderAgreesWithThePattern(@ForAll("words") String w) {
        assertThat(JapaneseLongVowels.syllables(w)).as(w).isEqualTo(JapaneseLongVowels.matchesPattern(w));
    }

    @Property(tries = 5000)
    void theSyllableReaderAgreesWithThePatternOnAnyLetters(@ForAll("letters") String w) {
        assertThat(JapaneseLongVowels.syllables(w)).as(w).isEqualTo(JapaneseLongVowels.matchesPattern(w));
    }

    /** Any run of the letters the pattern reads and a few it does not: onsets and cuts in every order. */
    @Provide
    Arbitrary<String> letters() {
        return Arbitraries.strings().withChars("aeiounkgsztdhbpmrwyfjcyl").ofMinLength(0).ofMaxLength(14);
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
        "matsumoto, true", "max, false", "yuki, true", "takk, false", "kyoto, true", "tsutomu, true", "rikka, true",
        "shinnosuke, true", "hyo, true", "bh, false", "oh, true", "ah, false", "kk, false",
    })
    void examples(String w, boolean hepburn) {
        assertThat(JapaneseLongVowels.hepburn(w)).isEqualTo(hepburn);
    }
}
