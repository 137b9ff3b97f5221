package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.Feature;
import io.interdict.core.match.MatchSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A listed name that writes its own acronym in brackets after it ("Chengdu Torvasen Technology Co., Ltd. (CTTC)") is
 * read without it as well ({@link io.interdict.core.names.NameNotes}): a search by the brand alone no longer meets the
 * acronym as a word left over, and the hit says which reading it met (not "read in English"). Own names.
 */
class OwnAcronymSearchTest {

    private static final List<Entity> LISTED = List.of(
            new Entity("test:1", EntityKind.ORGANIZATION, List.of(Name.primary("Chengdu Torvasen Technology Co., Ltd. (CTTC)")),
                    List.of(), List.of(), Map.of(OwnPlaces.ADDRESS, List.of("No. 8 Tianfu Avenue, High-tech Zone, Chengdu, Sichuan, China")),
                    false, null));

    @Test
    void theBrandAloneFindsTheNameWithItsAcronym() {
        FuzzyMatcher m = new FuzzyMatcher(LISTED, MatchSettings.DEFAULTS, InterdictV2.NAME);
        SearchHit hit = SearchExpectations.findsFirst(m, "Torvasen", "test:1");
        assertThat(hit.explanation().features()).extracting(Feature::name)
                .contains("note_set_aside").doesNotContain("single_token_extra", "read_in_english");
    }
}
