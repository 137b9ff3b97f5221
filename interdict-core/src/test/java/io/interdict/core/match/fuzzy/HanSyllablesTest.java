package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person's name written in Han against a Latin name: a Latin word that spells no run of the name's characters in any
 * of their readings (Korean, Mandarin, Cantonese, Japanese) is another name's word, however few letters apart it is
 * from a reading (HanSyllables). The first two different-person pairs are the tuning pair files' (read as tuning data).
 */
class HanSyllablesTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "鄭東勳|Jung Dong-hyun",    // 勳 is 훈 hun; hyun is 현
        "朴成民|Park Sang-min",     // 成 is 성 seong; sang is 상
        "劉德華|Liu Dehui",         // 華 is hua; hui is 輝
        "李小龍|Li Xiaodong",       // 龍 is long; dong is 東
        "陳水扁|Chen Shui-bin",     // 扁 is bian (pien); bin is 斌
    })
    void aCharacterOfAnotherNameIsAnotherName(String han, String latin) {
        NameScore s = compare(han, latin);
        assertThat(s.score()).as(s.toString()).isLessThan(REVIEW);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "鄭東勳|Jeong Dong-hun",
        "鄭東勳|Chung Dong Hoon",     // 정 Chung, 훈 Hoon: spellings Koreans register
        "朴成民|Park Sung-min",       // 성 Sung
        "金正恩|Kim Jong Un",
        "金鍾泌|Kim Jong-pil",        // 泌 in its second Korean reading, 필
        "朴槿惠|Park Geun-hye",
        "張偉|Chang Wei",             // Wade-Giles
        "蔣經國|Chiang Ching-kuo",
        "李嘉誠|Li Ka-shing",         // Cantonese as Hong Kong spells it
        "劉德華|Lau Tak Wah",
        "山田太郎|Yamada Taro",
        "習近平|Xi Jinping",
        "李會昌|Lee Hoi-chang",       // 회 "Hoi", as 최 is "Choi"
        "薄熙来|Bo Xilai",            // 薄 in its second Mandarin reading, bo
        "蔡英文|Tsai Ing-wen",        // spellings of their own, in no one system: left to the spelling
        "馬英九|Ma Ying-jeou",
    })
    void theSameCharactersInAnyReadingStay(String han, String latin) {
        NameScore s = compare(han, latin);
        assertThat(s.score()).as(s.toString()).isGreaterThanOrEqualTo(REVIEW);
    }

    /** As the product and the harness compare two names: every reading of the name written in Han. */
    private static NameScore compare(String han, String latin) {
        return FuzzyMatcher.compare(InterdictV2.NAME, han, latin, "Person");
    }

    @Test
    void aForeignNameTranscribedInHanIsReadByItsSound() {
        // A middle dot parts a transcribed foreign name: the rule does not apply, and "miller" stays paired.
        assertThat(HanSyllables.written("托马斯·米勒")).isNull();
        NameScore s = InterdictV2.compare("托马斯·米勒", "Thomas Muller", Schema.PERSON);
        assertThat(s.pairs()).anyMatch(p -> p.contains("~muller"));
    }

    @Test
    void aLatinWordSpellsARunOfTheCharactersInSomeReading() {
        int[] name = HanSyllables.written("鄭東勳");
        assertThat(name).hasSize(3);
        assertThat(HanSyllables.spellsARun(name, "donghoon")).isTrue();    // Korean
        assertThat(HanSyllables.spellsARun(name, "zheng")).isTrue();       // Mandarin
        assertThat(HanSyllables.spellsARun(name, "tunghsun")).isTrue();    // Wade-Giles
        assertThat(HanSyllables.spellsARun(name, "donghyun")).isFalse();
        assertThat(HanSyllables.written("山田 さくら")).isNull();          // kana beside the Han
        assertThat(HanSyllables.written("Kim")).isNull();
    }

    @Test
    void onlyANameWrittenInOneSystemWithAsManySyllablesIsAnotherNameInIt() {
        java.util.function.Predicate<String> pinyin = io.interdict.core.names.MandarinSpelling.syllableSpellings()::contains;
        assertThat(HanSyllables.counts("dehui", pinyin) & 1 << 2).isNotZero();   // de-hui
        assertThat(HanSyllables.counts("ingwen", pinyin)).isZero();   // 英 is "ying"
        assertThat(HanSyllables.syllableCounts(ScoringName.of("Liu Dehui", Schema.PERSON)) & 1 << 3).isNotZero();
        assertThat(HanSyllables.syllableCounts(ScoringName.of("Ma Ying-jeou", Schema.PERSON)) & 1 << 3).isZero();
        assertThat(HanSyllables.syllableCounts(ScoringName.of("Chung Myung-whun", Schema.PERSON)) & 1 << 3).isZero();
        assertThat(HanSyllables.syllableCounts(ScoringName.of("Jung Dong-hyun", Schema.PERSON)) & 1 << 3).isNotZero();
    }

    @Test
    void aCompanysNameIsLeftAlone() {
        // An organisation spells its name as it likes; the rule is a person's.
        NameScore person = InterdictV2.compare("劉德華", "Liu Dehui", Schema.PERSON);
        NameScore company = InterdictV2.compare("劉德華", "Liu Dehui", Schema.ORGANIZATION);
        assertThat(company.score()).as(company.toString()).isGreaterThan(person.score());
    }

    @Test
    void aSearchFindsTheNameItsCharactersSpellAndNotTheOther() {
        FuzzyMatcher m = new FuzzyMatcher(List.of(
                new Entity("p:1", EntityKind.PERSON, List.of(Name.primary("JUNG, Dong-hyun")), List.of(), List.of(), Map.of(), false, null),
                new Entity("p:2", EntityKind.PERSON, List.of(Name.primary("JUNG, Dong-hoon")), List.of(), List.of(), Map.of(), false, null)),
                MatchSettings.DEFAULTS, InterdictV2.NAME);
        List<SearchHit> hits = m.search("鄭東勳", null, 5);
        assertThat(hits).filteredOn(SearchHit::match).extracting(SearchHit::entityId).containsExactly("p:2");
    }
}
