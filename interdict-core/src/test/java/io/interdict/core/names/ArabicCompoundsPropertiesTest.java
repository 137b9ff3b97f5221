package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ArabicCompoundsPropertiesTest {
    /** The cheap test of word starts never spares a name that has something to read apart. */
    @Property(tries = 3000)
    void aNameTheTestSparesHasNothingApart(@ForAll("names") String name) {
        if (!ArabicCompounds.mayHold(name)) {
            assertThat(ArabicCompounds.readApart(name)).as(name).isNull();
        }
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> known = Arbitraries.of("Abu", "ABD", "abdul", "Abdel", "bin", "IBN", "bint", "al-", "El-",
                "al", "EL", "Al", "İbn", "Ábu", "ALI", "Bakr", "rahman", "amoudi", "Elsheikh", "ELIAS", "Babil");
        Arbitrary<String> piece = Arbitraries.oneOf(known, Arbitraries.strings().withCharRange('a', 'z')
                .withCharRange('A', 'Z').withChars('-', '\'', 'É', 'ı').ofMinLength(1).ofMaxLength(8));
        Arbitrary<String> word = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, known),
                net.jqwik.api.Tuple.of(2, piece.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l))));
        Arbitrary<String> gap = Arbitraries.of(" ", "  ", "\t", " \n", "\u00a0", "\u2003", "-");
        return Arbitraries.oneOf(word.list().ofMinSize(1).ofMaxSize(5).flatMap(ws -> gap.list().ofSize(ws.size())
                .map(gs -> join(ws, gs))));
    }

    private static String join(List<String> words, List<String> gaps) {
        StringBuilder out = new StringBuilder(gaps.get(0).isBlank() ? gaps.get(0) : "");
        for (int i = 0; i < words.size(); i++) {
            out.append(i == 0 ? "" : gaps.get(i)).append(words.get(i));
        }
        return out.toString();
    }
}
