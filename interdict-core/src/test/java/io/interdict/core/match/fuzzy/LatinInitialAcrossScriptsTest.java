package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A listed Latin initial is an initial whatever script the word it pairs with was read from: a name read from Cyrillic
 * or Georgian whose word pairs a listed middle initial, beside a word the listed name keeps, is a partial name, as the
 * same name written in Latin is ({@code partial_fuzzy}; WordPairTally). A letter alone read from another script is still
 * no initial. (The names the tuning `world` seeds 10-12 flagged at 0.81.)
 */
class LatinInitialAcrossScriptsTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Валентина Виноградова|VINOGRADOVA, Natalya V.",   // valentina ~ V.; Natalya left over
        "Виктория Шестаков|SHESTAKOV, Ilya V",            // viktoriya ~ V; Ilya left over
        "Росен Runte|David R. Rosen",                      // runte ~ R.; David left over
        "თენგიზ წიწავა|Tengiz T. Sydykov",                  // tsitsava ~ T.; Sydykov left over
    })
    void aWordReadFromAnotherScriptAgainstALatinInitialBesideAWordLeftOverIsPartial(String query, String listed) {
        NameScore s = InterdictV2.compare(query, listed, Schema.PERSON);
        assertThat(s.score()).as(s.toString()).isLessThan(REVIEW);
        assertThat(s.features()).extracting(f -> f.name()).contains("partial_fuzzy");
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Валентина Виноградова|Valentina Vinogradova",   // every word paired as a word
        "Наталья Виноградова|VINOGRADOVA, N. V.",         // natalya ~ N.; nothing but an initial left over
        "Валентина Виноградова|VINOGRADOVA, V.",          // an initial and nothing left over
    })
    void anInitialWithNoWordLeftOverStays(String query, String listed) {
        NameScore s = InterdictV2.compare(query, listed, Schema.PERSON);
        assertThat(s.score()).as(s.toString()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(s.features()).extracting(f -> f.name()).doesNotContain("partial_fuzzy");
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Валентина Виноградова|VINOGRADOVA, Natalya V.",
        "Росен Runte|David R. Rosen",
    })
    void theSameNameInLatinScoresAlike(String query, String listed) {
        // The Latin spelling of the query is scored by the same rule: both fall to the same side of the threshold.
        NameScore read = InterdictV2.compare(query, listed, Schema.PERSON);
        String latin = io.interdict.core.names.NamePipeline.standard().prepare(query, Schema.PERSON).normalized();
        NameScore written = InterdictV2.compare(latin, listed, Schema.PERSON);
        assertThat(written.score()).as(written.toString()).isLessThan(REVIEW);
        assertThat(read.score()).as(read.toString()).isLessThan(REVIEW);
    }
}
