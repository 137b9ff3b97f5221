package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a generic organisation word is read off a name in Han, Hangul or kana ({@link GenericWords}). */
class GenericWordsTest {
    @Test
    void theWordEndingTheNameIsPartedFromTheOwnPartAndTheLegalForm() {
        GenericWords.Split s = GenericWords.split("トヨタ自動車株式会社");
        assertThat(s.proper()).isEqualTo("トヨタ");
        assertThat(s.english()).containsExactly("motor", "automobile");
        assertThat(s.legal()).isEqualTo("jsc");
        assertThat(GenericWords.split("현대 자동차").proper()).isEqualTo("현대");   // written apart too
    }

    @Test
    void onlyAtTheEndAndOnlyAfterAnOwnPart() {
        assertThat(GenericWords.split("銀行三菱")).isNull();
        assertThat(GenericWords.split("銀行")).isNull();
        assertThat(GenericWords.split("株式会社 銀行")).isNull();
    }

    @Test
    void onlyInNamesWrittenInHanHangulOrKana() {
        assertThat(GenericWords.split("Mitsubishi 銀行")).isNull();
        assertThat(GenericWords.split("Банк 銀行")).isNull();
        assertThat(GenericWords.split("Shinhan Bank")).isNull();
    }

    @Test
    void theLongestWordIsRead() {
        assertThat(GenericWords.split("서울대학교").english()).containsExactly("university");
        assertThat(GenericWords.split("서울대학교").proper()).isEqualTo("서울");
        assertThat(GenericWords.words()).contains("重工業", "은행", "集团");
    }
}
