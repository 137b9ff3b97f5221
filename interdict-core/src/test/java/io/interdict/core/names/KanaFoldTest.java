package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Kana read from the generated table is what ICU reads (without its syllable breaks), or the run is left to ICU. */
class KanaFoldTest {
    private static final Transliterator ICU = Transliterator.getInstance(Transliterate.ANY_ASCII_ID);
    private static final List<String> MORAE = KanaFoldTableGenerator.morae(ICU);

    private static String icu(String run) {
        return Transliterate.SYLLABLE_BREAKS.matcher(ICU.transliterate(run)).replaceAll("");
    }

    @Test
    void runsOfRandomMoraeReadAsIcuReadsThem() {
        // Morae with the sokuon, ん and the long-vowel mark often, in katakana and in hiragana.
        Random random = new Random(41);
        int read = 0;
        int runs = 8000;
        for (int k = 0; k < runs; k++) {
            StringBuilder w = new StringBuilder();
            int n = 1 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                int r = random.nextInt(10);
                w.append(r == 0 ? "ッ" : r == 1 ? "ン" : r == 2 ? "ー" : MORAE.get(random.nextInt(MORAE.size())));
            }
            String run = w.toString();
            if (random.nextBoolean() && run.chars().allMatch(c -> c == 'ー' || c <= 0x30F6)) {
                run = hiragana(run);
            }
            String fast = KanaFold.fold(run);
            if (fast != null) {
                read++;
                assertThat(fast).as(run).isEqualTo(icu(run));
            }
        }
        assertThat(read).as("runs of morae the table reads").isGreaterThan(runs * 9 / 10);
    }

    @Test
    void runsOfAnyKanaReadAsIcuOrDeferToIt() {
        Random random = new Random(43);
        for (int k = 0; k < 4000; k++) {
            StringBuilder w = new StringBuilder();
            int n = 1 + random.nextInt(7);
            boolean hiragana = random.nextBoolean();
            for (int i = 0; i < n; i++) {
                w.append((char) (random.nextInt(12) == 0 ? 'ー' : (hiragana ? 0x3041 : 0x30A1) + random.nextInt(hiragana ? 0x56 : 0x5A)));
            }
            String run = w.toString();
            String fast = KanaFold.fold(run);
            if (fast != null) {
                assertThat(fast).as(run).isEqualTo(icu(run));
            }
        }
    }

    @Test
    void eachMoraAsKanaSpellingsTransliteratorReadsIt() {
        // KanaSpelling reads morae through "Any-Latin; Latin-ASCII; Lower", without Russian's BGN rules.
        Transliterator spelling = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
        for (String m : MORAE) {
            assertThat(KanaFold.mora(m)).as(m).isEqualTo(spelling.transliterate(m));
            String h = hiragana(m);
            if (m.chars().allMatch(c -> c <= 0x30F6)) {
                assertThat(KanaFold.mora(h)).as(h).isEqualTo(spelling.transliterate(h));
            }
        }
    }

    @Test
    void readsJapaneseNamesAsIcu() {
        for (String name : new String[] {"あすか", "くみ", "さゆり", "キャンディー", "がっこう", "しんいち", "ジョン", "ウラジーミル", "ドミトリー",
                "プーチン", "メドベージェフ", "こんや", "ー", "ーア"}) {
            assertThat(KanaFold.fold(name)).as(name).isNotNull().isEqualTo(icu(name));
            assertThat(Transliterate.unspacedRun(name)).as(name).isEqualTo(Transliterate.icuUnspacedRun(name));
        }
        assertThat(KanaFold.fold("あすか")).isEqualTo("asuka");
        assertThat(KanaFold.fold("がっこう")).as("the sokuon doubles the consonant").isEqualTo("gakkou");
        assertThat(KanaFold.fold("しんいち")).as("ICU's n' without its break").isEqualTo("shinichi");
    }

    @Test
    void leavesToIcuWhatTheTableDoesNotRead() {
        assertThat(KanaFold.fold("ゃあ")).as("a small kana alone").isNull();
        assertThat(KanaFold.fold("あカ")).as("hiragana and katakana in one run").isNull();
        assertThat(KanaFold.fold("ヵ")).as("small ka").isNull();
        assertThat(KanaFold.fold("いゝ")).as("an iteration mark").isNull();
        assertThat(KanaFold.fold("ーー")).as("two long-vowel marks").isNull();
        assertThat(KanaFold.fold("東京")).isNull();
        assertThat(KanaFold.fold("")).isNull();
    }

    @Test
    void theCommittedTableIsWhatIcuGives() {
        CommittedTables.assertIsGenerated("kana-fold.tsv", KanaFoldTableGenerator.table(), KanaFoldTableGenerator.class);
    }

    private static String hiragana(String run) {
        char[] k = run.toCharArray();
        for (int i = 0; i < k.length; i++) {
            if (k[i] != 'ー') {
                k[i] -= 0x60;
            }
        }
        return new String(k);
    }
}
