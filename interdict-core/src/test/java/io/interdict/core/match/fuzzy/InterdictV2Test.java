package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.EntityMatch;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.Matchers;
import io.interdict.core.names.Schema;
import io.interdict.core.tx.Party;
import io.interdict.core.tx.Traits;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** interdict-v2 on issue 11's examples, and what it leaves to interdict-v1. */
class InterdictV2Test {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1} is no match")
    @CsvSource(delimiter = '|', value = {
        "Andrew Parks|PARIS, Andres",
        "Kayla Smith|Richard Kelly Smyth",
        "Lisa Donna Lloyd|DONA ELISA",
        "बृजेश प्रधान|BURTON BURGESS",
        "Geoffrey Beier|Geoffrey B. Roose",  // a surname against a middle initial, the surname left over
    })
    void partialAndDifferentNamesStayUnderTheReviewThreshold(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @ParameterizedTest(name = "{0} ~ {1} is a match")
    @CsvSource(delimiter = '|', value = {
        // one slip beside two words spelt alike, the other side naming middle names the short form drops
        "JAMAL SULTAN AL-TIKRITI|JAMAL MUSTAFA ABDALLAH SULTAN AL-TIKRETI",
        "JAMAL SULTAN AL-TIKRITI|JAMAL MUSTAFA ABDALLAH SOLTAN AL-TIKRITI",
    })
    void aSlipBesideTwoAgreeingWordsIsNoPartialName(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(s.features()).extracting(f -> f.name()).doesNotContain("partial_fuzzy");
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "محمد علي|Mohamed Ali",
        "Αλέξανδρος|Alexander",
        "דוד|David",
        "김정은|Kim Jong Un",
        "金正恩|Kim Jong Un",
        "山田太郎|Yamada Taro",
        "ヤマダ タロウ|Yamada Taro",          // "tarou" ~ "taro": vowels spelt two ways, no other word
        "Владимир Путин|Vladimir Putin",
    })
    void namesInTwoScriptsMatch(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV1.compare("Αλέξανδρος", "Alexander", Schema.PERSON).score()).as("v1 unchanged").isZero();
    }

    static final List<Entity> LIST = List.of(
            person("un-sc:KPi.1", "KIM SOK CHOL", "1955-05-08", "Korea, North", "male"),
            person("un-sc:TAi.1", "MOHAMMAD SALIM HAQQANI", "1975", "Afghanistan", "male"),
            person("un-sc:TAi.2", "WALIJAN", "1968", "Afghanistan", "male"),
            person("un-sc:TAi.3", "HAQQANI NETWORK LEADER HAQQANI", null, null, null),
            person("un-sc:QDi.1", "SALIM HAQQANI", null, null, null),
            person("un-sc:QDi.2", "MOHAMMAD HAQQANI", null, null, null),
            person("un-sc:QDi.3", "KIM CHOL", null, null, null),
            person("ofac-sdn:1", "ZHANG, Lei", "1960-01-01", "China", "male"),
            person("un-sc:CFi.9", "JOSEPH KONY", null, null, null));

    static Entity person(String id, String name, String dob, String nationality, String gender) {
        Map<String, List<String>> attrs = new java.util.HashMap<>();
        if (dob != null) {
            attrs.put("birth_date", List.of(dob));
        }
        if (nationality != null) {
            attrs.put("nationality", List.of(nationality));
        }
        if (gender != null) {
            attrs.put("gender", List.of(gender));
        }
        return new Entity(id, EntityKind.PERSON, List.of(Name.primary(name)), List.of(), List.of(), attrs, false, null);
    }

    final FuzzyMatcher matcher = new FuzzyMatcher(LIST, MatchSettings.DEFAULTS, InterdictV2.NAME);

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        "MOHAMMAD SLAIM HAQQANI, un-sc:TAi.1",
        "KIM SKO CHOL, un-sc:KPi.1",
        "AWLIJAN, un-sc:TAi.2",
        "JOSEPH KMNY, un-sc:CFi.9",   // a slip after the first letter of a four-letter word
    })
    void oneTypoInOneWordStillFindsTheName(String query, String expected) {
        assertThat(matcher.search(query, null, 5)).anyMatch(h -> h.entityId().equals(expected) && h.match());
    }

    @Test
    void aNameReadFromHangulWithOneSyllableOtherIsNoMatch() {
        FuzzyMatcher m = new FuzzyMatcher(List.of(person("ofac-sdn:2", "QIU, Hong", null, null, null)), MatchSettings.DEFAULTS,
                InterdictV2.NAME);
        // 홍지우 reads "hong jiu": "hong" agrees, "jiu" ~ "qiu" is another syllable, not a typo.
        assertThat(m.search("홍지우", null, 1)).noneMatch(SearchHit::match);
        assertThat(m.search("Hong Qiu", null, 1)).allMatch(SearchHit::match);
    }

    @Test
    void birthDateAndNationalityTellTwoPeopleOfOneNameApart() {
        SearchHit plain = matcher.search("雷 张", null, 1).get(0);
        assertThat(plain.entityId()).isEqualTo("ofac-sdn:1");
        assertThat(plain.match()).isTrue();
        List<SearchHit> other = matcher.search("雷 张", new Traits(List.of("1990-03-04"), List.of("TW"), List.of(), "female", List.of()), null, 1);
        assertThat(other).allMatch(h -> !h.match());
        assertThat(other.get(0).explanation().features()).extracting(f -> f.name())
                .contains("dob_year_mismatch", "nationality_mismatch", "gender_mismatch");
        SearchHit same = matcher.search("雷 张", Traits.of("1960-01-01", "CN", null, null), null, 1).get(0);
        assertThat(same.score()).isGreaterThanOrEqualTo(plain.score());
        assertThat(same.explanation().features()).extracting(f -> f.name()).contains("dob_match", "nationality_match");
    }

    @Test
    void theV2ScreeningMatcherScoresThePartysAttributes() {
        // interdict-v2 is the default; its index is a compiled section (docs/matching.md).
        assertThat(Matchers.defaultAlgorithm()).isEqualTo(InterdictV2.NAME);
        var screening = Matchers.byName(InterdictV2.NAME).build(LIST, MatchSettings.DEFAULTS);
        assertThat(screening.algorithm()).isEqualTo(InterdictV2.NAME);
        Party exactName = new Party("counterparty", "Zhang Lei", null, List.of());
        assertThat(screening.match(exactName)).extracting(EntityMatch::entityId).contains("ofac-sdn:1");
        Party someoneElse = new Party("counterparty", "Zhang Lei", "TW", List.of(), Traits.of("1991", "TW", null, null));
        assertThat(screening.match(someoneElse)).extracting(EntityMatch::entityId).doesNotContain("ofac-sdn:1");
        // interdict-v1 stays selectable and ignores attributes.
        var v1 = Matchers.byName(InterdictV1.NAME).build(LIST, MatchSettings.DEFAULTS);
        assertThat(v1.match(someoneElse)).extracting(EntityMatch::entityId).contains("ofac-sdn:1");
    }
}
