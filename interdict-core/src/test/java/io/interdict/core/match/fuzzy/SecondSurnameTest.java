package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.SearchExpectations.doesNotFind;
import static io.interdict.core.match.fuzzy.SearchExpectations.findsFirst;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.match.MatchSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A listed person whose family name is two surnames written apart with a comma ("VELARDO QUINTANAR, Anselmo"), searched
 * by the given name and the first surname, as a Spanish name is written short ("Anselmo Velardo"), where both words are
 * common in the list (a family the lists name many of): the second surname left out is no word left over for
 * {@code common_words_only}. Own names.
 */
class SecondSurnameTest {

    private static List<Entity> listed(String name) {
        List<Entity> out = new ArrayList<>();
        out.add(entity("a", name));
        // The given name and the first surname common in the list, as a listed family's are.
        out.addAll(SearchExpectations.withFillers("v", "VELARDO %s, Rosendo"));
        out.addAll(SearchExpectations.withFillers("g", "%s LUNARES, Anselmo"));
        return out;
    }

    private static Entity entity(String id, String name) {
        return SearchExpectations.listed(id, EntityKind.PERSON, name);
    }

    @Test
    void theGivenNameAndTheFirstSurnameFindTheListedPerson() {
        FuzzyMatcher m = new FuzzyMatcher(listed("VELARDO QUINTANAR, Anselmo"), MatchSettings.DEFAULTS, InterdictV2.NAME);
        SearchHit hit = findsFirst(m, "Anselmo Velardo", "test:a");
        assertThat(hit.explanation().features()).extracting(f -> f.name()).doesNotContain("common_words_only");
    }

    @Test
    void notWhereTheListedNameDoesNotSayWhichWordsAreTheFamilyName() {
        FuzzyMatcher m = new FuzzyMatcher(listed("Anselmo VELARDO QUINTANAR"), MatchSettings.DEFAULTS, InterdictV2.NAME);
        doesNotFind(m, "Anselmo Velardo", "test:a");
    }

    @Test
    void notWhereTheFirstSurnameIsLeftOut() {
        FuzzyMatcher m = new FuzzyMatcher(listed("VELARDO QUINTANAR, Anselmo"), MatchSettings.DEFAULTS, InterdictV2.NAME);
        doesNotFind(m, "Anselmo Lunares", "test:a");
    }
}
