package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.InterdictV2;
import org.junit.jupiter.api.Test;

class CyrillicLanguagesTest {
    private static final double REVIEW = 0.8;

    @Test
    void theLanguageIsToldByItsLetters() {
        assertThat(CyrillicLanguages.readings("Новак Ђоковић")).containsExactly("novak đoković");     // Serbian letters
        assertThat(CyrillicLanguages.readings("Емир Кустурица")).containsExactly("emir kusturica");   // only Serbian letters, and ц
        assertThat(CyrillicLanguages.readings("Ігор Коломойський")).hasSize(1);                       // і: Ukrainian
        assertThat(CyrillicLanguages.readings("Ігор Коломойський").get(0)).isEqualTo("ihor kolomoyskyy");
        assertThat(CyrillicLanguages.readings("Максім Багдановіч").get(0)).isEqualTo("maksim bahdanovich");  // і, no и
        assertThat(CyrillicLanguages.readings("Кавалёў").get(0)).isEqualTo("kavalyow");                  // ў: Belarusian
        // Russian letters (й, ы, э, я...) and no other language's: no reading beside the pipeline's own
        assertThat(CyrillicLanguages.readings("Сергей Иванов")).isEmpty();
        assertThat(CyrillicLanguages.readings("Sergey Ivanov")).isEmpty();
        assertThat(CyrillicLanguages.readings(null)).isEmpty();
    }

    @Test
    void theTablesAreWhatIcuReads() {
        java.util.Random random = new java.util.Random(13);
        for (String[] lang : new String[][] {{"sr-sr_Latn/BGN", "абвгдђежзијклљмнњопрстћуфхцчџш"},
                {"mk-mk_Latn/BGN", "абвгдѓежзѕијклљмнњопрстќуфхцчџш"}, {"uk-uk_Latn/BGN", "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"},
                {"be-be_Latn/BGN", "абвгдеёжзійклмнопрстуўфхцчшыьэюя"}}) {
            com.ibm.icu.text.Transliterator icu = com.ibm.icu.text.Transliterator.getInstance(lang[0]);
            String[] table = switch (lang[0].substring(0, 2)) {
                case "sr" -> CyrillicLanguages.SERBIAN_LATIN;
                case "mk" -> CyrillicLanguages.MACEDONIAN_LATIN;
                case "uk" -> CyrillicLanguages.UKRAINIAN_LATIN;
                default -> CyrillicLanguages.BELARUSIAN_LATIN;
            };
            for (int n = 0; n < 2000; n++) {
                StringBuilder w = new StringBuilder();
                int len = n < lang[1].length() ? 1 : 2 + random.nextInt(8);
                for (int k = 0; k < len; k++) {
                    char c = n < lang[1].length() ? lang[1].charAt(n) : lang[1].charAt(random.nextInt(lang[1].length()));
                    w.append(random.nextInt(4) == 0 ? Character.toUpperCase(c) : c);
                }
                // less the middle dots ICU puts between letters that would read as a digraph, and the soft sign's prime
                String expected = java.text.Normalizer.normalize(icu.transliterate(w.toString()), java.text.Normalizer.Form.NFC)
                        .toLowerCase(java.util.Locale.ROOT).replace("\u00B7", "").replace("\u02B9", "");
                assertThat(CyrillicLanguages.letters(w.toString(), table)).as("%s %s", lang[0], w).isEqualTo(expected);
            }
        }
    }

    @Test
    void namesMeetTheirSpellingInTheirOwnLanguage() {
        assertThat(InterdictV2.compare("Емир Кустурица", "Emir Kusturica", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("Зоран Живковић", "Zoran Zivkovic", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("Ігор Коломойський", "Ihor Kolomoyskyi", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        // one more spelling, not a looser one: another family name stays another
        assertThat(InterdictV2.compare("Емир Кустурица", "Emir Kurtovic", Schema.PERSON).score()).isLessThan(REVIEW);
    }
}
