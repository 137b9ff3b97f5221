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
 * An airline's words: "Air", "Airline", "Airlines" and "Airways" pair as one word, as the lists name one airline both
 * ways (OFAC's MAHAN AIR is BIS's MAHAN AIRWAYS); a misspelt "Airlines" is still a typo of it, and "Air" a typo of "Amir"
 * (interdict-v1 as frozen).
 */
class AirlineWordTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Mahan Airlines|Mahan Air",
        "Kestrel Airways|KESTREL AIR",
        "Delta Air Lines Inc|Delta Airlines Inc",
        "Fars Qeshm Airline|FARS QESHM AIRLINES",
    })
    void anAirlinesWordsAreOne(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.COMPANY).score())
                .isGreaterThanOrEqualTo(MatchSettings.DEFAULTS.blockThreshold());
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Ethiopian Airlnes Group|Ethiopian Airlines Group",
        "BUTEMBO AIRLINSS|BUTEMBO AIRLINES",
    })
    void aMisspeltAirlinesIsStillATypo(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.COMPANY).score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void anotherAirlineStaysAnother() {
        assertThat(InterdictV2.compare("Mahan Airlines", "Meraj Air", Schema.COMPANY).score()).isLessThan(REVIEW);
        assertThat(InterdictV2.compare("Caspian Airways", "Caspian Shipping Lines", Schema.COMPANY).score()).isLessThan(REVIEW);
    }

    @Test
    void theWordsStayAsWrittenForTheirOtherPairs() {
        assertThat(InterdictV2.compare("Air Abdullah", "Amir Abdullah", Schema.UNKNOWN).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("YASAIR", "YAS AIR", Schema.COMPANY).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV1.compare("Mahan Airlines", "Mahan Air", Schema.COMPANY).score()).isLessThan(REVIEW);
    }

    @Test
    void theSearchBoundLetsTheWordsPair() {
        ScoringName q = ScoringName.of("Mahan Airways", Schema.UNKNOWN);
        ScoringName c = ScoringName.of("MAHAN AIR", Schema.ORGANIZATION);
        assertThat(CoverageBound.below(q, c, REVIEW)).isFalse();
    }

    @Test
    void aSearchFindsTheAirlineUnderEitherWord() {
        Entity listed = new Entity("test:1", EntityKind.ORGANIZATION, List.of(Name.primary("MAHAN AIR")),
                List.of(), List.of(), Map.of(), false, null);
        FuzzyMatcher m = new FuzzyMatcher(List.of(listed), MatchSettings.DEFAULTS, "interdict-v2");
        assertThat(m.search("Mahan Airlines", null, 5)).singleElement()
                .satisfies(h -> assertThat(h.score()).isGreaterThanOrEqualTo(MatchSettings.DEFAULTS.blockThreshold()));
    }

    @Test
    void theSameWordRanksFirst() {
        Entity air = new Entity("test:air", EntityKind.ORGANIZATION, List.of(Name.primary("MAHAN AIR")), List.of(), List.of(),
                Map.of(), false, null);
        Entity airways = new Entity("test:airways", EntityKind.ORGANIZATION, List.of(Name.primary("MAHAN AIRWAYS")),
                List.of(), List.of(), Map.of(), false, null);
        FuzzyMatcher m = new FuzzyMatcher(List.of(airways, air), MatchSettings.DEFAULTS, "interdict-v2");
        assertThat(m.search("Mahaan Air", null, 5)).extracting(SearchHit::entityId).first().isEqualTo("test:air");
        assertThat(m.search("Mahan Airways", null, 5)).extracting(SearchHit::entityId).first().isEqualTo("test:airways");
    }

    @Test
    void theFormsOfANameBeginningWithI() {
        // a name whose first letter is an i is read for its airline's word too (the scan once stopped at that first i)
        assertThat(OrganisationWords.airlineForms("IRAN AIRWAYS")).containsExactlyInAnyOrder("IRAN air", "IRAN airline",
                "IRAN airlines");
        assertThat(OrganisationWords.airlineForms("iraqi airways")).contains("iraqi air");
        assertThat(OrganisationWords.airlineForms("IRAN KHODRO")).isEmpty();
    }

    @Test
    void theFormsKeepWhatIsWrittenAroundTheWord() {
        assertThat(OrganisationWords.airlineForms("(MAHAN AIR)")).contains("(MAHAN airways)");
        assertThat(OrganisationWords.airlineForms("MAHAN AIRWAYS,")).contains("MAHAN air,");
        assertThat(OrganisationWords.airlineForms("MAHAN\tAIRLINES")).contains("MAHAN air");
    }
}
