package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An East Slavic patronymic one side leaves out is no word the other lacks ({@link Patronymic}). */
class PatronymicTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest
    @ValueSource(strings = {"viktorovich", "anatolyevich", "grigoryevich", "oleksandrovych", "ryhoravich", "vladimirovitch",
            "wladimirowitsch", "viktorovna", "oleksandrivna", "arkadyevna"})
    void patronymicsAreKnownByTheirSuffix(String word) {
        assertThat(Patronymic.is(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"friedrich", "ulrich", "milosevic", "abramowicz", "rabinowitz", "ovich", "ivanov", "anna"})
    void otherWordsAreNot(String word) {
        assertThat(Patronymic.is(word)).isFalse();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Yevgeny Prigozhin|Evgeniy Viktorovich Prigozhin",
        "Mikhail Mishustin|Mikhail Vladimirovich Mishoustine",
        "Igor Sechin|Igor Ivanovich Setchin",
    })
    void aLeftOutPatronymicMakesNoPartialName(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.features()).extracting(f -> f.name()).doesNotContain("partial_fuzzy");
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Igor Sechin|Igor Friedrich Setchin",      // a middle name, no patronymic
        "Boris Abramovich|Roman Abramovich",       // another given name
    })
    void otherLeftOverWordsStillCount(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.PERSON).score()).isLessThan(REVIEW);
    }
}
