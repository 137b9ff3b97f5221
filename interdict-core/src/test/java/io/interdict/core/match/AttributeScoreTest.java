package io.interdict.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Identifier;
import io.interdict.core.tx.Traits;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributeScoreTest {
    static final AttributeScore.EntityFacts LISTED = AttributeScore.EntityFacts.of(new Entity("un-sc:QDi.1", EntityKind.PERSON,
            List.of(), List.of(new Identifier("passport", "A123456")), List.of("AF"),
            Map.of("birth_date", List.of("1965-03-01", "circa 1970"), "nationality_code", List.of("AF"), "gender", List.of("Male")),
            false, null));

    @ParameterizedTest(name = "dob {0}: {1}")
    @CsvSource({
        "1965-03-01, dob_match",
        "1965, dob_year_match",
        "1969, dob_year_match",
        "1965-07-09, dob_day_mismatch",
        "1964, dob_year_near",
        "1963, dob_year_mismatch",
        "1980-01-01, dob_year_mismatch",
        "1940..1950, dob_year_mismatch",
    })
    void birthDates(String dob, String feature) {
        assertThat(AttributeScore.features(Traits.of(dob, null, null, null), LISTED)).extracting(Feature::name).containsExactly(feature);
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource(nullValues = "-", value = {
        "Afghanistan, -, -, nationality_match",
        "FR, -, -, nationality_mismatch",
        "-, PK, -, country_mismatch",
        "-, AF, -, country_match",
        "-, -, female, gender_mismatch",
        "-, -, m, -",
        "-, -, -, -",
    })
    void nationalityCountryGender(String nationality, String country, String gender, String feature) {
        List<Feature> f = AttributeScore.features(Traits.of(null, nationality, country, gender), LISTED);
        if (feature == null) {
            assertThat(f).isEmpty();
        } else {
            assertThat(f).extracting(Feature::name).containsExactly(feature);
            assertThat(f.get(0).value()).isEqualTo(feature.endsWith("match") && !feature.endsWith("mismatch")
                    ? Math.abs(f.get(0).value()) : -Math.abs(f.get(0).value()));
        }
    }

    @ParameterizedTest(name = "{0} {1} against a company: {2}")
    @CsvSource(nullValues = "-", value = {
        "1980-06-09, -, not_a_person",
        "-, female, not_a_person",
        "-, -, -",          // a nationality alone says nothing about the kind of party
    })
    void aPersonsTraitsAgainstACompanyLowerTheScore(String dob, String gender, String feature) {
        AttributeScore.EntityFacts company = AttributeScore.EntityFacts.of(new Entity("ofac-sdn:1", EntityKind.ORGANIZATION,
                List.of(), List.of(), List.of(), Map.of(), false, null));
        List<Feature> f = AttributeScore.features(Traits.of(dob, "VN", null, gender), company);
        if (feature == null) {
            assertThat(f).isEmpty();
        } else {
            assertThat(f).extracting(Feature::name).containsExactly(feature);
            assertThat(f.get(0).value()).isNegative();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"A123456, identifier_match", "B999, identifier_mismatch"})
    void identifiers(String passport, String feature) {
        Traits t = new Traits(List.of(), List.of(), List.of(), null, List.of(new Identifier("passport", passport)));
        assertThat(AttributeScore.features(t, LISTED)).extracting(Feature::name).containsExactly(feature);
    }

    @org.junit.jupiter.api.Test
    void agreementAloneRaisesAtMostTheCap() {
        Traits all = new Traits(List.of("1965-03-01"), List.of("AF"), List.of("AF"), "male",
                List.of(new Identifier("passport", "A123456")));
        assertThat(AttributeScore.total(AttributeScore.features(all, LISTED))).isCloseTo(AttributeScore.MAX_RAISE,
                org.assertj.core.data.Offset.offset(1e-12));
    }
}
