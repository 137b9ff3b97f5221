package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two generations of one name are two persons; a suffix on one side only tells nothing. */
class GenerationTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Benigno Aquino Jr.|2", "Benigno Aquino III|3", "John Smith Sr|1", "Martin Luther King Junior|2",
        "Abdullah II|2", "Henry IV|4", "Benigno Aquino|0", "Putin V.|0", "Junior|0",
        "Kim Il Sung|0", "Nguyen Van Ii|0",   // a word, not a numeral written in capitals
        "Henry Ford 2nd|2", "Henry Ford 2|2", "John Smith 3rd|3", "John Smith 3th|0", "Agent 47|0", "Louis 1st|0",
        "Henry Ford second|2", "Nikolai the Third|3",
    })
    void theGenerationIsReadFromTheLastWord(String name, int generation) {
        assertThat(Generation.of(name)).isEqualTo(generation);
    }

    private static double score(String a, String b) {
        return FuzzyMatcher.compare(InterdictV2.NAME, a, b, "Person").score();
    }

    @Test
    void twoGenerationsOfOneNameAreNoMatch() {
        assertThat(score("Benigno Aquino Jr.", "Benigno Aquino III")).isLessThan(0.8);
        assertThat(score("John Smith Sr.", "John Smith Jr.")).isLessThan(0.8);
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "Benigno Aquino Jr.", "Benigno Aquino III", "Person").features())
                .anyMatch(f -> f.name().equals("generation_differs") && f.value() < 0);
    }

    @Test
    void oneGenerationWrittenTwoWaysOrOnOneSideOnlyStillMatches() {
        assertThat(score("Benigno Aquino Jr.", "Benigno Aquino II")).isGreaterThanOrEqualTo(0.9);
        assertThat(score("Benigno Aquino Jr.", "Benigno Aquino")).isGreaterThanOrEqualTo(0.9);
        assertThat(score("John Smith Jr", "John Smith Junior")).isGreaterThanOrEqualTo(0.9);
        assertThat(score("Henry Ford II", "Henry Ford 2nd")).isGreaterThanOrEqualTo(0.9);
        assertThat(score("Nikolai II", "Nikolai the Second")).isGreaterThanOrEqualTo(0.9);
        assertThat(score("Benedict XVI", "Benedict 16th")).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aGenerationInDigitsDiffersFromAnotherWrittenOtherwise() {
        assertThat(score("Henry Ford III", "Henry Ford 2nd")).isLessThan(0.8);
        assertThat(score("Henry Ford Jr.", "Henry Ford 3rd")).isLessThan(0.8);
    }

    @Test
    void companiesAreLeftAlone() {
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "Wattle Star II", "Wattle Star III", "Vessel").features())
                .noneMatch(f -> f.name().equals("generation_differs"));
    }
}
