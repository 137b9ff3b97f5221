package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.InterdictV2;
import org.junit.jupiter.api.Test;

class KanaSpellingTest {
    private static final double REVIEW = 0.8;

    @Test
    void longVowelsWrittenEveryWayHepburnWritesThem() {
        for (String s : new String[] {"saito", "saitoh", "saitou"}) {
            assertThat(LetterSpellings.spells("サイトウ", s)).as(s).isTrue();
            assertThat(LetterSpellings.spells("さいとう", s)).as(s).isTrue();
        }
        assertThat(LetterSpellings.spells("サイトウ", "saita")).isFalse();
        for (String s : new String[] {"ono", "ohno", "oono"}) {
            assertThat(LetterSpellings.spells("オオノ", s)).as(s).isTrue();
        }
        assertThat(LetterSpellings.spells("ユウジ", "yuji")).isTrue();
        assertThat(LetterSpellings.spells("ユウジ", "yuuji")).isTrue();
        assertThat(LetterSpellings.spells("ラーメン", "ramen")).isTrue();   // the prolonged sound mark
        assertThat(LetterSpellings.spells("ユキ", "yuuki")).isFalse();      // a short vowel is not long
    }

    @Test
    void aForeignNameInKatakanaIsAlsoSpeltAsTheLoanwordItWrites() {
        assertThat(LetterSpellings.spells("ラブロフ", "lavrov")).isTrue();      // r-row as l, bu as v, a final fu as v
        assertThat(LetterSpellings.spells("スミス", "smith")).isTrue();          // epenthetic u dropped, su as th
        assertThat(LetterSpellings.spells("プリゴジン", "prigozhin")).isTrue();  // ji as Russian's zhi
        assertThat(LetterSpellings.spells("エフゲニー", "evgeny")).isTrue();     // a final -ii as -y
        assertThat(LetterSpellings.spells("カルロス", "carlos")).isTrue();       // ka as ca
        assertThat(LetterSpellings.spells("マーク", "mark")).isTrue();           // a long a as ar
        assertThat(LetterSpellings.spells("ラブロフ", "lavrik")).isFalse();
        // hiragana writes Japanese words: no loanword spellings
        assertThat(LetterSpellings.spells("らぶろふ", "lavrov")).isFalse();
        assertThat(LetterSpellings.spells("ヤマダ", "yamada")).isTrue();
    }

    @Test
    void aForeignNameInKatakanaWithTheVowelsEnglishSpellsItsSoundsWith() {
        assertThat(LetterSpellings.spells("レーガン", "reagan")).isTrue();      // the mark after e as the a of "ea"
        assertThat(LetterSpellings.spells("トランプ", "trump")).isTrue();       // /ʌ/ written a
        assertThat(LetterSpellings.spells("デビッド", "david")).isTrue();       // /eɪ/ written e
        assertThat(LetterSpellings.spells("カーター", "carter")).isTrue();      // -er before the mark, the mark as r
        assertThat(LetterSpellings.spells("ミラー", "miller")).isTrue();        // a consonant English doubles
        assertThat(LetterSpellings.spells("ショー", "shaw")).isFalse();         // o is no a
        assertThat(LetterSpellings.spells("ショー", "show")).isTrue();          // the mark as w
        assertThat(LetterSpellings.spells("トランプ", "trimp")).isFalse();
        assertThat(LetterSpellings.spells("ミラー", "mmiller")).isFalse();      // not the first letter
        assertThat(LetterSpellings.spells("さとう", "satuo")).isFalse();        // hiragana: a Japanese word, spelt as Hepburn
    }

    @Test
    void aKatakanaNameMeetsItsEnglishSpellingWordForWord() {
        // ジョーンズ read by the names table ("jones"), デビッド by its letters
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("デビッド・ジョーンズ", "David Jones", Schema.PERSON).score())
                .isEqualTo(1.0);
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("ロナルド・レーガン", "Ronald Reagan", Schema.PERSON).score())
                .isEqualTo(1.0);
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("ロナルド・レーガン", "Donald Reagan", Schema.PERSON).score())
                .isLessThan(1.0);
    }

    @Test
    void sokuonNasalAndHepburnLetters() {
        assertThat(LetterSpellings.spells("ハットリ", "hattori")).isTrue();
        assertThat(LetterSpellings.spells("ハットリ", "hatori")).isTrue();
        assertThat(LetterSpellings.spells("マッチャ", "matcha")).isTrue();
        assertThat(LetterSpellings.spells("ナンバ", "namba")).isTrue();      // traditional Hepburn: m before b
        assertThat(LetterSpellings.spells("ナンバ", "nanba")).isTrue();
        assertThat(LetterSpellings.spells("ケンタ", "kemta")).isFalse();
        assertThat(LetterSpellings.spells("ミチヅキ", "michizuki")).isTrue(); // ヅ zu, not ICU's dzu alone
        assertThat(LetterSpellings.spells("キョウコ", "kyoko")).isTrue();     // small kana with the mora before
    }

    @Test
    void kanaNamesMatchTheirLatinSpellingsAndNotOtherNames() {
        assertThat(InterdictV2.compare("サイトウ ユウジ", "Saitoh Yuji", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("こんどう こうへい", "Kondo Kohei", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("サイトウ ユウジ", "Saito Yuta", Schema.PERSON).score()).isLessThan(REVIEW);
        assertThat(KanaSpelling.isKana("サイトウ")).isTrue();
        assertThat(KanaSpelling.isKana("斎藤")).isFalse();
    }
}
