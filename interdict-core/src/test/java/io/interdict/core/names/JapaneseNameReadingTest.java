package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JapaneseNameReadingTest {
    private static boolean reads(String kanji, String latin) {
        int[] cps = kanji.codePoints().toArray();
        return JapaneseNameReading.reads(cps, 0, cps.length, latin);
    }

    @Test
    void readsGivenNamesInTheirNameReadings() {
        assertThat(reads("大輔", "daisuke")).isTrue();        // on dai + nanori suke
        assertThat(reads("美智子", "michiko")).isTrue();      // mi + chi + ko
        assertThat(reads("健太", "kenta")).isTrue();
        assertThat(reads("一平", "ippei")).isTrue();          // sokuon and handakuten: ichi -> iq, hei -> pei
        assertThat(reads("一平", "ipei")).isTrue();
    }

    @Test
    void longVowelsInEverySpelling() {
        for (String s : new String[] {"yusuke", "yuusuke", "yuusuke"}) {
            assertThat(reads("雄介", s)).as(s).isTrue();
        }
        for (String s : new String[] {"sato", "satou", "satoh", "satoo"}) {
            assertThat(reads("佐藤", s)).as(s).isTrue();
        }
        assertThat(JapaneseNameReading.fold("ohno")).isEqualTo("ono");
        assertThat(JapaneseNameReading.fold("sampei")).isEqualTo("sanpei");
        assertThat(JapaneseNameReading.fold("shinnosuke")).isEqualTo("shinnosuke");
    }

    @Test
    void twoVowelsOfTwoKanjiAreNoLongVowel() {
        // 井 i/ino + 上 ue: the o and u belong to two kanji, no long o ...
        assertThat(reads("井上", "inoue")).isTrue();
        assertThat(reads("和夫", "kazuo")).isTrue();
        // ... while a long o inside one kanji's reading is still folded, and another word is still not read.
        assertThat(reads("佐藤", "satou")).isTrue();
        assertThat(reads("井上", "inaue")).isFalse();
    }

    @Test
    void rendakuInsideAName() {
        assertThat(reads("山田", "yamada")).isTrue();
        assertThat(reads("中島", "nakajima")).isTrue();
        assertThat(reads("中島", "nakashima")).isTrue();
        assertThat(reads("山田", "dayama")).isFalse();       // voicing only after the first kanji
    }

    @Test
    void everyKanjiReadOnceInOrder() {
        assertThat(reads("大輔", "daisukeo")).isFalse();
        assertThat(reads("大輔", "dai")).isFalse();
        assertThat(reads("大輔", "sukedai")).isFalse();
        assertThat(reads("健太", "kenji")).isFalse();
        assertThat(reads("Ｘ", "x")).isFalse();
    }

    @Test
    void aOneKanjiGivenNameReadsAsTheWholeKunWord() {
        // KANJIDIC2's 勇 "いさ.む": the stem "isa" and, whole with its okurigana, "isamu"
        assertThat(JapaneseNameReading.reads("勇".codePoints().toArray(), 0, 1, "isamu")).isTrue();
        assertThat(JapaneseNameReading.reads("進".codePoints().toArray(), 0, 1, "susumu")).isTrue();
        assertThat(JapaneseNameReading.reads("勇".codePoints().toArray(), 0, 1, "isami")).isFalse();
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("佐藤勇", "Isamu Sato", Schema.PERSON).score())
                .isGreaterThanOrEqualTo(0.8);
    }
}
