package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.CountryCodes;
import io.interdict.core.names.Schema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An organisation's country written as its ISO code or another of its names ("HK" for "Hong Kong", "USA" for "United
 * States") is the country written out (own examples, after the Hong Kong subsidiaries the lists name both ways).
 */
class CountryCodeTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "VICTORY SOMO GROUP HONG KONG LIMITED|VICTORY SOMO GROUP HK LIMITED",
        "Voyage Technology Hong Kong Co Ltd|Voyage Technology (HK) Co. Ltd.",
        "PCC United Kingdom Ltd|PCC UK LTD",
        "Alder Trading USA Inc|Alder Trading United States Inc",
        "Kestrel Marine South Korea Co|Kestrel Marine KR Co",
    })
    void aCountrysCodeIsTheCountry(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.COMPANY).score()).isEqualTo(1.0);
        assertThat(InterdictV2.compare(b, a, Schema.COMPANY).score()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        "Alder Trading Hong Kong Limited|Alder Trading CN Limited",      // another country's code
        "Alder Trading Hong Kong Limited|Alder Trading HX Limited",      // no country's code
        "US Alder Trading Limited|United States Alder Trading Limited",  // a code does not begin a name
    })
    void onlyTheCountrysOwnCodeAfterTheNamesFirstWord(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.COMPANY);
        assertThat(s.score()).as("%s", s).isLessThan(1.0);
        assertThat(s.pairs()).noneMatch(p -> p.toString().contains("hk~") || p.toString().contains("us~"));
    }

    @Test
    void aPersonsNameKeepsItsWords() {
        assertThat(InterdictV2.compare("Ri Hong Kong", "Ri HK", Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @Test
    void theSearchAlsoLooksForTheCodeAListedNameWrites() {
        assertThat(CountryCodes.of("Mikrocity Hong Kong Limited")).isEqualTo("Mikrocity HK Limited");
        assertThat(CountryCodes.of("Well Smart (Hong Kong) Technology")).isEqualTo("Well Smart (HK) Technology");
        assertThat(CountryCodes.of("Hong Kong Haimao Development")).as("not the name's first words").isNull();
        assertThat(CountryCodes.of("Alder Trading Limited")).isNull();
        // a code the pipeline reads otherwise is not written: "SA" ends a name as a legal form, "SS" is a stopword
        assertThat(CountryCodes.of("ALFA SAUDI ARABIA")).isNull();
        assertThat(CountryCodes.of("NILE PETROLEUM SOUTH SUDAN")).isNull();
        assertThat(CountryCodes.of("ACME\tHONG KONG LIMITED")).isEqualTo("ACME HK LIMITED");
        // a run the scorer cannot glue (an initial, a stopword, a particle among its words) is not written as a code
        assertThat(CountryCodes.of("ACME COTE D'IVOIRE SARL")).isNull();
        assertThat(CountryCodes.of("ACME ISLE OF MAN LIMITED")).isNull();
        assertThat(CountryCodes.of("ACME ILE DE MAN LIMITED")).isNull();
        assertThat(CountryCodes.of("ACME NEW ZEALAND TRADING")).isEqualTo("ACME NZ TRADING");
        Entity listed = new Entity("test:1", EntityKind.ORGANIZATION, List.of(Name.primary("Mikrocity HK Limited")),
                List.of(), List.of(), Map.of(), false, null);
        Entity other = new Entity("test:2", EntityKind.ORGANIZATION, List.of(Name.primary("Harbour Hong Kong Limited")),
                List.of(), List.of(), Map.of(), false, null);
        FuzzyMatcher m = new FuzzyMatcher(List.of(listed, other), MatchSettings.DEFAULTS, "interdict-v2");
        List<SearchHit> hits = m.search("MIKROCITY HONG KONG LIMITED", null, 5);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entityId()).isEqualTo("test:1");
        assertThat(hits.get(0).score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void aCountryIsNeverReadAwayAsALegalForm() {
        // "ALFA SAUDI ARABIA" once searched "ALFA SA" too, "alfa" and a legal form, and found "ALFA S.A." at 1.0
        Entity sa = new Entity("test:1", EntityKind.ORGANIZATION, List.of(Name.primary("ALFA S.A.")),
                List.of(), List.of(), Map.of(), false, null);
        Entity alfa = new Entity("test:2", EntityKind.ORGANIZATION, List.of(Name.primary("ALFA")),
                List.of(), List.of(), Map.of(), false, null);
        FuzzyMatcher m = new FuzzyMatcher(List.of(sa, alfa), MatchSettings.DEFAULTS, "interdict-v2");
        assertThat(m.search("ALFA SAUDI ARABIA", null, 5)).allSatisfy(h -> assertThat(h.score()).isLessThan(REVIEW));
    }

    @Test
    void theSearchBoundLeavesTheCodeToTheScore() {
        ScoringName q = ScoringName.of("Mikrocity Hong Kong Limited", Schema.COMPANY);
        ScoringName c = ScoringName.of("Mikrocity HK Limited", Schema.COMPANY);
        assertThat(CoverageBound.below(q, c, REVIEW)).isFalse();
        assertThat(CoverageBound.below(c, q, REVIEW)).isFalse();
    }
}
