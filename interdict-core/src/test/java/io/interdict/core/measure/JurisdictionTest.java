package io.interdict.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JurisdictionTest {
    @Test
    void countriesAndSubdivisionsAreCanonicalised() {
        assertThat(Jurisdiction.parse(" us ")).isEqualTo("US");
        assertThat(Jurisdiction.parse("us-mt")).isEqualTo("US-MT");
        assertThat(Jurisdiction.parse("UK")).isEqualTo("GB");
        assertThat(Jurisdiction.parse("uk-sct")).isEqualTo("GB-SCT");
        assertThat(Jurisdiction.parse("CA-QC")).isEqualTo("CA-QC");
        assertThat(Jurisdiction.country("US-MT")).isEqualTo("US");
        assertThat(Jurisdiction.isSubdivision("US-MT")).isTrue();
        assertThat(Jurisdiction.isSubdivision("US")).isFalse();
    }

    @Test
    void unknownCodesAreRejectedWithTheReason() {
        assertThatThrownBy(() -> Jurisdiction.parse("XX")).hasMessageContaining("'XX' is not an ISO 3166-1 alpha-2");
        assertThatThrownBy(() -> Jurisdiction.parse("US-XX")).hasMessageContaining("not an ISO 3166-2 subdivision of US");
        assertThatThrownBy(() -> Jurisdiction.parse("CA-MT")).hasMessageContaining("of CA");
        assertThatThrownBy(() -> Jurisdiction.parse("FR-TOOLONG")).hasMessageContaining("of FR");
        assertThatThrownBy(() -> Jurisdiction.parse("XX-MT")).hasMessageContaining("'XX-MT'");
    }

    @Test
    void aSubdivisionIsBoundByItsOwnMeasuresAndItsCountrysButNotByASibling() {
        Measure national = new Measure("n", null, "n", null, Set.of("US"), List.of(), List.of(), List.of(), List.of(), false, null, List.of());
        Measure montana = new Measure("m", null, "m", null, Set.of("US-MT"), List.of(), List.of(), List.of(), List.of(), false, null, List.of());
        assertThat(national.bindsIn("US-MT")).isTrue();
        assertThat(national.bindsThroughCountry("US-MT")).isTrue();
        assertThat(national.bindsThroughCountry("US")).isFalse();
        assertThat(montana.bindsIn("US-MT")).isTrue();
        assertThat(montana.bindsThroughCountry("US-MT")).isFalse();
        assertThat(montana.bindsIn("US")).isFalse();
        assertThat(montana.bindsIn("US-TX")).isFalse();
    }

    @Test
    void deviceOwnerConditionsFitLikeNetworkConditions() {
        Conditions gov = new Conditions(Set.of(), Set.of(), Set.of("government"));
        assertThat(gov.fit(null, null, "government")).isEqualTo(Conditions.Fit.MET);
        assertThat(gov.fit(null, null, "private")).isEqualTo(Conditions.Fit.NOT_MET);
        assertThat(gov.fit(null, null, null)).isEqualTo(Conditions.Fit.UNKNOWN);
        assertThat(gov.unstated(null, null, null)).containsExactly("who owns the device (device_owner)");
        assertThat(Conditions.NONE.fit(null, null, null)).isEqualTo(Conditions.Fit.MET);
        assertThatThrownBy(() -> new Conditions(Set.of(), Set.of(), Set.of("military"))).hasMessageContaining("unknown device owner 'military'");
    }
}
