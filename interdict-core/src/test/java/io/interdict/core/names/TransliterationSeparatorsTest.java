package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What ICU writes between two letters of one word is no word break, and the schwa is "a" (Transliterate). */
class TransliterationSeparatorsTest {
    private static List<String> words(String name) {
        return NamePipeline.standard().prepare(name, Schema.PERSON).tokens().stream().map(Token::text).toList();
    }

    @Test
    void bgnMiddleDotsDoNotSplitAWord() {
        assertThat(words("Хэ Лифэн")).containsExactly("khe", "lifen");          // BGN: "kh·e lif·en"
        assertThat(words("Смайылов")).containsExactly("smayylov");              // "smay·ylov"
        assertThat(words("Мэри Тэтчер")).containsExactly("meri", "tetcher");
        assertThat(NamePipeline.v1().prepare("Хэ Лифэн", Schema.PERSON).tokens()).hasSize(2);
    }

    @Test
    void kazakhLettersAreReadWhole() {
        assertThat(words("Қасымов")).containsExactly("kasymov");               // Any-Latin: "kˌasymov"
        assertThat(words("Әлихан")).containsExactly("alikhan");                // Any-Latin: "əlikhan", ə had no ASCII letter
        assertThat(words("İlham Əliyev")).containsExactly("ilham", "aliyev");   // Azerbaijani in Latin letters
    }

    @Test
    void ayinAndHamzaInsideAWordDoNotSplitIt() {
        assertThat(words("سعيد")).containsExactly("syd");                      // Any-Latin: "sʿyd"
        assertThat(words("عبدالله الصنعاني")).containsExactly("bdallh", "alsnany");   // "alṣnʿāny"
        assertThat(Transliterate.joinAyin("s\u02BFyd")).isEqualTo("syd");
        assertThat(Transliterate.joinAyin("al\u02BFmry")).as("the article stays apart").isEqualTo("al mry");
        // interdict-v1's pipeline was frozen reading them as spaces
        assertThat(NamePipeline.v1().prepare("سعيد", Schema.PERSON).tokens()).hasSize(2);
        // and the halves no longer pair with other names' short words
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("عمرو سعيد", "SA-ID", Schema.PERSON).score()).isLessThan(0.8);
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("صفية عيد", "سعيد باهاجى", Schema.PERSON).score()).isLessThan(0.8);
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("محمد سعيد", "Mohamed Said", Schema.PERSON).score())
                .isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aMiddleDotTheNameHasStillPartsIt() {
        assertThat(Transliterate.withoutSeparators("A\u00B7B", "a\u00B7b")).isEqualTo("a\u00B7b");
        assertThat(Transliterate.withoutSeparators("Хэ", "kh\u00B7e")).isEqualTo("khe");
    }
}
