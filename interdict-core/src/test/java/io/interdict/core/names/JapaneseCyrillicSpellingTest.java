package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JapaneseCyrillicSpellingTest {
    @Test
    void polivanovSpellingsReadBackIntoKana() {
        assertThat(JapaneseCyrillicSpelling.kana("Синдзо")).isEqualTo("シンゾ");
        assertThat(JapaneseCyrillicSpelling.kana("Итиро")).isEqualTo("イチロ");
        assertThat(JapaneseCyrillicSpelling.kana("Дзюнъитиро")).isEqualTo("ジュンイチロ");
        assertThat(JapaneseCyrillicSpelling.kana("Кэйдзо")).isEqualTo("ケイゾ");
        assertThat(JapaneseCyrillicSpelling.kana("Хаттори")).isEqualTo("ハットリ");
        assertThat(JapaneseCyrillicSpelling.kana("Сёко")).isEqualTo("ショコ");
        assertThat(JapaneseCyrillicSpelling.kana("Мицу")).isEqualTo("ミツ");
        assertThat(JapaneseCyrillicSpelling.kana("Сэмпай")).isEqualTo("センパイ");
    }

    @Test
    void russianWordsAreNot() {
        assertThat(JapaneseCyrillicSpelling.kana("Петров")).isNull();
        assertThat(JapaneseCyrillicSpelling.kana("Владимир")).isNull();
        assertThat(JapaneseCyrillicSpelling.japanese(new String[] {"Итиро", "Петров"})).isFalse();
        assertThat(JapaneseCyrillicSpelling.japanese(new String[] {"Итиро", "Одзава"})).isTrue();
        assertThat(JapaneseCyrillicSpelling.reading("Итиро Одзава")).isEqualTo("イチロ オザワ");
        assertThat(JapaneseCyrillicSpelling.reading("Нарухито")).isNull();   // one word: not looked up so
    }

    @Test
    void latinSpellingsOfTheKanaFit() {
        assertThat(JapaneseCyrillicSpelling.spells("Итиро", "ichiro")).isTrue();
        assertThat(JapaneseCyrillicSpelling.spells("Одзава", "ozawa")).isTrue();
        assertThat(JapaneseCyrillicSpelling.spells("Обути", "obuchi")).isTrue();
        assertThat(JapaneseCyrillicSpelling.spells("Сато", "satoh")).isTrue();
        assertThat(JapaneseCyrillicSpelling.spells("Одзава", "ono")).isFalse();
        assertThat(JapaneseCyrillicSpelling.firstLetters("Итиро") & (1 << ('i' - 'a'))).isNotZero();
    }
}
