package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A final vowel written for another in a family name that marks no gender by it is a typist's slip ("MOHAMMAD ESLAMA" ~
 * "MOHAMMAD ESLAMI"), not another name's ending as in a given name ("Giovanna" / "Giovanni") or a Slavic family name
 * ("Kowalska" / "Kowalski"): against a list that writes both words often, the slip no longer leaves the name resting on
 * common words with a word left loose ({@code common_words_only}). Own names.
 */
class UnmarkedEndingTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    private static Entity person(String id, String name) {
        return new Entity("test:" + id, EntityKind.PERSON, List.of(Name.primary(name)), List.of(), List.of(), Map.of(),
                false, null);
    }

    /** Every word written by six listed people, above the common share's floor of five ({@link FuzzyMatcher#COMMON_MIN}). */
    private static List<Entity> listed() {
        List<Entity> out = new ArrayList<>();
        String[] given = {"MOHAMMAD", "GIOVANNI", "JERZY", "HASSAN", "REZA", "OMAR"};
        String[] family = {"TARVASHI", "KOWALSKI", "DELMONTE", "QURVANI", "SEBRANI", "HOLSTEDE"};
        for (int g = 0; g < given.length; g++) {
            for (int f = 0; f < family.length; f++) {
                out.add(person(g + "-" + f, given[g] + " " + family[f]));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        "MOHAMMAD TARVASHE|test:0-0",
        "HASSAN QURVANA|test:3-3",
    })
    void aSlipInAFamilyNamesLastVowelIsATypo(String query, String id) {
        SearchHit hit = SearchExpectations.findsFirst(new FuzzyMatcher(listed(), MatchSettings.DEFAULTS, InterdictV2.NAME), query, id);
        assertThat(hit.explanation().features()).extracting(f -> f.name()).doesNotContain("common_words_only");
    }

    @ParameterizedTest(name = "{0} does not find {1}")
    @CsvSource(delimiter = '|', value = {
        "GIOVANNA DELMONTE|test:1-2",   // a given name's gender
        "JERZY KOWALSKA|test:2-1",      // a Slavic family name's
    })
    void anEndingThatMarksGenderStaysAnotherName(String query, String id) {
        SearchExpectations.doesNotFind(new FuzzyMatcher(listed(), MatchSettings.DEFAULTS, InterdictV2.NAME), query, id);
    }

    @Test
    void whichEndingsAreUnmarked() {
        assertThat(Typos.unmarkedEnding("eslama", "eslami")).isTrue();
        assertThat(Typos.unmarkedEnding("haqqane", "haqqani")).isTrue();
        assertThat(Typos.unmarkedEnding("antonia", "antonio")).as("given names").isFalse();
        assertThat(Typos.unmarkedEnding("kowalska", "kowalski")).as("a Slavic pair").isFalse();
        assertThat(Typos.unmarkedEnding("daniela", "daniel")).as("a vowel added").isFalse();
        assertThat(Typos.unmarkedEnding("morozova", "morozov")).isFalse();
        assertThat(Typos.unmarkedEnding("yuko", "yuki")).as("Japanese syllables").isFalse();
        assertThat(Typos.unmarkedEnding("takeshi", "takesha")).as("Japanese syllables").isFalse();
    }
}
