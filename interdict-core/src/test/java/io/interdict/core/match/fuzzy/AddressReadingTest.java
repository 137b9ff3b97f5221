package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.EntityKind;
import io.interdict.core.match.Feature;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name with its postal address written after it is read without the address too (interdict-v2), and says so. */
class AddressReadingTest {
    private final FuzzyMatcher matcher = new FuzzyMatcher(List.of(
            QueryRepairTest.entity("ofac:1", EntityKind.ORGANIZATION, "MAHAN AIR"),
            QueryRepairTest.entity("ofac:2", EntityKind.ORGANIZATION, "ROSOBORONEXPORT JSC"),
            QueryRepairTest.entity("p:3", EntityKind.PERSON, "Azadegan Tehrani")), MatchSettings.DEFAULTS, InterdictV2.NAME);

    private static List<String> features(SearchHit h) {
        return h.explanation().features().stream().map(Feature::name).toList();
    }

    @Test
    void aListedNameWithAnAddressAfterItIsFoundAndTheExplanationSaysTheAddressWasSetAside() {
        List<SearchHit> hits = matcher.search("MAHAN AIR, 21 Azadegan St, Tehran", null, 3);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entityId()).isEqualTo("ofac:1");
        assertThat(hits.get(0).match()).isTrue();
        assertThat(features(hits.get(0))).contains("address_set_aside");
        assertThat(hits.get(0).explanation().features()).filteredOn(f -> f.name().equals("address_set_aside"))
                .singleElement().satisfies(f -> assertThat(f.detail()).contains("21 Azadegan St, Tehran"));
        // The lines of a payment's party field, as an MT103 writes them.
        assertThat(matcher.search("ROSOBORONEXPORT JSC\n27 STROMYNKA STREET\nMOSCOW", null, 3))
                .anyMatch(h -> h.entityId().equals("ofac:2") && h.match());
    }

    @Test
    void anAccountLineOfAPaymentPartyFieldIsSetAsideToo() {
        List<SearchHit> hits = matcher.search("/DE89370400440532013000\nMAHAN AIR\n21 AZADEGAN ST\nTEHRAN", null, 3);
        assertThat(hits.get(0).entityId()).isEqualTo("ofac:1");
        assertThat(hits.get(0).match()).isTrue();
        assertThat(features(hits.get(0))).contains("account_set_aside", "address_set_aside");
        // An account reference written into the name.
        List<SearchHit> inline = matcher.search("MAHAN AIR ACCT NO 12345678", null, 3);
        assertThat(inline.get(0).entityId()).isEqualTo("ofac:1");
        assertThat(inline.get(0).match()).isTrue();
        assertThat(features(inline.get(0))).contains("account_set_aside");
        // Option F: a party identifier and numbered lines.
        assertThat(matcher.search("CCPT/GB/123456789\n1/ROSOBORONEXPORT JSC\n2/27 STROMYNKA STREET\n3/RU/MOSCOW", null, 3))
                .anyMatch(h -> h.entityId().equals("ofac:2") && h.match());
    }

    @Test
    void aPaymentDirectiveBeforeTheNameIsSetAside() {
        List<SearchHit> hits = matcher.search("ATTN: ROSOBORONEXPORT JSC", null, 3);
        assertThat(hits.get(0).entityId()).isEqualTo("ofac:2");
        assertThat(hits.get(0).match()).isTrue();
        assertThat(hits.get(0).explanation().features()).filteredOn(f -> f.name().equals("directive_set_aside"))
                .singleElement().satisfies(f -> assertThat(f.detail()).contains("ATTN:"));
        // Pairwise too, and only before the name.
        assertThat(InterdictV2.compare("FOR FURTHER CREDIT TO MAHAN AIR", "MAHAN AIR", Schema.UNKNOWN).score()).isEqualTo(1.0);
        assertThat(InterdictV2.compare("MAHAN AIR", "MAHAN AIR", Schema.UNKNOWN).features())
                .noneMatch(f -> f.name().equals("directive_set_aside"));
    }

    @Test
    void aFieldCutAtAPaymentLinesWidthIsReadWithItsLastWordWrittenOut() {
        FuzzyMatcher m = new FuzzyMatcher(List.of(
                QueryRepairTest.entity("ofac:9", EntityKind.ORGANIZATION, "PUBLIC JOINT STOCK COMPANY UZHURALZOLOTO GROUP OF COMPANIES"),
                QueryRepairTest.entity("ofac:10", EntityKind.ORGANIZATION, "REVIVAL OF ISLAMIC HERITAGE SOCIETY GROUP OF COMPANIES")),
                MatchSettings.DEFAULTS, InterdictV2.NAME);
        List<SearchHit> hits = m.search("THE REVIVAL OF ISLAMIC HERITAGE SOC", null, 3);
        assertThat(hits.get(0).entityId()).isEqualTo("ofac:10");
        assertThat(hits.get(0).match()).isTrue();
        assertThat(hits.get(0).score()).isEqualTo(1.0);   // "GROUP OF COMPANIES" came after the cut
        assertThat(hits.get(0).explanation().features()).filteredOn(f -> f.name().equals("word_cut"))
                .singleElement().satisfies(f -> assertThat(f.detail()).contains("\"SOC\" read as \"SOCIETY\""));
        // The listed name's words after the one the field was cut in are no words the field lacks (pairwise: a search
        // finds no candidate through the start of a word, and this field has no other word of its own).
        assertThat(InterdictV2.compare("PUBLIC JOINT STOCK COMPANY UZHURALZ", "PUBLIC JOINT STOCK COMPANY UZHURALZOLOTO GROUP OF COMPANIES",
                Schema.ORGANIZATION).score()).isEqualTo(1.0);
        // One character fewer, and the field is no line's width: its last word stays as written.
        assertThat(m.search("THE REVIVAL OF ISLAMIC HERITAGE SO", null, 3)).noneMatch(h -> h.explanation().features().stream()
                .anyMatch(f -> f.name().equals("word_cut")));
        assertThat(InterdictV2.compare("THE REVIVAL OF ISLAMIC HERITAGE SOC", "REVIVAL OF ISLAMIC HERITAGE SOCIETY GROUP OF COMPANIES",
                Schema.ORGANIZATION).score()).isGreaterThanOrEqualTo(MatchSettings.DEFAULTS.reviewThreshold());
    }

    @Test
    void eachHolderOfAJointAccountIsReadAsANameOfItsOwn() {
        FuzzyMatcher m = new FuzzyMatcher(List.of(
                QueryRepairTest.entity("ofac:7", EntityKind.PERSON, "BOUT, Viktor Anatolijevitch"),
                QueryRepairTest.entity("ofac:8", EntityKind.PERSON, "PETROV, Ivan")), MatchSettings.DEFAULTS, InterdictV2.NAME);
        for (String field : List.of("ALLA BOUT AND VIKTOR BOUT", "Mr. Viktor Bout or Mrs. Alla Bout", "VIKTOR BOUT & ALLA BOUT")) {
            List<SearchHit> hits = m.search(field, null, 3);
            assertThat(hits).as(field).isNotEmpty();
            assertThat(hits.get(0).entityId()).as(field).isEqualTo("ofac:7");
            assertThat(hits.get(0).match()).as(field).isTrue();
            assertThat(hits.get(0).explanation().features()).as(field).filteredOn(f -> f.name().equals("holder_read"))
                    .singleElement().satisfies(f -> assertThat(f.detail()).containsIgnoringCase("viktor bout"));
        }
        // Two holders, two listed parties: each is a hit.
        assertThat(m.search("IVAN PETROV AND VIKTOR BOUT", null, 3)).filteredOn(SearchHit::match)
                .extracting(SearchHit::entityId).containsExactlyInAnyOrder("ofac:7", "ofac:8");
        // A holder who is not listed makes no hit of a listed party who shares the family name only.
        assertThat(m.search("ALLA BOUT AND OLGA BOUT", null, 3)).noneMatch(SearchHit::match);
        assertThat(InterdictV2.compare("VIKTOR BOUT AND ALLA BOUT", "BOUT, Viktor Anatolijevitch", Schema.PERSON).score())
                .isGreaterThanOrEqualTo(MatchSettings.DEFAULTS.reviewThreshold());
    }

    @Test
    void aCountryInAPartOfItsOwnIsReadAsideAndTheNameWithItStillMeetsNamesHoldingIt() {
        FuzzyMatcher m = new FuzzyMatcher(List.of(
                QueryRepairTest.entity("ofac:1", EntityKind.ORGANIZATION, "MAHAN AIR"),
                QueryRepairTest.entity("ofac:4", EntityKind.ORGANIZATION, "BANK MELLI IRAN")), MatchSettings.DEFAULTS, InterdictV2.NAME);
        List<SearchHit> hits = m.search("MAHAN AIR, Iran", null, 3);
        assertThat(hits.get(0).entityId()).isEqualTo("ofac:1");
        assertThat(hits.get(0).match()).isTrue();
        assertThat(features(hits.get(0))).contains("country_set_aside");
        // Read with the country too: a listed name that holds it is found as written, and says nothing was set aside.
        List<SearchHit> melli = m.search("Bank Melli, Iran", null, 3);
        assertThat(melli.get(0).entityId()).isEqualTo("ofac:4");
        assertThat(melli.get(0).score()).isEqualTo(1.0);
        assertThat(features(melli.get(0))).doesNotContain("country_set_aside");
    }

    @Test
    void aNameWithoutAnAddressCarriesNoSuchFeature() {
        List<SearchHit> hits = matcher.search("MAHAN AIR", null, 3);
        assertThat(hits.get(0).entityId()).isEqualTo("ofac:1");
        assertThat(features(hits.get(0))).doesNotContain("address_set_aside", "account_set_aside");
    }

    @Test
    void comparedPairwiseBothNamesAreReadWithoutTheirAddresses() {
        NameScore s = InterdictV2.compare("Tidewell Process Equipment Inc, 12250 Brevard Ln, Pasadena TX 77506",
                "Tidewell Process Equipment, Inc.", Schema.COMPANY);
        assertThat(s.score()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.features()).extracting(Feature::name).contains("address_set_aside");
        // Read as written, the address's words outnumber the name's.
        assertThat(PairwiseComparison.compareAsWritten("Tidewell Process Equipment Inc, 12250 Brevard Ln, Pasadena TX 77506",
                "Tidewell Process Equipment, Inc.", Schema.COMPANY).score()).isLessThan(0.8);
    }
}
