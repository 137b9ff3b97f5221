package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A letter ending a listed vessel's name is the ship's own, no initial of a person's name (own examples). */
class VesselLetterSearchTest {
    private static final FuzzyMatcher MATCHER = new FuzzyMatcher(List.of(
            new Entity("v:1", EntityKind.VESSEL, List.of(Name.primary("MARINA K")), List.of(), List.of(), null, false, null),
            new Entity("v:2", EntityKind.VESSEL, List.of(Name.primary("NORTHERN LIGHT")), List.of(), List.of(), null, false, null)),
            MatchSettings.DEFAULTS, InterdictV2.NAME);

    private static List<String> matched(String query) {
        return MATCHER.search(query, null, 5).stream().filter(SearchHit::match).map(SearchHit::entityId).toList();
    }

    @Test
    void aPersonWhoseFamilyNameBeginsWithTheLetterIsNotTheShip() {
        assertThat(matched("Marina Kowalczyk")).isEmpty();
        assertThat(MATCHER.search("Marina Kowalczyk", null, 5).get(0).explanation().features())
                .extracting(f -> f.name()).contains("vessel_letter");
    }

    @Test
    void theShipsNameAsWrittenIsStillFound() {
        assertThat(matched("Marina K")).containsExactly("v:1");
        assertThat(matched("M/V MARINA K.")).containsExactly("v:1");
        // a query ending in a letter paired with a listed ship's word is another ship
        assertThat(matched("Northern L")).isEmpty();
    }
}
