package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.SearchExpectations.doesNotFind;
import static io.interdict.core.match.fuzzy.SearchExpectations.findsFirst;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.match.MatchSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A title written before a listed person's name, in a query of no known kind (a transaction's party): a Muslim religious
 * title ("Maulavi", "Qari", "Mufti") or a rank ("General", "Major General"), as the UN list's TITLE field gives them
 * apart from the name (honorifics.tsv), is a particle. Own names.
 */
class TitleBeforeANameTest {

    private static final List<Entity> LISTED = listed();

    private static List<Entity> listed() {
        List<Entity> out = new ArrayList<>(List.of(
                SearchExpectations.listed("r", EntityKind.PERSON, "RAHIMULLAH NOORWAL"),
                SearchExpectations.listed("d", EntityKind.PERSON, "VELIMIROVSKI, Dragoslav"),
                SearchExpectations.listed("i", EntityKind.PERSON, "Ignacio LEALTAD"),
                SearchExpectations.listed("g", EntityKind.ORGANIZATION, "GENERAL ZORVANIC TRADING LLC"),
                SearchExpectations.listed("z", EntityKind.PERSON, "Dragoslav ZORVANIC")));
        // The listed persons' words common in the list, as "Mohammad" and "Ahmad" are: a word of the query left over
        // beside them then says the match rests on common words alone (common_words_only), unless it is a title.
        for (String[] t : new String[][] {{"r", "RAHIMULLAH %s"}, {"n", "%s NOORWAL"}, {"d", "Dragoslav %s"},
                {"v", "%s VELIMIROVSKI"}, {"i", "Ignacio %s"}, {"l", "%s LEALTAD"}}) {
            out.addAll(SearchExpectations.withFillers(t[0], t[1]));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Maulavi Rahimullah Noorwal|test:r",
        "Mawlawi Rahimullah Noorwal|test:r",
        "Qari Rahimullah Noorwal|test:r",
        "General Dragoslav Velimirovski|test:d",
        "Major General Dragoslav Velimirovski|test:d",
        "Colonel Dragoslav Velimirovski|test:d",
        "Mufti Ignacio Lealtad|test:i",
        "Ustadz Ignacio Lealtad|test:i",
    })
    void aTitleBeforeAListedPersonsNameWeighsLittle(String query, String id) {
        FuzzyMatcher m = new FuzzyMatcher(LISTED, MatchSettings.DEFAULTS, InterdictV2.NAME);
        findsFirst(m, query, id);
    }

    @Test
    void aCompanysOwnWordThatIsATitleStillPairs() {
        FuzzyMatcher m = new FuzzyMatcher(LISTED, MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(findsFirst(m, "General Zorvanic Trading LLC", "test:g").score()).isEqualTo(1.0);
    }

    @Test
    void aTitleIsNoName() {
        FuzzyMatcher m = new FuzzyMatcher(LISTED, MatchSettings.DEFAULTS, InterdictV2.NAME);
        doesNotFind(m, "Maulavi Noorwal", "test:r");          // a title and one word of a listed name
        doesNotFind(m, "General Dragoslav Kovacevic", "test:d");   // the given name alone shared
    }
}
