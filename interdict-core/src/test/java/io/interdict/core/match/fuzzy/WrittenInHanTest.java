package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.org;
import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two names in Han characters whose readings agree are the same name only when written with the same characters. */
class WrittenInHanTest {
    @Test
    void homophonesAreOtherNamesAndAnotherFormOfACharacterIsTheSame() {
        // "xin wei" ~ "wei xin": every reading agrees, no character does
        NameScore wechat = InterdictV2.compare("辛伟", "微信", Schema.UNKNOWN);
        assertThat(wechat.score()).isZero();
        assertThat(wechat.features()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo(WrittenInHan.FEATURE);
            assertThat(f.value()).isEqualTo(-1.0);
        });
        // one given name of two written with another character of its reading
        assertThat(InterdictV2.compare("张伟", "张卫", Schema.PERSON).score()).isLessThan(MatchSettings.DEFAULTS.reviewThreshold());
        // simplified and traditional, a Japanese older form: the same name, and the feature says nothing
        NameScore forms = InterdictV2.compare("张伟", "張偉", Schema.PERSON);
        assertThat(forms.score()).isEqualTo(1.0);
        assertThat(forms.features()).noneMatch(f -> f.name().equals(WrittenInHan.FEATURE));
        assertThat(InterdictV2.compare("黒澤明", "黒沢明", Schema.PERSON).score()).isEqualTo(1.0);
        // across scripts the readings decide, as before
        assertThat(InterdictV2.compare("辛伟", "Xin Wei", Schema.PERSON).score()).isEqualTo(1.0);
    }

    @Test
    void itOnlyEverLowersAScore() {
        String[][] pairs = {{"辛伟", "微信"}, {"张伟", "张卫"}, {"山田太郎", "山田太朗"}, {"李明", "黎明"}, {"张伟", "張偉"},
            {"支付宝", "支付宝网络技术有限公司"}, {"王丽", "王丽丽"}};
        for (String[] p : pairs) {
            NameScore s = InterdictV2.compare(p[0], p[1], Schema.UNKNOWN);
            double without = s.features().stream().filter(f -> !f.name().equals(WrittenInHan.FEATURE))
                    .mapToDouble(f -> f.value()).sum();
            assertThat(s.score()).as("%s ~ %s", p[0], p[1]).isLessThanOrEqualTo(Math.max(0, Math.min(1, without)) + 1e-9);
            assertThat(s.features()).filteredOn(f -> f.name().equals(WrittenInHan.FEATURE))
                    .allSatisfy(f -> assertThat(f.value()).isNegative());
        }
    }

    @Test
    void aSearchInHanMeetsAListedNameInHanByItsCharacters() {
        FuzzyMatcher matcher = new FuzzyMatcher(List.of(org("x:wechat", "微信"), person("x:zhang", "張偉"),
                person("x:latin", "XIN, Wei")), MatchSettings.DEFAULTS, InterdictV2.NAME);
        List<SearchHit> hits = matcher.search("辛伟", null, 5);
        // the listed Latin spelling of the reading is found; the app written with other characters is no hit at all
        assertThat(hits).anyMatch(h -> h.entityId().equals("x:latin") && h.match());
        assertThat(hits).noneMatch(h -> h.entityId().equals("x:wechat"));
        // a name sharing one character of two keeps half its score, and its explanation says why
        FuzzyMatcher zhang = new FuzzyMatcher(List.of(person("x:wei", "张卫")), MatchSettings.DEFAULTS, InterdictV2.NAME);
        List<SearchHit> half = zhang.search("张伟", null, 5);
        assertThat(half).singleElement().satisfies(h -> {
            assertThat(h.score()).isEqualTo(0.5);
            assertThat(h.match()).isFalse();
            assertThat(h.explanation().score()).isEqualTo(h.score());
            assertThat(h.explanation().features()).anyMatch(f -> f.name().equals(WrittenInHan.FEATURE) && f.value() == -0.5);
        });
        FuzzyMatcherTest.assertFoundFirst(matcher, "微信", "x:wechat");
        FuzzyMatcherTest.assertFoundFirst(matcher, "张伟", "x:zhang");
    }
}
