package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Hangul read from the generated table is what ICU reads, or the word is left to ICU. */
class HangulFoldTest {
    private static final Transliterator ICU = Transliterator.getInstance(Transliterate.ANY_ASCII_ID);

    @Property(tries = 5000)
    void wordsReadAsIcuReadsThem(@ForAll("words") String word) {
        String fast = HangulFold.fold(word);
        if (fast != null) {
            assertThat(fast).as(word).isEqualTo(ICU.transliterate(word));
        }
    }

    @Test
    void everySyllableAloneAndBesideEachKindOfNeighbour() {
        java.util.Random random = new java.util.Random(7);
        for (char c = '\uAC00'; c <= '\uD7A3'; c++) {
            String alone = String.valueOf(c);
            assertThat(HangulFold.fold(alone)).as(alone).isEqualTo(ICU.transliterate(alone));
            String pair = alone + (char) ('\uAC00' + random.nextInt(11172));
            String fast = HangulFold.fold(pair);
            assertThat(fast).as(pair).isNotNull().isEqualTo(ICU.transliterate(pair));
        }
    }

    @Test
    void readsKoreanNamesAndLeavesLongVowelChainsToIcu() {
        assertThat(HangulFold.fold("김정은")).isEqualTo(ICU.transliterate("김정은"));
        assertThat(HangulFold.fold("신아")).isEqualTo(ICU.transliterate("신아")).contains("-");
        assertThat(HangulFold.fold("오에의")).as("three vowels meet: ICU looks further").isNull();
        assertThat(HangulFold.fold("김a")).isNull();
        assertThat(HangulFold.fold("")).isNull();
        assertThat(ScriptFold.fold("김정은")).isEqualTo(ICU.transliterate("김정은"));
    }

    @Test
    void theCommittedTableIsWhatIcuGives() {
        CommittedTables.assertIsGenerated("hangul-fold.tsv", HangulFoldTableGenerator.table(), HangulFoldTableGenerator.class);
    }

    @Provide
    Arbitrary<String> words() {
        // Syllables with silent initials and open syllables often, where ICU's boundaries are subtle.
        Arbitrary<Integer> initial = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, HangulFold.INITIALS - 1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(HangulFold.SILENT)));
        Arbitrary<Integer> fin = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, HangulFold.FINALS - 1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0)));
        Arbitrary<String> syllable = Combinators.combine(initial, Arbitraries.integers().between(0, HangulFold.VOWELS - 1), fin)
                .as(HangulFold::syllable);
        return syllable.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
    }
}
