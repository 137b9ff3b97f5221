package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TransliterationHabits#keyHash}: two words {@link TransliterationHabits#variants} calls one name in two habits
 * always have the hashes {@link CoverageBound}'s summaries compare (a marked word's key read back, the other's as written).
 */
class HabitKeyHashTest {
    private static final String[] GERMAN = {"sch", "tsch", "schtsch", "dsch", "ch", "w", "j", "s", "ss", "z", "a", "e",
        "o", "i", "u", "ow", "ew", "ij", "k", "r", "n", "l", "m", "p", "d", "g", "b"};
    private static final String[] FRENCH = {"ou", "tch", "chtch", "ch", "j", "gue", "ss", "ia", "a", "e", "o", "i", "k",
        "r", "n", "l", "m", "v", "d", "g", "b", "ine"};

    private static String word(Random r, String[] pieces) {
        StringBuilder sb = new StringBuilder();
        int n = 3 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    private static boolean meet(String x, String y) {
        return TransliterationHabits.marked(x) && TransliterationHabits.keyHash(x, true) == TransliterationHabits.keyHash(y, false)
                || TransliterationHabits.marked(y) && TransliterationHabits.keyHash(y, true) == TransliterationHabits.keyHash(x, false);
    }

    @Property(tries = 50)
    void wordsReadBackToOneAnotherHaveHashesThatMeet(@ForAll long seed) {
        Random r = new Random(seed);
        int variants = 0;
        for (int k = 0; k < 2000; k++) {
            boolean german = r.nextBoolean();
            String x = word(r, german ? GERMAN : FRENCH);
            // The English spelling the read-back writes, its two-way letters written one way or the other.
            StringBuilder y = new StringBuilder();
            for (char c : (german ? TransliterationHabits.fromGerman(x) : TransliterationHabits.fromFrench(x)).toCharArray()) {
                y.append(c == TransliterationHabits.SH_OR_ZH ? (r.nextBoolean() ? "sh" : "zh")
                        : c == TransliterationHabits.S_OR_Z ? (r.nextBoolean() ? "s" : "z") : String.valueOf(c));
            }
            String other = r.nextInt(4) == 0 ? word(r, german ? FRENCH : GERMAN) : y.toString();
            if (TransliterationHabits.variants(x, other)) {
                variants++;
                assertThat(meet(x, other)).as("%s ~ %s", x, other).isTrue();
            }
        }
        assertThat(variants).as("pairs read as one name").isPositive();
    }

    @Property(tries = 30)
    void theHashIsOfTheKeyWrittenOut(@ForAll long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 1000; k++) {
            String w = word(r, r.nextBoolean() ? GERMAN : FRENCH) + (r.nextBoolean() ? "yeshch" : "");
            w = r.nextInt(5) == 0 ? "ye" + w : w;
            assertThat(TransliterationHabits.keyHash(w, false)).as(w).isEqualTo(hashOf(TransliterationHabits.key(w)));
            String back = TransliterationHabits.german(w) ? TransliterationHabits.fromGerman(w)
                    : TransliterationHabits.french(w) ? TransliterationHabits.fromFrench(w) : null;
            assertThat(TransliterationHabits.keyHash(w, true)).as(w)
                    .isEqualTo(back == null ? 0 : hashOf(TransliterationHabits.key(back)));
        }
    }

    /** The key's hash as {@link TransliterationHabits#keyHash} means it, from the key written out. */
    private static int hashOf(String key) {
        int h = 1;
        for (char c : key.toCharArray()) {
            h = 31 * h + (c == '\u0448' || c == '\u0436' ? TransliterationHabits.SH_OR_ZH
                    : c == 's' || c == 'z' ? TransliterationHabits.S_OR_Z : c);
        }
        return h ^ h >>> 16;
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"jewgeni, yevgeny", "voronine, voronin", "chruschtschow, khrushchev", "khrouchtchev, khrushchev",
        "breschnew, brezhnev", "nasarbajew, nazarbayev", "prigojine, prigozhin", "janukowytsch, yanukovych",
        "tschernomyrdin, chernomyrdin", "ahmadinedschad, ahmadinejad", "abramowitsch, abramovich"})
    void theExamplesMeet(String a, String b) {
        assertThat(meet(a, b)).isTrue();
        assertThat(meet(b, a)).isTrue();
    }
}
