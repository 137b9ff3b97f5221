package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.InterdictV2;
import org.junit.jupiter.api.Test;

class CyrillicLanguagesTest {
    private static final double REVIEW = 0.8;

    @Test
    void theLanguageIsToldByItsLetters() {
        assertThat(CyrillicLanguages.readings("Новак Ђоковић")).containsExactly("Novak Đoković");     // Serbian letters
        assertThat(CyrillicLanguages.readings("Емир Кустурица")).containsExactly("Emir Kusturica");   // only Serbian letters, and ц
        assertThat(CyrillicLanguages.readings("Ігор Коломойський")).hasSize(1);                       // і: Ukrainian
        assertThat(CyrillicLanguages.readings("Ігор Коломойський").get(0)).startsWith("Ihor");
        assertThat(CyrillicLanguages.readings("Максім Багдановіч").get(0)).startsWith("Maksim Bahdanovich");  // і, no и
        assertThat(CyrillicLanguages.readings("Кавалёў").get(0)).startsWith("Kaval");                  // ў: Belarusian
        // Russian letters (й, ы, э, я...) and no other language's: no reading beside the pipeline's own
        assertThat(CyrillicLanguages.readings("Сергей Иванов")).isEmpty();
        assertThat(CyrillicLanguages.readings("Sergey Ivanov")).isEmpty();
        assertThat(CyrillicLanguages.readings(null)).isEmpty();
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
