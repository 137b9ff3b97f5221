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
 * adjective and business words ("LEBANESE HEZBOLLAH", "BELAVIA BELARUSIAN AIRLINES"), or in a search words the lists
 * write often ("STATE CORPORATION ROSTEC"), is no lone name against a fuller one: a search returns it to review (own
 * examples after names the lists write so).
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
        SearchExpectations.findsFirst(new FuzzyMatcher(LISTED, MatchSettings.DEFAULTS, "interdict-v2"), query, id);
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
        SearchExpectations.doesNotFind(new FuzzyMatcher(LISTED, MatchSettings.DEFAULTS, "interdict-v2"), query, id);
    }

    /** Listed bodies that write "STATE", "LABORATORY", "KOREA", "MISSILE" and "MIKHAIL" often, as the lists do ("STATE
     *  CORPORATION ROSTEC", "KOREA KWANGSON BANKING CORP", "CRUISE MISSILE INDUSTRY GROUP"): each word held by six
     *  names, above the common share's floor of five ({@link FuzzyMatcher#COMMON_MIN}). Own names. */
    private static List<Entity> withCommonWords() {
        List<Entity> listed = new java.util.ArrayList<>(List.of(
                org("r", "STATE CORPORATION VELMORTEC"),
                org("k", "Quenstrel Laboratory, Inc."),
                org("x", "CRUISE MISSILE GROUP"),
                org("e", "KOREA STATE"),
                org("h", "TARVISH STATE HOLLOWAY"),
                org("v", "MIKHAIL TORVENSK")));
        String[] own = {"ARBELON", "MISTRAVEN", "COLDHARBOUR", "PENWITH", "SALTMARSH", "DUNMORROW"};
        for (int i = 0; i < own.length; i++) {
            listed.add(org("s" + i, "STATE " + own[i] + " ENTERPRISE"));
            listed.add(org("l" + i, own[i] + " LABORATORY"));
            listed.add(org("x" + i, own[i] + " MISSILE PLANT"));
            listed.add(org("c" + i, "KOREA " + own[i] + " TRADING"));
            listed.add(org("m" + i, "MIKHAIL " + own[i]));
        }
        return listed;
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        "Velmortec|test:r",
        "QUENSTREL|test:k",
    })
    void aBrandFindsItsNameWithWordsTheListsWriteOften(String query, String id) {
        SearchHit hit = SearchExpectations.findsFirst(new FuzzyMatcher(withCommonWords(), MatchSettings.DEFAULTS, "interdict-v2"), query, id);
        assertThat(hit.explanation().features()).extracting(f -> f.name()).doesNotContain("single_token_extra");
    }

    @ParameterizedTest(name = "{0} does not find {1}")
    @CsvSource(delimiter = '|', value = {
        "KOREA|test:e",       // the lists write the query's word often: no brand of its own (nor rare enough to rest on)
        "TARVISH|test:h",     // HOLLOWAY is neither a place nor a word the lists write often
        "TORVENSK|test:v",    // MIKHAIL, written often, is no organisation glossary word: it says nothing of the body
        "Cruise|test:x",      // MISSILE is a glossary word, but "cruise" is a common English word: no brand
        "Велмортек|test:r",   // across scripts a reading's word meets a listed one by chance: its place only
    })
    void aWordTheListsWriteOftenIsNoBrand(String query, String id) {
        SearchExpectations.doesNotFind(new FuzzyMatcher(withCommonWords(), MatchSettings.DEFAULTS, "interdict-v2"), query, id);
    }

    /** A body whose word the lists write beside its other names ("HEZBOLLAH MILITARY WING", "EXTERNAL SECURITY
     *  ORGANIZATION OF HEZBOLLAH"): six names hold "ZARVANID", above the common share's floor. Own names. */
    private static List<Entity> withACommonBrand() {
        return List.of(
                org("z1", "SYRIAN ZARVANID"),
                org("z2", "ZARVANID MILITARY WING"),
                org("z3", "ZARVANID EXTERNAL SECURITY"),
                org("z4", "ZARVANID FINANCE COUNCIL"),
                org("z5", "ZARVANID RADIO"),
                org("z6", "ZARVANID YOUTH"));
    }

    @Test
    void aBrandTheListsWriteOftenStillFindsItsNameWithItsPlace() {
        SearchHit hit = SearchExpectations.findsFirst(new FuzzyMatcher(withACommonBrand(), MatchSettings.DEFAULTS, "interdict-v2"),
                "Zarvanid", "test:z1");
        assertThat(hit.score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(hit.explanation().features()).extracting(f -> f.name())
                .doesNotContain("single_token_extra", "common_words_only");
    }

    @Test
    void aBrandTheListsWriteOftenBesideOtherWordsIsNoHit() {
        FuzzyMatcher m = new FuzzyMatcher(withACommonBrand(), MatchSettings.DEFAULTS, "interdict-v2");
        for (String id : List.of("test:z2", "test:z3", "test:z4")) {
            SearchExpectations.doesNotFind(m, "Zarvanid", id);
        }
    }

    @Test
    void withoutListsToCountTheWordsAPairKeepsThePenalty() {
        assertThat(InterdictV2.compare("Velmortec", "STATE CORPORATION VELMORTEC", Schema.UNKNOWN).features())
                .extracting(f -> f.name()).contains("single_token_extra");
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
