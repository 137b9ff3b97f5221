package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.Schema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A body named by one word of its own beside the town its own address names, and words that say what kind of body it is
 * ("Beijing Torvasen Technology Development Co., Ltd." at "…, Haidian District, Beijing, CN"), is found by that word
 * alone, as one beside its country is ({@link QualifiedBrandTest}). Own names; the towns are real towns.
 */
class OwnPlacesTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    private static Entity body(String id, EntityKind kind, String name, String... addresses) {
        return new Entity("test:" + id, kind, List.of(Name.primary(name)), List.of(), List.of(),
                addresses.length == 0 ? Map.of() : Map.of(OwnPlaces.ADDRESS, List.of(addresses)), false, null);
    }

    private static Entity org(String id, String name, String... addresses) {
        return body(id, EntityKind.ORGANIZATION, name, addresses);
    }

    private static final List<Entity> LISTED = List.of(
            org("1", "Beijing Torvasen Technology Development Co., Ltd.", "5F, Block B, Science Park, Haidian District, Beijing, CN"),
            org("2", "DANDONG KELVARIN TRADING CO., LTD", "NO. 12 JINSHAN ROAD, DANDONG, LIAONING, CHINA"),
            org("3", "GAZPROM TRANSGAZ UKHTA", "ul. Sevastopolskaya 1a, Ukhta, Komi Republic, 169300, Russia"),
            // the same kind of name, and no address: the town is no place the lists know
            org("4", "Chengdu Marvelin Technology Co., Ltd."),
            // an address that names the town in a part of more words only
            org("5", "Harbin Quellsor Electronics", "No. 7 Harbin Road Industrial Zone, Heilongjiang Province"),
            // the brand is a common English word
            org("6", "Hebei Institute of Semiconductors", "113 Hezuo Road, Shijiazhuang, Hebei, China"),
            org("7", "KANILAI FARMS LIMITED", "Kanilai, Foni Kansalla, Gambia"),
            // the other word is no place: a lone name against a fuller one
            org("8", "DALIAN ORVESK HOLLOWAY CO., LTD.", "Zhongshan District, Dalian, CHINA"),
            // a person's address is where they live: their name's words are no places
            body("9", EntityKind.PERSON, "WENHAO SUZHOU", "Gusu District, Suzhou, Jiangsu, China"));

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        "Torvasen|test:1",
        "Kelvarin|test:2",
        "Transgaz Ukhta|test:3",   // two words: no lone name, found as before
    })
    void aBrandFindsItsNameBesideItsOwnTown(String query, String id) {
        SearchHit hit = SearchExpectations.findsFirst(new FuzzyMatcher(LISTED, MatchSettings.DEFAULTS, InterdictV2.NAME), query, id);
        assertThat(hit.explanation().features()).extracting(f -> f.name()).doesNotContain("single_token_extra");
    }

    @ParameterizedTest(name = "{0} does not find {1}")
    @CsvSource(delimiter = '|', value = {
        "Marvelin|test:4",        // no address: Chengdu is no place word
        "Quellsor|test:5",        // "Harbin Road Industrial Zone" is a street's part, not the town's
        "Semiconductors|test:6",  // a common English word is no brand
        "Farms|test:7",
        "Orvesk|test:8",          // HOLLOWAY is no place
        "Beijing|test:1",         // the town itself
        "Wenhao|test:9",          // a person
        "Transgaz|test:3",        // GAZPROM is no place either
    })
    void otherLoneWordsStayLone(String query, String id) {
        SearchExpectations.doesNotFind(new FuzzyMatcher(LISTED, MatchSettings.DEFAULTS, InterdictV2.NAME), query, id);
    }

    @Test
    void aHitIsExplainedAsItWasScored() {
        FuzzyMatcher m = new FuzzyMatcher(LISTED, MatchSettings.DEFAULTS, InterdictV2.NAME);
        SearchHit hit = m.search("Torvasen", null, 1).get(0);
        assertThat(hit.explanation().score()).isEqualTo(hit.score());
    }

    @Test
    void anAddressesOneWordPartsAreItsPlaces() {
        OwnPlaces places = new OwnPlaces(NamePipeline.standard());
        assertThat(places.of(LISTED.get(0))).containsExactlyInAnyOrder("beijing");
        assertThat(places.of(LISTED.get(2))).containsExactlyInAnyOrder("ukhta", "russia");
        assertThat(places.of(org("x", "Ñandú Comercial", "Calle 5, Asunción, Paraguay", "Zürich, CH"))).contains("asuncion", "zurich")
                .doesNotContain("ch");
        assertThat(places.of(LISTED.get(3))).isEmpty();
        assertThat(places.of(LISTED.get(8))).isEmpty();
    }

    @Test
    void aNameMarksTheWordsThatAreItsPlaces() {
        ScoringName n = ScoringName.of("Beijing Torvasen Technology Development Co., Ltd.", Schema.ORGANIZATION);
        long bits = OwnPlaces.bits(n, java.util.Set.of("beijing", "haidian"));
        assertThat(bits).isEqualTo(1L);
        assertThat(OwnPlaces.bits(n, java.util.Set.of())).isZero();
    }

    @Test
    void withoutListsAPairKeepsThePenalty() {
        assertThat(InterdictV2.compare("Torvasen", "Beijing Torvasen Technology Development Co., Ltd.", Schema.UNKNOWN).features())
                .extracting(f -> f.name()).contains("single_token_extra");
    }
}
