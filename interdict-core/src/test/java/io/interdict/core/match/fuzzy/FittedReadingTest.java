package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

class FittedReadingTest {
    private static final double REVIEW = 0.8;

    @Test
    void readsEachPartAsTheLatinNameSpellsIt() {
        assertThat(FittedReading.of("山本一平", List.of("ippei", "yamamoto"))).containsExactly("yamamoto ippei");
        assertThat(FittedReading.of("김민준", List.of("kim", "min", "joon"))).containsExactly("kim min joon");
        assertThat(FittedReading.of("김민준", List.of("minjoon", "kim"))).containsExactly("kim minjoon");
        assertThat(FittedReading.of("최 서연", List.of("choi", "seo", "yeon"))).containsExactly("choi seo yeon");
    }

    @Test
    void aKoreanNameOfTwoHanCharactersIsReadAsTheLatinNameSpellsIt() {
        // a one-syllable given name (金九 Kim Koo): the Korean reading is fitted only when the Latin name spells it
        assertThat(FittedReading.of("金九", List.of("kim", "koo"))).containsExactly("kim koo");
        assertThat(FittedReading.of("金九", List.of("kim", "kyu"))).isEmpty();
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("金九", "Kim Koo", Schema.PERSON).score())
                .isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void noReadingWhenAPartFitsNoWord() {
        assertThat(FittedReading.of("김민준", List.of("kim", "min"))).isEmpty();
        assertThat(FittedReading.of("山本一平", List.of("yamamoto", "ichiro"))).isEmpty();
        assertThat(FittedReading.of("김민준", List.of("kim", "kim"))).isEmpty();     // each word once
        assertThat(FittedReading.of("Kim", List.of("kim"))).isEmpty();
        assertThat(FittedReading.of("김", List.of("kim"))).isEmpty();                 // one syllable reads as little
        assertThat(FittedReading.of("莫浩", List.of("moo", "ko"))).isEmpty();         // two Han characters: a Chinese name
    }

