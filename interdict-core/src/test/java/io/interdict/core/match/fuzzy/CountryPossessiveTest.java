package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.CountryNames;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The press writes a state's body with the country's possessive ("Iran's Ministry of Intelligence"), the lists with its
 * adjective ("IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY"): a search also looks for the name so written (own bodies).
 */
class CountryPossessiveTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Iran's Ministry of Intelligence|iranian Ministry of Intelligence",
        "Oman’s Tarvelin Authority|omani Tarvelin Authority",          // a typographic apostrophe
        "Syria's Tarvelin Bank|syrian Tarvelin Bank",
        "IRAN'S TARVELIN BANK|iranian TARVELIN BANK",
    })
    void aCountrysPossessiveIsWrittenAsItsAdjective(String name, String expected) {
        assertThat(CountryNames.possessiveAsAdjective(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tarvelin Authority",          // no possessive
        "Morgan's Tarvelin Bank",      // a possessive of no country
        "Tarvelin Bank of Iran's",     // a possessive ends no name
        "Iran Tarvelin Bank",          // no possessive: the name as written is searched as it is
    })
    void otherNamesAreNotWrittenOtherwise(String name) {
        assertThat(CountryNames.possessiveAsAdjective(name)).isNull();
    }

    private static Entity org(String id, String name) {
        return new Entity("test:" + id, EntityKind.ORGANIZATION, List.of(Name.primary(name)), List.of(), List.of(), Map.of(),
                false, null);
    }

    @Test
    void aSearchFindsTheBodyByItsCountrysAdjective() {
        FuzzyMatcher m = new FuzzyMatcher(List.of(org("1", "OMANI TARVELIN AUTHORITY FOR PORTS"), org("2", "TARVELIN TRADING"),
                org("3", "KENYAN TARVELIN AUTHORITY")), MatchSettings.DEFAULTS, "interdict-v2");
        SearchExpectations.findsFirst(m, "Oman's Tarvelin Authority", "test:1");
        SearchExpectations.doesNotFind(m, "Oman's Tarvelin Authority", "test:3");
    }
}
