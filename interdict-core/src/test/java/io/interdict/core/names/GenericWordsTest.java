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
    void commonCompanyWordsOfEachLanguageAreRead() {
        GenericWords.Split zh = GenericWords.split("上海建国电子有限公司");
        assertThat(zh.proper()).isEqualTo("上海建国");
        assertThat(zh.english()).containsExactly("electronics");
        assertThat(zh.legal()).isEqualTo("ltd");
        assertThat(GenericWords.split("艾森贸易有限公司").english()).containsExactly("trading", "trade");
        assertThat(GenericWords.split("中華證券").english()).containsExactly("securities");   // traditional form
        GenericWords.Split ja = GenericWords.split("三菱電機株式会社");
        assertThat(ja.proper()).isEqualTo("三菱");
        assertThat(ja.english()).containsExactly("electric");
        assertThat(GenericWords.split("ソフトバンクグループホールディングス").english()).contains("holdings");
        GenericWords.Split ko = GenericWords.split("새벽별물류 주식회사");
        assertThat(ko.proper()).isEqualTo("새벽별");
        assertThat(ko.english()).containsExactly("logistics");
        assertThat(ko.legal()).isEqualTo("jsc");
        assertThat(GenericWords.split("삼성전자").english()).containsExactly("electronics");
        assertThat(GenericWords.split("현대중공업").english()).containsExactly("heavy industries");
    }

    @Test
    void twoGenericWordsInARowAreBothRead() {
        GenericWords.Split s = GenericWords.split("雾山精密机械股份有限公司");
        assertThat(s.proper()).isEqualTo("雾山");
        assertThat(s.english()).containsExactly("precision machinery");
        assertThat(s.words()).containsExactly("精密", "机械");
        assertThat(s.legal()).isEqualTo("jsc");
        assertThat(GenericWords.split("住友電気工業").english()).containsExactly("electric industries", "electric industrial");
        // Never more than two, and never the whole name: the own part stays.
        assertThat(GenericWords.split("精密机械").proper()).isEqualTo("精密");
        assertThat(GenericWords.split("精密机械").english()).containsExactly("machinery");
    }

    @Test
    void aNameWrittenInAWordThatTheLatinNameTransliteratesKeepsTheWord() {
        GenericWords.Split s = GenericWords.split("株式会社霜月水産");
        assertThat(s.proper()).isEqualTo("霜月");
        assertThat(s.words()).containsExactly("水産");   // read in English and, by ScriptReadings, in its on reading
    }

    @Test
    void theLongestWordIsRead() {
        assertThat(GenericWords.split("서울대학교").english()).containsExactly("university");
        assertThat(GenericWords.split("서울대학교").proper()).isEqualTo("서울");
        assertThat(GenericWords.words()).contains("重工業", "은행", "集团");
        assertThat(GenericWords.split("三菱重工業").english()).containsExactly("heavy industries");   // not 工業 alone
        assertThat(GenericWords.split("三菱重工業").proper()).isEqualTo("三菱");
    }
}
