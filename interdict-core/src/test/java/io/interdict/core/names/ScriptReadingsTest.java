package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.EastAsianReadings;
import io.interdict.core.match.fuzzy.ScriptReadings;
import org.junit.jupiter.api.Test;

class ScriptReadingsTest {
    @Test
    void arabicLettersAsPersianAndUrduSayThem() {
        // ض ظ ذ as z, ث ص as s, ط as t: "رضا" -> "رزا" (Reza), "صابر" -> "سابر" (Saber)
        assertThat(ScriptReadings.readings("رضا")).containsExactly("\u0631\u0632\u0627");
        assertThat(ScriptReadings.readings("صابر طاهر")).containsExactly("\u0633\u0627\u0628\u0631 \u062A\u0627\u0647\u0631");
        // beside the article apart
        assertThat(ScriptReadings.readings("نظام الدين")).hasSize(3);   // and ظ as the Gulf says it, ذ
        assertThat(ScriptReadings.readings("نظام الدين")).contains("\u0646\u0630\u0627\u0645 \u0627\u0644 \u062F\u064A\u0646");
        assertThat(ScriptReadings.readings("محمد")).isEmpty();
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("فضل رحيم", "Fazal Rahim", Schema.PERSON).score())
                .isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aSilentHeBeforeANonJoinerIsTheVowelItWrites() {
        // خامنه‌ای: ICU reads "khamnhay", an h no Latin spelling has; the he before the non-joiner is an e
        assertThat(ScriptReadings.readings("\u062E\u0627\u0645\u0646\u0647\u200C\u0627\u06CC"))
                .contains("\u062E\u0627\u0645\u0646\u0650\u0627\u06CC");
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("فاطمه‌ای", "Fatemei", Schema.PERSON).score())
                .isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void anOrganisationInHanIsAlsoReadInKoreanAndJapanese() {
        assertThat(EastAsianReadings.organisationReadings("三星")).contains("samseong", "samsung");
        assertThat(EastAsianReadings.organisationReadings("斗山")).contains("dusan");
        assertThat(EastAsianReadings.organisationReadings("三")).isEmpty();
        assertThat(ScriptReadings.readings("三星", Schema.ORGANIZATION)).contains("samsung");
        assertThat(ScriptReadings.readings("三星", Schema.PERSON)).doesNotContain("samsung");   // two characters: a Chinese name
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("曉星", "Hyosung", Schema.ORGANIZATION).score())
                .isGreaterThanOrEqualTo(0.8);
        // a Japanese company of two kanji also in the mixed readings: on then kun (東芝 "toshiba")
        assertThat(EastAsianReadings.organisationReadings("東芝")).contains("toshiba");
        // a company in Hangul as the loanword it writes
        assertThat(EastAsianReadings.organisationReadings("셀트리온")).containsExactly("seltrion");
    }

    @Test
    void hangulInBothSystems() {
        assertThat(ScriptReadings.readings("김정은")).contains("gim jeongeun", "kim jongun");
        assertThat(String.join("", HangulRomanizer.syllables("최룡해", true))).isEqualTo("choeryonghae");
    }

    @Test
    void hanInMandarinKoreanAndJapaneseFromUnihan() {
        assertThat(ScriptReadings.readings("张雷")).contains("zhang lei");
        assertThat(ScriptReadings.readings("金正恩")).contains("kim jongun");
        assertThat(ScriptReadings.readings("山田太郎")).contains("yamata taro");
        assertThat(ScriptReadings.readings("Putin")).isEmpty();
    }

    @Test
    void koreanAsNamesAreMostlyRegistered() {
        // McCune-Reischauer's consonants, eo as u, ui after a consonant as ee
        assertThat(ScriptReadings.readings("박정희")).contains("pak chunghee");
        assertThat(ScriptReadings.readings("정현")).contains("chung hyun");
        // a family name 이 as a word
        assertThat(ScriptReadings.readings("이순신")).contains("yi sunsin");
        assertThat(ScriptReadings.readings("朴正熙")).contains("pak chunghee");
    }

    @Test
    void thaiInRtgs() {
        assertThat(ScriptReadings.readings("สมชาย วงศ์สวัสดิ์")).containsExactly("somchai wongsawat");
        assertThat(ScriptReadings.readings("\u0E4C")).isEmpty();   // a lone mark reads as nothing: no empty reading
    }

    @Test
    void japaneseFamilyNamesWithRendakuAsWell() {
        // the second kanji of the family name voiced (中島 nakajima), the unvoiced reading kept (nakashima)
        assertThat(ScriptReadings.readings("中島一郎")).contains("nakashima ichiro", "nakajima ichiro");
        assertThat(ScriptReadings.readings("松田健一")).contains("matsuta kenichi", "matsuda kenichi");
        // given names (on readings) are not voiced
        assertThat(ScriptReadings.readings("中島一郎")).doesNotContain("nakajima ijiro");
    }

    @Test
    void hindiAndGreekReadings() {
        assertThat(ScriptReadings.readings("अजय देवगन")).containsExactly("ajay devgan");
        assertThat(ScriptReadings.readings("Γιάννης Παπαδάκης")).containsExactly("giannis papadakis", "yannis papadakis");
    }
}
