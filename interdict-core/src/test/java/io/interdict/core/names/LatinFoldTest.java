package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table-driven Latin fold gives exactly what ICU's rule engine gives on case-folded text. */
class LatinFoldTest {
    private static final Transliterator ICU = Transliterator.getInstance("Latin-ASCII; Lower");
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

    @Property(tries = 3000)
    void sameAsIcuOnFoldedLatinText(@ForAll("latin") String raw) {
        String text = NFKC_CF.normalize(raw);
        String fast = LatinFold.fold(text);
        if (fast != null) {
            assertThat(Transliterate.stripMarks(fast)).isEqualTo(Transliterate.stripMarks(ICU.transliterate(text)));
        }
    }

    @Test
    void everyTableCodePointBetweenLettersAsIcu() {
        for (int cp = 0x80; cp < 0xAB70; cp++) {
            String text = NFKC_CF.normalize("a" + (char) cp + "b" + (char) cp);
            String fast = LatinFold.fold(text);
            if (fast != null && !Character.isSurrogate((char) cp)) {
                assertThat(Transliterate.stripMarks(fast)).as("U+%04X", cp)
                        .isEqualTo(Transliterate.stripMarks(ICU.transliterate(text)));
            }
        }
    }

    @Test
    void threadsMeetingCodePointsFirstInAnyOrderFoldAsIcu() throws Exception {
        // Four threads at once, each in its own order, fold alike.
        List<Integer> points = new java.util.ArrayList<>();
        for (int cp = 0x80; cp < 0x2070; cp++) {
            points.add(cp);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<java.util.Map<Integer, String>>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                List<Integer> order = new java.util.ArrayList<>(points);
                java.util.Collections.shuffle(order, new java.util.Random(t));
                runs.add(pool.submit(() -> {
                    java.util.Map<Integer, String> folded = new java.util.HashMap<>();
                    for (int cp : order) {
                        folded.put(cp, String.valueOf(LatinFold.fold(NFKC_CF.normalize("a" + (char) cp + "b"))));
                    }
                    return folded;
                }));
            }
            java.util.Map<Integer, String> first = runs.get(0).get();
            for (java.util.concurrent.Future<java.util.Map<Integer, String>> r : runs) {
                assertThat(r.get()).isEqualTo(first);
            }
            for (int cp : points) {
                String text = NFKC_CF.normalize("a" + (char) cp + "b");
                String fast = LatinFold.fold(text);
                if (fast != null) {
                    assertThat(Transliterate.stripMarks(fast)).as("U+%04X", cp)
                            .isEqualTo(Transliterate.stripMarks(ICU.transliterate(text)));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCommittedTableIsWhatIcuGivesEveryCodePoint() {
        CommittedTables.assertIsGenerated("latin-fold.tsv", LatinFoldTableGenerator.table(), LatinFoldTableGenerator.class);
    }

    @Test
    void foldsCommonNames() {
        assertThat(LatinFold.fold("erdoğan")).isEqualTo("erdogan");
        assertThat(LatinFold.fold("łukasz żółć")).isEqualTo("lukasz zolc");
        assertThat(LatinFold.fold("plain")).isSameAs("plain");
        assertThat(LatinFold.fold("中")).isNull();
    }

    @Provide
    Arbitrary<String> latin() {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.chars().range('a', 'z'), Arbitraries.chars().range('A', 'Z'), Arbitraries.of(' ', '-', '\''),
                Arbitraries.chars().range('\u00C0', '\u024F'), Arbitraries.chars().range('\u0300', '\u036F'),
                Arbitraries.chars().range('\u1E00', '\u1EFF'), Arbitraries.chars().range('\u2000', '\u206F'),
                Arbitraries.chars().range('\uA720', '\uA7FF'), Arbitraries.chars().range('\u0250', '\u02FF'));
        return chars.list().ofMaxSize(20).map(l -> {
            StringBuilder sb = new StringBuilder();
            l.forEach(sb::append);
            return sb.toString();
        });
    }
}
