package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Devanagari read from the generated table is what ICU reads, or the word is left to ICU. */
class DevanagariFoldTest {
    private static final Transliterator ICU = Transliterator.getInstance(Transliterate.ANY_ASCII_ID);
    private static final List<Character> LETTERS = DevanagariFoldTableGenerator.letters();

    @Test
    void wordsOfRandomSyllablesReadAsIcuReadsThem() {
        // Syllables as names are written: consonant clusters, every vowel sign, final consonants with and without a
        // virama, the anusvara and candrabindu before every consonant, nukta letters, independent vowels at the start
        // and after vowels, now and then a vowel sign at the start.
        Random random = new Random(2026);
        int read = 0;
        int words = 6000;
        for (int k = 0; k < words; k++) {
            String word = syllables(random);
            String fast = DevanagariFold.fold(word);
            if (fast != null) {
                read++;
                assertThat(fast).as(word).isEqualTo(ICU.transliterate(word));
            }
        }
        assertThat(read).as("words of ordinary syllables the table reads").isGreaterThan(words * 9 / 10);
    }

    @Test
    void wordsOfAnyLettersOfTheBlockReadAsIcuOrDeferToIt() {
        Random random = new Random(17);
        for (int k = 0; k < 4000; k++) {
            StringBuilder w = new StringBuilder();
            int n = 1 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                w.append(random.nextInt(8) == 0 ? (char) (DevanagariFold.FIRST + random.nextInt(0x80))
                        : LETTERS.get(random.nextInt(LETTERS.size())));
            }
            String word = w.toString();
            String fast = DevanagariFold.fold(word);
            if (fast != null) {
                assertThat(fast).as(word).isEqualTo(ICU.transliterate(word));
            }
        }
    }

    @Test
    void readsHindiAndNepaliNamesAsIcu() {
        for (String name : new String[] {"पार्वती", "अर्जुन", "पद्म", "मजूमदार", "सचिता", "राठी", "अंकुर", "सिंह", "हनुमान्",
                "लक्ष्मी", "श्रीवास्तव", "रॉय", "रेड्डी", "सुब्रमण्यम", "ज़ाकिर", "वेंकटएसन", "िनशा", "बुरुाह", "कंा", "कई", "आई", "संप", "कँवर", "दुःख"}) {
            assertThat(DevanagariFold.fold(name)).as(name).isNotNull().isEqualTo(ICU.transliterate(name));
            assertThat(ScriptFold.fold(name)).as(name).isEqualTo(ICU.transliterate(name));
        }
        assertThat(DevanagariFold.fold("पार्वती")).isEqualTo("parvati");
        assertThat(DevanagariFold.fold("कई")).as("a vowel after a vowel").isEqualTo("ka'i");
        assertThat(DevanagariFold.fold("संत")).as("the anusvara before a dental").isEqualTo("santa");
        assertThat(DevanagariFold.fold("संप")).as("the anusvara before a labial").isEqualTo("sampa");
        assertThat(DevanagariFold.fold("बुरुाह")).as("a vowel sign after a vowel sign, as after a consonant").isEqualTo("buruaha");
        assertThat(DevanagariFold.fold("क्ह")).as("k and h apart").isEqualTo(ICU.transliterate("क्ह")).isEqualTo("k'ha");
    }

    @Test
    void leavesToIcuWhatTheTableDoesNotRead() {
        assertThat(DevanagariFold.fold("कँं")).as("candrabindu before anusvara: ICU reads them as one mark").isNull();
        assertThat(DevanagariFold.fold("ॐ")).as("the om sign").isNull();
        assertThat(DevanagariFold.fold("१२")).as("digits").isNull();
        assertThat(DevanagariFold.fold("आि")).as("a vowel sign after an independent vowel").isNull();
        assertThat(DevanagariFold.fold("\u0958")).as("a precomposed nukta letter (NFKC decomposes it)").isNull();
        assertThat(DevanagariFold.fold("कa")).isNull();
        assertThat(DevanagariFold.fold("")).isNull();
    }

    @Test
    void theCommittedTableIsWhatIcuGives() {
        CommittedTables.assertIsGenerated("devanagari-fold.tsv", DevanagariFoldTableGenerator.table(), DevanagariFoldTableGenerator.class);
    }

    private static String syllables(Random random) {
        StringBuilder w = new StringBuilder();
        int n = 1 + random.nextInt(5);
        if (random.nextInt(20) == 0) {
            w.append(sign(random));
        }
        for (int s = 0; s < n; s++) {
            if (random.nextInt(6) == 0) {
                w.append((char) ('\u0905' + random.nextInt(16)));   // an independent vowel, at the start or after a vowel
            } else {
                int cluster = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
                for (int c = 0; c < cluster; c++) {
                    w.append(consonant(random));
                    if (random.nextInt(8) == 0) {
                        w.append(DevanagariFold.NUKTA);
                    }
                    if (c + 1 < cluster) {
                        w.append(DevanagariFold.VIRAMA);
                    }
                }
                int v = random.nextInt(4);
                if (v < 2) {
                    w.append(sign(random));
                } else if (v == 2 && s == n - 1) {
                    w.append(DevanagariFold.VIRAMA);
                }
            }
            if (random.nextInt(6) == 0) {
                w.append((char) ('\u0901' + random.nextInt(3)));   // candrabindu, anusvara, visarga
            }
        }
        return w.toString();
    }

    private static char consonant(Random random) {
        return (char) ('\u0915' + random.nextInt(0x0939 - 0x0915 + 1));
    }

    private static char sign(Random random) {
        return (char) ('\u093E' + random.nextInt(0x094C - 0x093E + 1));
    }
}
