package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A father's name one side leaves out, an East Slavic patronymic ({@link Patronymic}) or the forefathers in the middle of a
 *  nasab ({@link Nasab#unpairedForefathers}), is no word the other lacks. */
class FathersNameLeftOutTest {
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
        "Osama bin Laden|Usama bin Muhammad bin Ladin",
        "Ali bin Salem|Ali bin Ahmed bin Salim",
    })
    void theForefathersInTheMiddleOfANasabMakeNoPartialName(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.features()).extracting(f -> f.name()).doesNotContain("partial_fuzzy");
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Ali Salem|Ali bin Salim bin Ahmed",       // the chain's last, the family's, is left out: no short form
        "Igor Sechin|Igor Friedrich Setchin",      // a middle name, no patronymic
        "Boris Abramovich|Roman Abramovich",       // another given name
    })
    void otherLeftOverWordsStillCount(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.PERSON).score()).isLessThan(REVIEW);
    }
}
