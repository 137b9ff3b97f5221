package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Thai read from the generated table is what ICU reads (without its syllable breaks), or the run is left to ICU. */
class ThaiFoldTest {
    private static final Transliterator ICU = Transliterator.getInstance(Transliterate.ANY_ASCII_ID);
    private static final com.ibm.icu.text.Normalizer2 NFKC = com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance();
    private static final String CONSONANTS = "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";

    private static String icu(String run) {
        return ThaiFoldTableGenerator.icu(ICU, run);
    }

    @Test
    void wordsOfRandomSyllablesReadAsIcuReadsThem() {
        // Syllables as Thai names are written: a leading vowel now and then, a consonant (with ร, ล or ว after it), a
        // vowel after or above or below it, a tone mark, a final consonant, now and then the thanthakhat; ICU breaks such
        // a word with its dictionary, and the breaks must not change the reading.
        Random random = new Random(66);
        int read = 0;
        int words = 20_000;
        for (int k = 0; k < words; k++) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + random.nextInt(5);
            for (int s = 0; s < syllables; s++) {
                if (random.nextInt(4) == 0) {
                    w.append("เแโใไ".charAt(random.nextInt(5)));
                }
                w.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
                if (random.nextInt(6) == 0) {
                    w.append("รลว".charAt(random.nextInt(3)));
                }
                if (random.nextInt(2) == 0) {
                    w.append("ะัาิีึืุู็".charAt(random.nextInt(10)));
                }
                if (random.nextInt(3) == 0) {
                    w.append("่้๊๋".charAt(random.nextInt(4)));
                }
                if (random.nextInt(2) == 0) {
                    w.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
                }
                if (random.nextInt(10) == 0) {
                    w.append('์');
                }
            }
            String word = NFKC.normalize(w.toString());
            String fast = ThaiFold.fold(word);
            if (fast != null) {
                read++;
                assertThat(fast).as(word).isEqualTo(icu(word));
            }
        }
        assertThat(read).as("words of Thai syllables the table reads").isGreaterThan(words * 8 / 10);
    }

    @Test
    void runsOfAnyThaiLettersReadAsIcuOrDeferToIt() {
        Random random = new Random(67);
        List<Character> letters = ThaiFoldTableGenerator.letters();
        for (int k = 0; k < 20_000; k++) {
            StringBuilder w = new StringBuilder();
            int n = 1 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                w.append(random.nextInt(10) == 0 ? (char) ('\u0E01' + random.nextInt(0x5B)) : letters.get(random.nextInt(letters.size())));
            }
            String run = w.toString();
            String fast = ThaiFold.fold(run);
            if (fast != null) {
                assertThat(fast).as(run).isEqualTo(icu(run));
            }
        }
    }

    @Test
    void readsThaiNamesAsIcu() {
        for (String name : new String[] {"กิติชัย", "วิกิจ", "ถนัดภาษา", "จิราภรณ์", "พิมพ์พิชญา", "เกษตร", "เทพณรงค์", "ด้วงโสน", "ไทไชโย",
                "แจ้งสว่าง", "ทักษิณ", "ชินวัตร", "ประยุทธ์", "จันทร์โอชา", "สมชาย", "นามขํา"}) {
            String run = NFKC.normalize(name);
            assertThat(ThaiFold.fold(run)).as(name).isNotNull().isEqualTo(icu(run));
            assertThat(Transliterate.unspacedRun(run)).as(name).isEqualTo(Transliterate.icuUnspacedRun(run));
        }
        assertThat(ThaiFold.fold("เกษตร")).as("the leading vowel after its consonant").isEqualTo("kestr");
    }

    @Test
    void leavesToIcuWhatTheTableDoesNotRead() {
        assertThat(ThaiFold.fold("เ")).as("a leading vowel without its consonant").isNull();
        assertThat(ThaiFold.fold("่ก")).as("a mark on no consonant").isNull();
        assertThat(ThaiFold.fold("รักษ์")).as("after ษ, Latin-ASCII keeps the mark").isEqualTo(icu("รักษ์"));
        assertThat(ThaiFold.fold("กุ่")).as("marks out of canonical order").isNull();
        assertThat(ThaiFold.fold("๑๒")).as("digits").isNull();
        assertThat(ThaiFold.fold("คนๆ")).as("the repetition mark").isNull();
        assertThat(ThaiFold.fold("")).isNull();
    }

    @Test
    void theCommittedTableIsWhatIcuGives() {
        CommittedTables.assertIsGenerated("thai-fold.tsv", ThaiFoldTableGenerator.table(), ThaiFoldTableGenerator.class);
    }
}
