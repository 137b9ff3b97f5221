package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A vessel's or a company's number written glued to its word ("FU YUAN YU7872", as payment messages write it) is the
 * name written apart ("FU YUAN YU 7872"), letter for letter only: a number is never misspelt into another (own examples).
 */
class GluedNumberTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "FU YUAN YU7872|FU YUAN YU 7872|Vessel",
        "EVER BRIGHT88|EVER BRIGHT 88|Vessel",
        "KPA UNIT586|KPA Unit 586|Organization",
        "Marrowgate Leasing3 Ltd|Marrowgate Leasing 3 Ltd|Company",
        "SEA 7STAR|Sea 7 Star|Vessel",
    })
    void aNumberGluedToItsWordIsTheNameWrittenApart(String glued, String apart, String schema) {
        assertThat(InterdictV2.compare(glued, apart, Schema.of(schema)).score()).isEqualTo(1.0);
        assertThat(InterdictV2.compare(apart, glued, Schema.of(schema)).score()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        "FU YUAN YU7873|FU YUAN YU 7872|Vessel",
        "EVER BRIGHT88|EVER BRIGHTS 88|Vessel",
    })
    void onlyTheSameLettersAndDigitsGlue(String glued, String apart, String schema) {
        NameScore s = InterdictV2.compare(glued, apart, Schema.of(schema));
        assertThat(s.score()).as("%s", s).isLessThan(1.0);
    }

    @Test
    void twoNumbersAreNotOneWord() {
        // "7 872" is two numbers, never the word "7872" (which the pipeline reads as a number of its own).
        assertThat(InterdictV2.compare("ZHONG DA 7 872", "ZHONG DA 7872", Schema.VESSEL).score()).isLessThan(REVIEW);
    }

    @Test
    void aSearchFindsTheVesselWhoseNumberIsGlued() {
        Entity vessel = new Entity("test:v1", EntityKind.VESSEL, List.of(Name.primary("FU YUAN YU 7872")), List.of(), List.of(), Map.of(), false, null);
        Entity sister = new Entity("test:v2", EntityKind.VESSEL, List.of(Name.primary("FU YUAN YU 7873")), List.of(), List.of(), Map.of(), false, null);
        FuzzyMatcher m = new FuzzyMatcher(List.of(vessel, sister), MatchSettings.DEFAULTS, "interdict-v2");
        List<SearchHit> hits = m.search("FU YUAN YU7872", null, 5);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entityId()).isEqualTo("test:v1");
        assertThat(hits.get(0).score()).isEqualTo(1.0);
        assertThat(hits).filteredOn(h -> h.entityId().equals("test:v2")).allSatisfy(h -> assertThat(h.score()).isLessThan(1.0));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "FU YUAN YU7872|FU YUAN YU 7872|Vessel",
        "YU7872|YU 7872|Vessel",
        "Marrowgate Leasing3 Ltd|Marrowgate Leasing 3 Ltd|Company",
    })
    void theSearchBoundLeavesAGluedNumberToTheScore(String glued, String apart, String schema) {
        ScoringName q = ScoringName.of(glued, Schema.of(schema));
        ScoringName c = ScoringName.of(apart, Schema.of(schema));
        assertThat(CoverageBound.below(q, c, REVIEW)).isFalse();
        assertThat(CoverageBound.below(c, q, REVIEW)).isFalse();
    }
}
