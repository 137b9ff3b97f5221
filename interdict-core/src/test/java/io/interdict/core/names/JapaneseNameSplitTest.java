package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Japanese names in kanji cut into family and given name and read by each kanji's place (ENAMDICT's counts). */
class JapaneseNameSplitTest {
    @ParameterizedTest(name = "{0} is read {1}")
    @CsvSource({
        // a family name of two kanji, a given name of three: 郎 "ro" at the end of a given name
        "小泉純一郎, koizumi junichiro",
        // a family name of two, a given name of one, read whole (孝 "takashi", not its stem "taka")
        "中村孝, nakamura takashi",
        // a family name of one kanji (林 "hayashi" alone, "bayashi" later in 小林)
        "林直樹, hayashi naoki",
        // a family name the table lists with its reading as a place (渡辺 "watanabe", not 渡 + 辺 "be")
        "渡辺浩二, watanabe ",
        // two words: family name first
        "西村 幸一, nishimura ",
        // 藤 later in a family name is "to" (伊藤, 加藤, 佐藤), not "fuji": a reading and its voiced form count as one
        "加藤祐介, kato yusuke",
        // the last kanji of a given name reads otherwise than a middle one: 之 "yuki", not "no" as in 亀之助; 三 "zo",
        // not "sabu" as in 健三郎
        "伊藤雅之, ito masayuki",
        "安倍晋三, abe shinzo",
    })
    void readsAJapaneseNameAsItsKanjiAreReadThere(String name, String reading) {
        assertThat(JapaneseNameSplit.readings(name)).isNotEmpty();
        assertThat(JapaneseNameSplit.readings(name).get(0)).startsWith(reading);
    }

    @Test
    void aGivenNameOfOneKanjiIsAlsoReadInItsSecondReading() {
        // 武 alone: "take" and "takeshi" (北野武, Takeshi Kitano)
        assertThat(JapaneseNameSplit.readings("北野武")).contains("kitano takeshi");
    }

    @Test
    void aFamilyNameEndingInALongOIsAlsoWrittenOh() {
        assertThat(JapaneseNameSplit.readings("伊藤雅之")).anyMatch(r -> r.startsWith("ito "))
                .anyMatch(r -> r.startsWith("itoh "));
        assertThat(JapaneseNameSplit.readings("中村孝")).noneMatch(r -> r.contains("h "));
    }

    @Test
    void aFamilyNameListedTwoWaysIsReadBothWays() {
        // 小川: "ogawa" and "kogawa" are both places and family names
        assertThat(JapaneseNameSplit.readings("小川直子")).contains("ogawa naoko", "kogawa naoko");
    }

    @ParameterizedTest(name = "{0} is not read")
    @ValueSource(strings = {"张伟", "习近平", "김정은", "Koizumi", "小", "佐藤", "李 明", "小泉 純 一郎", "小泉純一郎太郎", "々木"})
    void namesNotOfKanjiJapaneseNamesAreWrittenWithAreNotRead(String name) {
        // simplified characters, Hangul, Latin, one kanji, two (Chinese far more often), three words, more than six
        // kanji, an iteration mark first
        assertThat(JapaneseNameSplit.readings(name)).isEmpty();
    }

    @Test
    void atMostThreeReadings() {
        for (String name : List.of("小川直子", "伊藤武", "北野武", "佐々木希", "中曽根康弘")) {
            assertThat(JapaneseNameSplit.readings(name)).hasSizeBetween(1, JapaneseNameSplit.MAX_READINGS);
        }
    }

    @Test
    void readingsRunTogetherAsNamesAreWritten() {
        // a sokuon doubles the next consonant (一平 "ippei", 一茶 "issa", before ch "tch")
        assertThat(JapaneseNameSplit.join(List.of("iq", "pei"))).isEqualTo("ippei");
        assertThat(JapaneseNameSplit.join(List.of("iq", "cha"))).isEqualTo("itcha");
        // a long vowel once inside a kanji's reading, but two vowels of two kanji are kept (井上 "i-no-ue")
        assertThat(JapaneseNameSplit.join(List.of("jun", "ichi", "rou"))).isEqualTo("junichiro");
        assertThat(JapaneseNameSplit.join(List.of("i", "no", "ue"))).isEqualTo("inoue");
        assertThat(JapaneseNameSplit.join(List.of("oo", "tsuka"))).isEqualTo("otsuka");
        assertThat(JapaneseNameSplit.join(List.of("yuu", "ko"))).isEqualTo("yuko");
    }

    @ParameterizedTest(name = "{0} is read {1}")
    @CsvSource({
        // a family name in kanji, a given name in hiragana, either order
        "中村 あやこ, nakamura ayako",
        "あやこ 中村, nakamura ayako",
        // a given name in kana and kanji: 子 at the end of a given name is "ko"; a long vowel once
        "松本 えり子, matsumoto eriko",
        "林 ようこ, hayashi yoko",
        // a given name in katakana
        "中村 エミ, nakamura emi",
    })
    void aNameInKanjiAndKanaIsReadInJapanese(String name, String reading) {
        assertThat(JapaneseNameSplit.withKana(name)).contains(reading);
    }

    @Test
    void aKnownFamilyNameReadTwoWaysIsReadBothWaysBesideKana() {
        assertThat(JapaneseNameSplit.withKana("小川 なおこ")).contains("ogawa naoko", "kogawa naoko");
    }

    @ParameterizedTest(name = "{0} is not read with kana")
    @ValueSource(strings = {"中村孝", "中村 孝", "なかむら あやこ", "中村 あやこ 花", "中村あやこ", "김 あやこ", "Nakamura あやこ"})
    void onlyNamesOfTwoWordsInKanjiAndKana(String name) {
        // kanji alone (readings reads those), kana alone, three words, one word, Hangul or Latin beside kana
        assertThat(JapaneseNameSplit.withKana(name)).isEmpty();
    }
}
