package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** European and American names written in katakana and Hangul, read back as loanwords. */
class LoanwordReadingTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // epenthetic u and o dropped before a consonant and at the end; a final cluster of two ("-ndo", "-muzu") both
        "ドナルド・トランプ|donard tramp",
        "スミス|smis",
        "ゴードン|godon",
        // of two epenthetic vowels in a row inside a word, the second goes: "ku-zu-ne" kuzne
        "クズミン|kuzmin",
        // ー after a is r, final -aa is -er; after other vowels one vowel
        "バーバラ|barbara",
        "ウォーター|woter",
        "フーバー|fuber",
        // ン before a labial is m; ッ is one consonant
        "キャンベル|kyambel",
        "ベネット|benet",
        // ホワ is wh; シ before a vowel is s; ズ at the end is s
        "ホワイト|whait",
        "ルシア|rusia",
        "エドワーズ|edwars",
        // a final ル after e or i is l (Daniel, Michael, Campbell); a word never begins with r or m and a consonant
        "ガブリエル|gabriel",
        "ムハンマド|muhammad",
        // ティ, ディ, ファ, ヴィ: the small letter's vowel after the consonant
        "ティモシー|timoshi",
        "ファビオ|fabio",
        "ヴィンセント|vinsent",
        // a final フ after o or e is Russian's -ov, -ev; after other vowels f
        "ロマノフ|romanov",
        "グセフ|gusev",
        "ウルフ|urf"
    })
    void katakanaNamesAreReadAsLoanwordsWithRowRAsR(String kana, String reading) {
        assertThat(LoanwordReading.katakana(kana)).first().isEqualTo(reading);
    }

    @Test
    void eachWordsRRowIsReadAsRAndAsLInAtMostFourReadings() {
        assertThat(LoanwordReading.katakana("ローラ・ハリス"))
                .containsExactly("rora haris", "lola haris", "rora halis", "lola halis");
        assertThat(LoanwordReading.katakana("ヘレン・ミラー・クラーク")).hasSize(4);
        assertThat(LoanwordReading.katakana("スミス")).containsExactly("smis");
    }

    @Test
    void onlyNamesWrittenInKatakanaAloneAreRead() {
        assertThat(LoanwordReading.katakana("やまだ たろう")).isEmpty();
        assertThat(LoanwordReading.katakana("山田・タロウ")).isEmpty();
        assertThat(LoanwordReading.katakana("John スミス")).isEmpty();
        assertThat(LoanwordReading.katakana("・ー")).isEmpty();
        assertThat(LoanwordReading.isKatakana("ジョン＝スミス")).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // 으 dropped in an open syllable, "o" in a closed one; ㅓ "er" open, "a" closed
        "도널드 트럼프|donald tramp",
        "고든 브라운|godon braun",
        "해리슨 포드|harison pod",
        // ㅔ or ㅐ before 이 is English's long a
        "케이트 메이|kat ma",
        // 를 within a word is r, 클 at its end l; a final ㄹ before an initial ㄹ is one l
        "카를로스 마이클|karlos maikl",
        "샬럿 켈리|syalat keli",
        // a final 프 after o or e is Russian's -ov, -ev
        "미하일 로마노프|mihail romanov"
    })
    void hangulNamesOfTwoWordsAreReadAsLoanwords(String hangul, String reading) {
        assertThat(LoanwordReading.hangul(hangul)).isEqualTo(reading);
    }

    @Test
    void aHangulNameOfOneWordOrWithOtherLettersIsNotRead() {
        assertThat(LoanwordReading.hangul("김정은")).isNull();
        assertThat(LoanwordReading.hangul("김 John")).isNull();
        assertThat(LoanwordReading.hangul(null)).isNull();
    }

    @Test
    void aNameThatLooksKoreanKeepsItsOwnReadings() {
        // words of one or two syllables, one a common family name alone: read as Korean only
        assertThat(LoanwordReading.hangul("경수 송")).isNull();
        assertThat(LoanwordReading.hangul("김 민준")).isNull();
        assertThat(LoanwordReading.hangul("민지 준서 이")).isNull();
        // a given name of three syllables, or a first word no Korean family name: a foreign name
        assertThat(LoanwordReading.hangul("조 바이든")).isEqualTo("jo baidon");
        assertThat(LoanwordReading.hangul("폴 뉴먼")).isEqualTo("pol nyuman");
    }
}
