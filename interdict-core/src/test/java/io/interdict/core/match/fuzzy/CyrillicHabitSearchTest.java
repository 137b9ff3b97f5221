package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name written in Cyrillic finds its listed spelling in German or French transliteration: a listed word that carries
 * their letter groups is also posted by its key read back to English ({@link TransliterationHabits#keyHash}), which a
 * word read from Cyrillic looks up by its own key. "zhukov" and "schukow" share no deletion, consonant or fold key.
 */
class CyrillicHabitSearchTest {
    private final FuzzyMatcher matcher = new FuzzyMatcher(List.of(person("x:1", "Juri Schukow"),
            person("x:2", "Jewgeni Saizew"), person("x:3", "Nikita Chruschtschow"), person("x:4", "Juri Gagarin"),
            person("x:5", "Nikita Mikhalkov")), MatchSettings.DEFAULTS, InterdictV2.NAME);

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        "Юрий Николаевич Жуков, x:1",
        "Евгений Павлович Зайцев, x:2",
        "Никита Хрущёв, x:3",
    })
    void aCyrillicNameFindsItsGermanSpelling(String query, String id) {
        FuzzyMatcherTest.assertFoundFirst(matcher, query, id);
    }

    @Test
    void onlyAWordReadFromCyrillicLooksUpTheHabitKey() {
        CandidateIndex index = CandidateIndex.build(List.of(ScoringName.of("Schukow", Schema.PERSON)), true);
        assertThat(index.candidates(ScoringName.of("Жуков", Schema.UNKNOWN), 5, null)).containsExactly(0);
        // a Latin query as written keeps its own keys: the comparison, not the index, reads it in German
        assertThat(index.candidates(ScoringName.of("Zhukov", Schema.UNKNOWN), 5, null)).isEmpty();
    }
}
