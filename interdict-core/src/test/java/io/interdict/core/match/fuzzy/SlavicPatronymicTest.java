package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Compared pairwise, the patronymic a short form leaves out makes no partial name of a slip (own examples). */
class SlavicPatronymicTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "PAVEL SEMYONOVICH GRINBERG|PAVEL GRINBERGH",        // patronymic left out, a slip in the family name
        "GRINBERG Pavel Semyonovich|Pavel Grynberg",          // in a list's order
        "Olena Mykolaivna Savchuk|Olena Savchuck",            // Ukrainian -ivna
    })
    void theShortFormLeavesThePatronymicOut(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.score()).as(s.toString()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(s.features()).extracting(f -> f.name()).doesNotContain("partial_fuzzy");
    }

    @Test
    void aFamilyNameInOvichIsNoPatronymicWhereNoneStands() {
        // A given name against a given name and family name: "Abramovich" stands last after one word only.
        NameScore s = InterdictV2.compare("Pavel", "Pavel Abramovich", Schema.PERSON);
        assertThat(s.score()).isLessThan(REVIEW);
    }

    @Test
    void itLowersNoCoverageWhereBothSidesKeepWordsOfTheirOwn() {
        NameScore s = InterdictV2.compare("Pavel Semyonovich Grinberg", "Pavel Grinberg Kuznetsov", Schema.PERSON);
        assertThat(s.score()).isLessThan(REVIEW);
    }

    @Test
    void suffixes() {
        assertThat(SlavicPatronymic.suffixed("valentinovich")).isTrue();
        assertThat(SlavicPatronymic.suffixed("oleksandrovych")).isTrue();
        assertThat(SlavicPatronymic.suffixed("ivanovna")).isTrue();
        assertThat(SlavicPatronymic.suffixed("milosevic")).isFalse();
        assertThat(SlavicPatronymic.suffixed("ilyich")).isFalse();
    }
}
