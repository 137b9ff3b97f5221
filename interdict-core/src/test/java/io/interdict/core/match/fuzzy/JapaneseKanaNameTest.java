package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Japanese names written in kanji and kana, as given names often are, read in Japanese only (own examples). */
class JapaneseKanaNameTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "中村 あやこ|Ayako NAKAMURA",
        "えり子 松本|MATSUMOTO, Eriko",
        "林 ようこ|Yoko Hayashi",
    })
    void matchesTheLatinName(String written, String latin) {
        assertThat(InterdictV2.compare(written, latin, Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void kanjiBesideKanaAreNotReadInMandarin() {
        // 中村 in Mandarin is "zhong cun"; beside kana it is Japanese
        assertThat(ScriptReadings.readings("中村 あやこ")).containsExactly("nakamura ayako");
        assertThat(InterdictV2.compare("中村 あやこ", "ZHONG, Cun", Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @Test
    void aSearchFindsTheLatinNameAndNotTheMandarinReading() {
        FuzzyMatcher m = new FuzzyMatcher(List.of(person("t:1", "Ayako NAKAMURA"), person("t:2", "ZHONG CUN")),
                MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("中村 あやこ", null, 5)).filteredOn(SearchHit::match).extracting(SearchHit::entityId)
                .containsExactly("t:1");
        // with no Japanese name listed, nothing: not the Mandarin text split into a listed name's words
        FuzzyMatcher other = new FuzzyMatcher(List.of(person("t:2", "ZHONG CUN")), MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(other.search("あやこ 中村", null, 5)).filteredOn(SearchHit::match).isEmpty();
    }

    private static Entity person(String id, String name) {
        return new Entity(id, EntityKind.PERSON, List.of(Name.primary(name)), List.of(), List.of(), null, false, null);
    }
}
