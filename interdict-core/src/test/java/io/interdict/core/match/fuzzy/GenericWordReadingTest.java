package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A company name in Han, Hangul or kana ending in a generic word its Latin name translates (銀行 bank, 自動車 motor,
 * 重工業 heavy industries) is also read with that word in English, its own part as before and, in Han, as Japanese
 * companies are read (kun, kun voiced, on): 三菱重工業 ~ "Mitsubishi Heavy Industries". The generic word stays weak:
 * two banks or two bodies of one group are not the same organisation for sharing it.
 */
class GenericWordReadingTest {
    private static double score(String a, String b) {
        return FuzzyMatcher.compare(InterdictV2.NAME, a, b, "Organization").score();
    }

    @Test
    void aGenericWordItsLatinNameTranslatesIsReadInEnglish() {
        assertThat(score("신한은행", "Shinhan Bank")).isGreaterThanOrEqualTo(0.8);
        assertThat(score("현대자동차", "Hyundai Motor Company")).isGreaterThanOrEqualTo(0.8);
        assertThat(score("三菱重工業", "Mitsubishi Heavy Industries")).isGreaterThanOrEqualTo(0.8);
        assertThat(score("住友化学", "Sumitomo Chemical")).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void theCommonCompanyWordsOfChineseJapaneseAndKoreanAreReadInEnglish() {
        assertThat(score("雾山精密机械股份有限公司", "Wushan Precision Machinery Co., Ltd.")).isGreaterThanOrEqualTo(0.8);
        assertThat(score("새벽별물류 주식회사", "Saebyeokbyeol Logistics Co., Ltd.")).isGreaterThanOrEqualTo(0.8);
        assertThat(score("삼성전자", "Samsung Electronics")).isGreaterThanOrEqualTo(0.8);
        assertThat(score("현대중공업", "Hyundai Heavy Industries")).isGreaterThanOrEqualTo(0.8);
        assertThat(score("三菱電機", "Mitsubishi Electric")).isGreaterThanOrEqualTo(0.8);
        assertThat(score("住友電気工業", "Sumitomo Electric Industries")).isGreaterThanOrEqualTo(0.8);
        assertThat(score("삼성전자", "LG Electronics")).isLessThan(0.8);   // the word is shared, the own part is not
        assertThat(score("三菱電機", "Mitsubishi Heavy Industries")).isLessThan(0.8);
    }

    @Test
    void aJapaneseCompanyWhoseLatinNameTransliteratesTheWordIsFoundToo() {
        assertThat(EastAsianReadings.onReading(List.of("水産"))).isEqualTo("suisan");
        assertThat(EastAsianReadings.onReading(List.of("물류"))).isNull();
        assertThat(score("株式会社霜月水産", "Shimotsuki Suisan Co., Ltd.")).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void theLegalFormAfterTheGenericWordIsReadToo() {
        assertThat(ScriptReadings.readings("トヨタ自動車株式会社")).contains("トヨタ motor jsc");
        assertThat(score("トヨタ自動車株式会社", "Toyota Motor Corporation")).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void kabushikiKaishaIsNoMismatchWithTheFormsEnglishWritesForIt() {
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "ソニー株式会社", "Sony Corporation", "Organization").features())
                .noneMatch(f -> f.name().equals("legal_form_mismatch"));
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "ソニー(株)", "Sony Co., Ltd.", "Organization").features())
                .noneMatch(f -> f.name().equals("legal_form_mismatch"));
        // Another family than the ones English renders it with still differs.
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "ソニー株式会社", "Sony LP", "Organization").features())
                .anyMatch(f -> f.name().equals("legal_form_mismatch"));
    }

    @Test
    void chineseAndKoreanCompanyFormsAreNoMismatchWithTheFormsEnglishWritesForThem() {
        // 股份有限公司 (jsc) written "Co., Ltd.", 有限公司 (ltd) "Corporation", 주식회사 (jsc) "Corp."
        for (String[] pair : new String[][] {{"上海银行股份有限公司", "Bank of Shanghai Co., Ltd."},
                {"北京电子有限公司", "Beijing Electronics Corporation"}, {"신한은행 주식회사", "Shinhan Bank Corp."}}) {
            assertThat(FuzzyMatcher.compare(InterdictV2.NAME, pair[0], pair[1], "Organization").features())
                    .as(pair[0] + " ~ " + pair[1]).noneMatch(f -> f.name().equals("legal_form_mismatch"));
        }
        // a form of a family English does not write for them still differs
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "上海银行股份有限公司", "Bank of Shanghai LP", "Organization")
                .features()).anyMatch(f -> f.name().equals("legal_form_mismatch"));
    }

    @Test
    void aWordOfSeveralEnglishWordsIsReadAsTheOtherNameWritesIt() {
        // 科技: technology, or science and technology; 集团: group, or corporation
        assertThat(score("东方航天科技集团有限公司", "Dongfang Aerospace Science and Technology Corporation"))
                .isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aSharedGenericWordDoesNotMakeTwoOrganisationsOne() {
        assertThat(score("국민은행", "Woori Bank")).isLessThan(0.8);
        assertThat(score("三菱重工業", "Mitsubishi Electric")).isLessThan(0.8);
        assertThat(score("현대자동차", "Hyundai Heavy Industries")).isLessThan(0.8);
        assertThat(score("住友化学", "Sumitomo Electric Industries")).isLessThan(0.8);
    }

    @Test
    void aJapaneseCompanysOwnPartIsReadInKunVoicedKunAndOn() {
        assertThat(EastAsianReadings.japaneseCompany("三菱")).contains("mitsubishi");
        assertThat(EastAsianReadings.japaneseCompany("東京")).contains("tokyo");
        assertThat(EastAsianReadings.japaneseCompany("三菱重工業株")).isEmpty();   // more than four characters: not one own name
    }

    @Test
    void aNameWithoutAGenericWordKeepsItsReadings() {
        assertThat(ScriptReadings.readings("김정은")).noneMatch(r -> r.contains("bank"));
        assertThat(ScriptReadings.readings("은행")).noneMatch(r -> r.contains("bank"));   // the word alone: no own part
    }

    @Test
    void aSearchFindsTheListedLatinNameFromItsOwnScript() {
        List<Entity> list = List.of(org("o:1", "Shinhan Bank"), org("o:2", "Woori Bank"), org("o:3", "Kookmin Bank"),
                org("o:4", "Hyundai Motor Company"), org("o:5", "Hyundai Heavy Industries"));
        FuzzyMatcher m = new FuzzyMatcher(list, MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("신한은행", null, 3)).anyMatch(h -> h.entityId().equals("o:1") && h.match())
                .noneMatch(h -> !h.entityId().equals("o:1") && h.match());
        List<SearchHit> hyundai = m.search("현대자동차", null, 3);
        assertThat(hyundai.get(0).entityId()).isEqualTo("o:4");   // the motor company before the heavy industries
        assertThat(hyundai).noneMatch(h -> h.entityId().equals("o:5") && h.match());
    }

    private static Entity org(String id, String name) {
        return new Entity(id, EntityKind.ORGANIZATION, List.of(Name.primary(name)), List.of(), List.of(), Map.of(), false, null);
    }
}
