package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Korean name in Hangul searched among names as South Koreans write them in Latin letters. */
class KoreanFamilyNameSearchTest {
    private final FuzzyMatcher matcher = new FuzzyMatcher(List.of(person("x:1", "Oh Se-hoon"), person("x:2", "Oh Kyung-hee"),
            person("x:3", "Ko Kyung-hee"), person("x:4", "Lee Se-hoon")), MatchSettings.DEFAULTS, InterdictV2.NAME);

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        // the family name 오 written "Oh", apart from the given name, in the popular reading
        "오세훈, x:1",
        "오경희, x:2",
    })
    void theFamilyNameOhIsAWordOfItsOwn(String query, String id) {
        List<SearchHit> hits = matcher.search(query, null, 3);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entityId()).isEqualTo(id);
        assertThat(hits.get(0).match()).isTrue();
        assertThat(ScriptReadings.readings(query, Schema.UNKNOWN)).anyMatch(r -> r.startsWith("oh "));
    }
}