    @Test
    void cyrillicAndArmenianWordsReadAsTheLatinWordsSpellThem() {
        assertThat(FittedReading.of("Юрий Жуков", List.of("juri", "schukow"))).containsExactly("juri schukow");
        // a word no Latin word spells keeps the pipeline's reading; two words spelt at least
        assertThat(FittedReading.of("Юрий Жуков Иванович", List.of("juri", "schukow"))).containsExactly("juri schukow ivanovich");
        assertThat(FittedReading.of("Юрий Жуков", List.of("juri", "smith"))).isEmpty();
        assertThat(FittedReading.of("Юрий Жуков", List.of("john", "smith"))).isEmpty();
        assertThat(FittedReading.applies("Юрий Жуков")).isTrue();
        assertThat(FittedReading.appliesToListed("Юрий Жуков")).isFalse();
        assertThat(InterdictV2.compare("Արամ Սարգսյան", "Aram Sarkissian", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("Михаил Чайкин", "Michail Tschaikin", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("Михаил Чайкин", "Michail Tschaikowski", Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @Test
    void hanIsAlsoReadInWadeGiles() {
        assertThat(FittedReading.of("王小明", List.of("wang", "hsiao", "ming"))).contains("wang hsiao ming");
        assertThat(InterdictV2.compare("周国平", "Chou Kuo-ping", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("周国平", "Chou Kuo-ming", Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @Test
    void aChineseFamilyNameIsReadInAnyOfItsReadings() {
        // Unihan's kMandarin reads 曾 "ceng", 单 "dan", 解 "jie"; as surnames they are Zeng, Shan, Xie (HanSurnames, CLDR's)
        assertThat(FittedReading.of("曾国藩", List.of("zeng", "guofan"))).contains("zeng guofan");
        assertThat(FittedReading.of("单雄信", List.of("shan", "xiongxin"))).contains("shan xiongxin");
        assertThat(FittedReading.of("單雄信", List.of("shan", "xiong", "xin"))).contains("shan xiong xin");   // traditional, 单's
        assertThat(InterdictV2.compare("解振华", "Xie Zhenhua", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("薄熙来", "Bo Xilai", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        // the customary reading still spells it
        assertThat(FittedReading.of("曾国藩", List.of("ceng", "guofan"))).contains("ceng guofan");
        // only the family name: a given name keeps its customary reading (曾 in 国曾 is no "zeng"); 樸 (as 朴 "pu") is no
        // "Piao", a reading neither Unihan nor CLDR gives it
        assertThat(FittedReading.of("王国曾", List.of("wang", "guozeng"))).doesNotContain("wang guozeng");
        assertThat(FittedReading.of("樸正", List.of("piao", "zheng"))).doesNotContain("piao zheng");
        assertThat(InterdictV2.compare("曾国藩", "Zhang Guofan", Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @Test
    void aSearchFindsAChineseFamilyNameListedInItsSurnameReading() {
        FuzzyMatcher m = new FuzzyMatcher(List.of(person("t:1", "ZENG, Qinghong"), person("t:2", "ZHANG, Qinghong"),
                person("t:3", "XIE, Zhenhua"), person("t:4", "JIE, Zhenhua")), MatchSettings.DEFAULTS, "interdict-v2");
        List<SearchHit> hits = m.search("曾庆红", null, 3);
        assertThat(hits.get(0).entityId()).isEqualTo("t:1");
        assertThat(hits.get(0).match()).isTrue();
        assertThat(hits).filteredOn(SearchHit::match).extracting(SearchHit::entityId).containsExactly("t:1");
        // both readings of 解 are its readings: the customary one is listed too
        assertThat(m.search("解振华", null, 3)).filteredOn(SearchHit::match).extracting(SearchHit::entityId)
                .containsExactlyInAnyOrder("t:3", "t:4");
    }

    @Test
    void hanzaIsAlsoReadInKorean() {
        // 朴志勳: Unihan's Korean readings 박 지 훈
        assertThat(FittedReading.of("朴志勳", List.of("park", "ji", "hoon"))).contains("park ji hoon");
    }

    @Test
    void aWordTheLatinNameWritesInPartsIsSpeltByThemGlued() {
        assertThat(FittedReading.of("สมชาย ศรีสุข", List.of("somchai", "sri", "suk"))).containsExactly("somchai sri suk");
        assertThat(InterdictV2.compare("สมชาย ศรีสุข", "Somchai Sri-suk", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(FittedReading.of("สมชาย ศรีสุข", List.of("somchai", "sri", "ram"))).isEmpty();
    }

    @Test
    void hanjaIsReadInEachOfItsKoreanReadings() {
        // 泌 has two Korean readings in Unihan, 비 and 필: both are tried
        assertThat(io.interdict.core.names.HanReadings.hangulReadings("泌".codePointAt(0))).containsExactly("비", "필");
        assertThat(FittedReading.of("朴泌善", List.of("park", "pil", "sun"))).contains("park pil sun");
        assertThat(FittedReading.of("朴泌善", List.of("park", "bi", "sun"))).contains("park bi sun");
        assertThat(FittedReading.of("朴泌善", List.of("park", "mil", "sun"))).isEmpty();
    }

    @Test
    void koreanFamilyNameNoInItsUsualSpellings() {
        // name-variants.tsv: 노 is registered Noh, No or Roh
        assertThat(InterdictV2.compare("노현수", "Roh Hyun-soo", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("노현수", "Noh Hyun Soo", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("노현수", "Ryu Hyun-soo", Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @Test
    void comparedNamesMatchInTheirUsualSpellings() {
        assertThat(InterdictV2.compare("佐藤大輔", "Daisuke Satoh", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("Daisuke Sato", "佐藤大輔", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("박지훈", "Park Ji-hoon", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("최서연", "Seo Yeon Choi", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void differentPeopleStayApart() {
        assertThat(InterdictV2.compare("佐藤大輔", "Kenta Sato", Schema.PERSON).score()).isLessThan(REVIEW);
        assertThat(InterdictV2.compare("박지훈", "Park Min-jun", Schema.PERSON).score()).isLessThan(REVIEW);
        assertThat(InterdictV2.compare("최서연", "Choi Seo-jun", Schema.PERSON).score()).isLessThan(REVIEW);
    }

    private static Entity person(String id, String name) {
        return new Entity(id, EntityKind.PERSON, List.of(Name.primary(name)), List.of(), List.of(), null, false, null);
    }

    @Test
    void aSearchReadsTheQueryOrTheListedNameAsTheOtherSpellsIt() {
        FuzzyMatcher m = new FuzzyMatcher(List.of(person("t:1", "PARK, Ji-hoon"), person("t:2", "PARK, Min Jun"),
                person("t:3", "山本一平"), person("t:4", "SATO, Kenta")), MatchSettings.DEFAULTS, "interdict-v2");
        List<SearchHit> hits = m.search("박지훈", null, 3);
        assertThat(hits.get(0).entityId()).isEqualTo("t:1");
        assertThat(hits.get(0).match()).isTrue();
        assertThat(hits.get(0).explanation().score()).isEqualTo(hits.get(0).score());
        assertThat(hits.stream().filter(h -> h.entityId().equals("t:2")).filter(SearchHit::match)).isEmpty();
        List<SearchHit> latin = m.search("Ippei Yamamoto", null, 3);
        assertThat(latin.get(0).entityId()).isEqualTo("t:3");
        assertThat(latin.get(0).match()).isTrue();
        assertThat(latin.get(0).explanation().score()).isEqualTo(latin.get(0).score());
    }
}
