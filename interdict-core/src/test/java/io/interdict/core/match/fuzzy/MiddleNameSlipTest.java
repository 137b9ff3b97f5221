package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import org.junit.jupiter.api.Test;

/**
 * A person written "FAMILY, Given Middle" against the given name and the family name with one typist's slip in the family
 * name: the middle names the short form leaves out are no words of another name ({@code partial_fuzzy} does not count the
 * slip). A slip in the given name, or a first given name left out, still does. Own names.
 */
class MiddleNameSlipTest {
    private static NameScore compare(String a, String b) {
        return FuzzyMatcher.compare(InterdictV2.NAME, a, b, "Person");
    }

    private static double review() {
        return MatchSettings.DEFAULTS.reviewThreshold();
    }

    @Test
    void aSlipInTheFamilyNameBesideTheGivenNameMatchesThePersonWithMiddleNames() {
        for (String[] pair : new String[][]{
            {"Haruto Nakamra", "NAKAMURA, Haruto Kenji"},
            {"Oluwaseun Adebayp", "ADEBAYO, Oluwaseun Olatunde Femi"},
        }) {
            NameScore s = compare(pair[0], pair[1]);
            assertThat(s.score()).as(pair[0] + " ~ " + pair[1]).isGreaterThanOrEqualTo(review());
            assertThat(s.features()).extracting(f -> f.name()).doesNotContain("partial_fuzzy");
            assertThat(compare(pair[1], pair[0]).score()).as("either way").isEqualTo(s.score());
        }
    }

    @Test
    void notASlipInTheGivenName() {
        assertThat(compare("Harutp Nakamura", "NAKAMURA, Haruto Kenji").features()).extracting(f -> f.name())
                .contains("partial_fuzzy");
        assertThat(compare("Harutp Nakamura", "NAKAMURA, Haruto Kenji").score()).isLessThan(review());
    }

    @Test
    void notWhereTheFirstGivenNameIsLeftOut() {
        assertThat(compare("Kenji Nakamra", "NAKAMURA, Haruto Kenji").score()).isLessThan(review());
    }

    @Test
    void notWhereTheListedNameDoesNotSayWhichWordsAreTheFamilyName() {
        assertThat(compare("Haruto Nakamra", "Haruto Kenji NAKAMURA").features()).extracting(f -> f.name())
                .contains("partial_fuzzy");
    }

    @Test
    void aMalayDaughterOfIsAParticle() {
        // "binti", daughter of (Malay), as "bint": the father's name after it is no word of the daughter's own.
        assertThat(compare("Nurul Hamzah", "NURUL BINTI HAMZAH").score()).isGreaterThan(0.95);
        assertThat(compare("Nurul Hamza", "NURUL BINTI HAMZAH").score()).isGreaterThanOrEqualTo(review());
    }

    @Test
    void theSpanishPluralArticlesAreParticles() {
        // "los" and "las", as "del" and "dos": "de los Santos" is the family name Santos, "Los Zetas" the Zetas.
        assertThat(compare("Juan Santos", "Juan de los Santos").score()).isGreaterThan(0.93);   // 0.90 as a word
        assertThat(compare("Maria Casas", "MARIA DE LAS CASAS").score()).isGreaterThan(0.93);
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "Zetas", "LOS ZETAS", "Organization").score())
                .isGreaterThan(0.9);   // 0.875 as a word
        // interdict-v1 reads them as words, as it was frozen
        assertThat(FuzzyMatcher.compare("interdict-v1", "Juan Santos", "Juan de los Santos", "Person").score())
                .isLessThan(compare("Juan Santos", "Juan de los Santos").score());
    }
}
