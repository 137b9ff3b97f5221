package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.SearchExpectations.doesNotFind;
import static io.interdict.core.match.fuzzy.SearchExpectations.findsFirst;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.match.MatchSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An initial written for an Arabic compound name stands for the whole compound ("A." for "ABD-AL-WAHID", "AL-NURAYN"),
 * in a search, where the words it leaves paired are common in the list. Own names.
 */
class InitialCompoundsTest {

    private static List<Entity> listed() {
        List<Entity> out = new ArrayList<>();
        out.add(SearchExpectations.listed("k", EntityKind.PERSON, "KARIM ABD-AL-WAHID SULTANI AL-BASRAWI"));
        out.add(SearchExpectations.listed("s", EntityKind.PERSON, "SALIM AL-ZUBAYR HADDADI"));
        out.add(SearchExpectations.listed("f", EntityKind.ORGANIZATION, "AL-NURAYN RELIEF FOUNDATION"));
        // The paired words common in the list: without the compound the query rests on them alone.
        out.addAll(SearchExpectations.withFillers("k", "KARIM %s AL-BASRAWI"));
        out.addAll(SearchExpectations.withFillers("u", "%s SULTANI"));
        out.addAll(SearchExpectations.withFillers("h", "SALIM %s"));
        out.addAll(SearchExpectations.withFillers("d", "%s HADDADI"));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "KARIM A. SULTANI AL-BASRAWI|test:k",   // "A." for "ABD-AL-WAHID"
        "SALIM A. HADDADI|test:s",              // for "AL-ZUBAYR"
        "A. RELIEF FOUNDATION|test:f",          // for "AL-NURAYN"
    })
    void anInitialStandsForTheWholeCompoundInASearch(String query, String id) {
        FuzzyMatcher m = new FuzzyMatcher(listed(), MatchSettings.DEFAULTS, InterdictV2.NAME);
        findsFirst(m, query, id);
    }

    @Test
    void anInitialOfAnotherLetterStandsForNoCompound() {
        FuzzyMatcher m = new FuzzyMatcher(listed(), MatchSettings.DEFAULTS, InterdictV2.NAME);
        doesNotFind(m, "KARIM B. SULTANI AL-BASRAWI", "test:k");
        doesNotFind(m, "SALIM T. HADDADI", "test:s");
    }
}
