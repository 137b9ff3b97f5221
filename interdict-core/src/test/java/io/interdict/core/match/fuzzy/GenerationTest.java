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
    /** A search's query has no schema, and so keeps "JR" as a word of its own: it is also read as a person's name, as the
     *  listed persons' names are, without it (own names). */
    @Test
    void aSearchReadsANameEndingInAGenerationAsAPersonsToo() {
        java.util.List<io.interdict.core.entity.Entity> listed = java.util.List.of(
                new io.interdict.core.entity.Entity("test:1", io.interdict.core.entity.EntityKind.PERSON,
                        java.util.List.of(io.interdict.core.entity.Name.primary("TORVELLA, Ruben Mestano, Jr.")),
                        java.util.List.of(), java.util.List.of(), java.util.Map.of(), false, null),
                // bodies that write "JR" in their names: the lists hold the word, so a query's "JR" is no slip of its own
                new io.interdict.core.entity.Entity("test:2", io.interdict.core.entity.EntityKind.ORGANIZATION,
                        java.util.List.of(io.interdict.core.entity.Name.primary("JR KELMONT TRADING")),
                        java.util.List.of(), java.util.List.of(), java.util.Map.of(), false, null),
                new io.interdict.core.entity.Entity("test:3", io.interdict.core.entity.EntityKind.ORGANIZATION,
                        java.util.List.of(io.interdict.core.entity.Name.primary("JR SALVERN SHIPPING")),
                        java.util.List.of(), java.util.List.of(), java.util.Map.of(), false, null));
        FuzzyMatcher m = new FuzzyMatcher(listed, io.interdict.core.match.MatchSettings.DEFAULTS, InterdictV2.NAME);
        for (String q : new String[] {"RUBEN M. TORVELLA, JR", "Ruben Mestano Torvella Jr."}) {
            java.util.List<SearchHit> hits = m.search(q, null, 1);
            assertThat(hits).as(q).isNotEmpty();
            assertThat(hits.get(0).entityId()).as(q).isEqualTo("test:1");
            assertThat(hits.get(0).score()).as(q).isGreaterThanOrEqualTo(0.9);
            assertThat(hits.get(0).explanation().features()).as(q).extracting(f -> f.name())
                    .doesNotContain("partial_fuzzy", "token_conflict");
        }
    }
}
