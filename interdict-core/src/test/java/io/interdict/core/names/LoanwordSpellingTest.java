package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Foreign names written in Han (Mandarin) and Hangul spelt as the loanwords they are. */
class LoanwordSpellingTest {
    @Test
    void aHanNamePartedByAMiddleDotIsATranscription() {
        assertThat(LoanwordSpelling.hanTranscription("谢尔盖·绍伊古")).isTrue();
        assertThat(LoanwordSpelling.hanTranscription("谢尔盖・绍伊古")).isTrue();
        assertThat(LoanwordSpelling.words("谢尔盖·绍伊古")).containsExactly("谢尔盖", "绍伊古");
    }

    @Test
    void aChineseNameIsNotATranscription() {
        assertThat(LoanwordSpelling.hanTranscription("张伟")).isFalse();
        assertThat(LoanwordSpelling.hanTranscription("欧阳 修")).isFalse();
        assertThat(LoanwordSpelling.hanTranscription("谢尔盖·Shoigu")).isFalse();
        assertThat(LoanwordSpelling.words("张伟")).isNull();
        assertThat(LoanwordSpelling.words("김 민준")).isNull();   // a Korean name keeps its own readings
    }

    @Test
    void aKoreanNameOfSinoKoreanSyllablesIsNotALoanword() {
        assertThat(LoanwordReading.hangul("지은 허")).isNotNull();     // no common family name alone: read as one
        assertThat(LoanwordSpelling.words("지은 허")).isNull();         // every syllable a Han character's reading
        assertThat(LoanwordSpelling.words("세르게이 쇼이구")).isNotNull();   // 르, 게: loanword syllables
        assertThat(LoanwordSpelling.words("존 카터")).isNotNull();
    }

    @Test
    void aMandarinTranscriptionFitsItsLatinName() {
        assertThat(LoanwordSpelling.spells("谢尔盖", "sergei")).isTrue();       // x as s, er as r, ai as ei
        assertThat(LoanwordSpelling.spells("绍伊古", "shoigu")).isTrue();
        assertThat(LoanwordSpelling.spells("特朗普", "trump")).isTrue();        // te, pu: the vowel Chinese adds
        assertThat(LoanwordSpelling.spells("普京", "putin")).isTrue();          // j before i: Russian's soft t
        assertThat(LoanwordSpelling.spells("尼克松", "nixon")).isTrue();        // x as ks
        assertThat(LoanwordSpelling.spells("弗拉基米尔", "vladimir")).isTrue(); // f as v, l, er as r
    }

    @Test
    void anUnrelatedLatinNameDoesNotFit() {
        assertThat(LoanwordSpelling.spells("谢尔盖", "sorokin")).isFalse();
        assertThat(LoanwordSpelling.spells("普京", "medvedev")).isFalse();
        assertThat(LoanwordSpelling.spells("米勒", "mueller")).isFalse();     // mi is no mue
        assertThat(LoanwordSpelling.spells("施密特", "smith")).isFalse();      // a final th is written 斯, not 特
    }

    @Test
    void aHangulLoanwordFitsItsLatinName() {
        assertThat(LoanwordSpelling.spells("세르게이", "sergei")).isTrue();
        assertThat(LoanwordSpelling.spells("쇼이구", "shoigu")).isTrue();
        assertThat(LoanwordSpelling.spells("라브로프", "lavrov")).isTrue();     // r as l, b as v, a final 프 v
        assertThat(LoanwordSpelling.spells("슈미트", "schmidt")).isTrue();      // 슈 before a consonant: sch
        assertThat(LoanwordSpelling.spells("클라크", "clark")).isTrue();        // 클: k, l
        assertThat(LoanwordSpelling.spells("마이클", "michael")).isTrue();      // 마이: English's long i
    }

    @Test
    void aHangulLoanwordDoesNotFitAnotherName() {
        assertThat(LoanwordSpelling.spells("라브로프", "ivanov")).isFalse();
        assertThat(LoanwordSpelling.spells("슈미트", "smith")).isFalse();
        assertThat(LoanwordSpelling.spells("밀러", "mueller")).isFalse();
    }

    @Test
    void aLatinWordIsAlsoReadAsSpoken() {
        assertThat(LoanwordSpelling.sounds("nixon")).contains("nikson");
        assertThat(LoanwordSpelling.sounds("rodriguez")).contains("rodrigez");
        assertThat(LoanwordSpelling.sounds("jones")).contains("jons");
        assertThat(LoanwordSpelling.sounds("anna")).containsExactly("anna");
    }
}
