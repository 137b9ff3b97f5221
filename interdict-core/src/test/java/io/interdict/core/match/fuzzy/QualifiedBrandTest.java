package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.CountryNames;
import io.interdict.core.names.Schema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An organisation's one word ("HEZBOLLAH", "BELAVIA") against a listed name that adds to it only its country's name or
 * adjective and business words ("LEBANESE HEZBOLLAH", "BELAVIA BELARUSIAN AIRLINES") is no lone name against a fuller
 * one: a search returns it to review (own examples after names the lists write so).
 */
class QualifiedBrandTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    private static Entity org(String id, String name) {
        return new Entity("test:" + id, EntityKind.ORGANIZATION, List.of(Name.primary(name)), List.of(), List.of(), Map.of(),
                false, null);
    }

    private static final List<Entity> LISTED = List.of(
            org("1", "LEBANESE HEZBOLLAH"),
            org("2", "BELAVIA BELARUSIAN AIRLINES"),
            org("3", "KESTRELTON OIL COMPANY OF IRAN"),
            org("4", "SYRIAN ARAB AIRLINES"),
            org("5", "HOLLOWAY GRAIN TRADERS"),
            org("6", "MORVANE IRANIAN STEEL COMPANY"),
            org("7", "SABRINA"),
            org("8", "CONTINUITY IRA"),
            org("9", "GARVELTON TRADING 2"));

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        "HEZBOLLAH|test:1",
        "Belavia|test:2",
        "KESTRELTON|test:3",
    })
    void aBrandFindsItsNameWithItsPlace(String query, String id) {
        FuzzyMatcher m = new FuzzyMatcher(LISTED, MatchSettings.DEFAULTS, "interdict-v2");
        List<SearchHit> hits = m.search(query, null, 5);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entityId()).isEqualTo(id);
        assertThat(hits.get(0).score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @ParameterizedTest(name = "{0} does not find {1}")
    @CsvSource(delimiter = '|', value = {
        "HOLLOWAY|test:5",        // the other word is no place: a lone name against a fuller one
        "AIRLINES|test:4",        // no word of the brand's own
        "LEBANESE|test:1",        // the place itself
        "Morvane Pal|test:6",     // a person's name, whose short word a search may read as a legal form (SAL)
        "Sabrina Montenegro|test:7",   // the fuller name is the query's, not the listed one's
        "CONTINUITY|test:8",      // "ira" is Portuguese for Iran, and no place here: three letters are no place word
        "GARVELTON|test:9",       // a number is no place
    })
    void otherLoneWordsStayLone(String query, String id) {
        FuzzyMatcher m = new FuzzyMatcher(LISTED, MatchSettings.DEFAULTS, "interdict-v2");
        assertThat(m.search(query, null, 5)).filteredOn(h -> h.entityId().equals(id))
                .allSatisfy(h -> assertThat(h.score()).isLessThan(REVIEW));
    }

    @Test
    void aPersonsNameKeepsTheRule() {
        assertThat(InterdictV2.compare("Lebanese Smith", "Smith", Schema.PERSON).features())
                .extracting(f -> f.name()).contains("single_token_extra");
    }

    @Test
    void placeWords() {
        assertThat(CountryNames.placeWord("lebanese")).isTrue();
        assertThat(CountryNames.placeWord("belarus")).isTrue();
        assertThat(CountryNames.placeWord("holloway")).isFalse();
        assertThat(CountryNames.placeWord("ira")).as("Irã, folded").isFalse();
        assertThat(CountryNames.placeWord("oman")).isTrue();
    }

    @Test
    void theSearchBoundDoesNotCountThePenaltyCertain() {
        ScoringName q = ScoringName.of("HEZBOLLAH", Schema.UNKNOWN);
        ScoringName c = ScoringName.of("LEBANESE HEZBOLLAH", Schema.ORGANIZATION);
        assertThat(CoverageBound.below(q, c, REVIEW)).isFalse();
    }
}
