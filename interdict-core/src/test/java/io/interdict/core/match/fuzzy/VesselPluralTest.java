package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Compared pairwise, a vessel's word against its plural names a sister ship (own examples). */
class VesselPluralTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        "Vega Dawn|Vega Dawns|Vessel",
        "Nordic Cross|Nordic Crosses|Vessel",
        "MV Etoile du Sud|MV Etoiles du Sud|Company",     // a vessel's prefix, whatever the schema says
        "M/T Rio Claro|M/T Rios Claro|Organization",
    })
    void aPluralIsASisterShip(String a, String b, String schema) {
        NameScore s = InterdictV2.compare(a, b, Schema.of(schema));
        assertThat(s.features()).extracting(f -> f.name()).contains("vessel_plural");
        assertThat(s.score()).isLessThan(REVIEW);
    }

    @Test
    void anotherLetterStaysASpellingAndCompaniesKeepTheirPlurals() {
        assertThat(InterdictV2.compare("MEKHANIK SOLOVYOV", "MEHANIK SOLOVYOV", Schema.VESSEL).features())
                .extracting(f -> f.name()).doesNotContain("vessel_plural");
        assertThat(InterdictV2.compare("Vega Star Holdings", "Vega Stars Holdings", Schema.COMPANY).features())
                .extracting(f -> f.name()).doesNotContain("vessel_plural");
        assertThat(InterdictV2.compare("Ms Vega Dawn", "Ms Vega Dawns", Schema.PERSON).features())
                .extracting(f -> f.name()).doesNotContain("vessel_plural");
    }

    @Test
    void pluralEndings() {
        assertThat(OrganisationWords.plural("star", "stars")).isTrue();
        assertThat(OrganisationWords.plural("kaptanlar", "kaptan")).isTrue();
        assertThat(OrganisationWords.plural("cross", "crosses")).isTrue();
        assertThat(OrganisationWords.plural("as", "ass")).as("the singular has three letters or more").isFalse();
        assertThat(OrganisationWords.plural("star", "start")).isFalse();
    }
}
