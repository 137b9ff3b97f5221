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

    @Test
    void againstAListOfCommonNamesTheQuerysPatronymicIsNoWordOfAnotherPerson() {
        // "sergey" and "petrov" are common in this list: a name of common words only, with a word the other side lacks,
        // is scored down (common_words_only), unless that word is a patronymic, which most writings of a name leave out
        java.util.List<io.interdict.core.entity.Entity> listed = new java.util.ArrayList<>();
        String[] others = {"Ivanov", "Smirnov", "Kuznetsov", "Popov", "Vasiliev", "Sokolov", "Mikhailov", "Novikov"};
        for (int i = 0; i < others.length; i++) {
            listed.add(FuzzyMatcherTest.person("x:s" + i, "Sergey " + others[i]));
            listed.add(FuzzyMatcherTest.person("x:p" + i, others[(i + 1) % others.length].replace("ov", "") + "ii Petrov"));
        }
        listed.add(FuzzyMatcherTest.person("x:1", "PETROV, Sergey"));
        FuzzyMatcher m = new FuzzyMatcher(listed, MatchSettings.DEFAULTS, InterdictV2.NAME);
        for (String query : java.util.List.of("Сергей Иванович Петров", "Sergey Ivanovich Petrov")) {
            java.util.List<SearchHit> hits = m.search(query, null, 3);
            assertThat(hits).as(query).isNotEmpty();
            assertThat(hits.get(0).entityId()).isEqualTo("x:1");
            assertThat(hits.get(0).match()).as(query).isTrue();
        }
        // another word than a patronymic is still another person's: scored down
        assertThat(m.search("Sergey Ivanidze Petrov", null, 3)).noneMatch(h -> h.entityId().equals("x:1") && h.match());
    }
}
