package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.match.MatchSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A middle name written as its initial with a period is an initial even when the letter alone is a conjunction ("Y.",
 * "E."): "MUHAMMAD Y. AHMAD" is Muhammad Yunis Ahmad, not a name of two words the lists write often with a third left
 * over ({@code common_words_only}). Own names.
 */
class InitialWithPeriodSearchTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    private static List<Entity> listed() {
        List<Entity> out = new ArrayList<>();
        out.add(person("x", "MUHAMMAD YUNIS AHMAD"));
        out.add(person("z", "ANA EULALIA SOTOMEYR"));
        out.addAll(SearchExpectations.withFillers("m", "MUHAMMAD %s"));
        out.addAll(SearchExpectations.withFillers("a", "%s AHMAD"));
        out.addAll(SearchExpectations.withFillers("n", "ANA %s"));
        out.addAll(SearchExpectations.withFillers("s", "%s SOTOMEYR"));
        return out;
    }

    private static Entity person(String id, String name) {
        return SearchExpectations.listed(id, EntityKind.PERSON, name);
    }

    @Test
    void aConjunctionsLetterWithAPeriodIsTheMiddleNamesInitial() {
        FuzzyMatcher m = new FuzzyMatcher(listed(), MatchSettings.DEFAULTS, InterdictV2.NAME);
        for (String[] q : new String[][] {{"MUHAMMAD Y. AHMAD", "test:x"}, {"Ana E. Sotomeyr", "test:z"}}) {
            List<SearchHit> hits = m.search(q[0], null, 3);
            assertThat(hits).as(q[0]).isNotEmpty();
            assertThat(hits.get(0).entityId()).as(q[0]).isEqualTo(q[1]);
            assertThat(hits.get(0).score()).as(q[0]).isGreaterThanOrEqualTo(REVIEW);
            assertThat(hits.get(0).explanation().pairs()).as(q[0]).anyMatch(p -> p.startsWith("y~yunis") || p.startsWith("e~eulalia"));
        }
    }

    @Test
    void withoutThePeriodTheLetterStaysTheConjunction() {
        FuzzyMatcher m = new FuzzyMatcher(listed(), MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("MUHAMMAD Y AHMAD", null, 3)).filteredOn(h -> h.entityId().equals("test:x"))
                .allSatisfy(h -> assertThat(h.explanation().pairs()).noneMatch(p -> p.startsWith("y~")));
    }
}
