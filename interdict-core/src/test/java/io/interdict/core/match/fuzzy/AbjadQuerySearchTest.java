package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.org;
import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A search query written in Arabic script, which has no schema, against names listed in Latin letters alone: read as a
 * person's name is read pairwise.
 */
class AbjadQuerySearchTest {
    private static final List<Entity> LISTED = List.of(
            person("un-sc:TAi.024", "ABDUL GHANI BARADAR ABDUL AHMAD TURK"),
            person("un-sc:TAi.128", "ABDUL QADEER BASIR ABDUL BASEER"),
            person("un-sc:QDi.268", "ABDUL HAQ"),
            person("un-sc:QDi.237", "Abdul-Ghani"),
            person("ofac-sdn:1", "Sara Abdulrahman AL-GHAMDI"),
            org("ofac-sdn:2", "KHATAM AL-ANBIYA CONSTRUCTION HEADQUARTERS"));

    private final FuzzyMatcher matcher = new FuzzyMatcher(LISTED, MatchSettings.DEFAULTS, InterdictV2.NAME);

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        // the word حق read "hq" is Haq, not the abbreviation of headquarters, in a query of no schema too
        "عبد الحق|un-sc:QDi.268",
        // "عبد" joined to the article in one word, written apart in another: the reading glues the run the Latin name
        // writes as one word, and the Latin name's run the reading writes as one
        "عبدالغنی برادر عبد الاحمد ترک|un-sc:TAi.024",
        "عبدالغني برادر عبد الاحمد ترك|un-sc:TAi.024",
        "عبدالقدیر بصیر عبد البصير|un-sc:TAi.128",
    })
    void findsTheListedNameAsAMatch(String query, String id) {
        List<SearchHit> hits = matcher.search(query, null, 3);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entityId()).isEqualTo(id);
        assertThat(hits.get(0).match()).isTrue();
    }

    @Test
    void abdullahIsNoAbdulRahman() {
        assertThat(matcher.search("سارة عبد الله الغامدي", null, 3)).noneMatch(SearchHit::match);
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "سارة عبد الله الغامدي", "Sara Abdulrahman Al-Ghamdi", "Person").score())
                .isLessThan(MatchSettings.DEFAULTS.reviewThreshold());
    }

    @Test
    void aNameReadFromAnAbjadKeepsItsWordsAndLatinTextItsAbbreviations() {
        // as a search reads the query: the article apart ("ابد ال حق"), then the pipeline
        List<String> readings = ScriptReadings.readings("عبد الحق", Schema.UNKNOWN);
        assertThat(readings).isNotEmpty();
        for (String reading : readings) {
            assertThat(ScriptReadings.prepare(reading, Schema.UNKNOWN).normalized()).endsWith(" hq");
        }
        assertThat(NamePipeline.standard().prepare("Khatam al-Anbiya Construction HQ", Schema.UNKNOWN).normalized())
                .endsWith("headquarters");
    }

    @Test
    void anArabicShReachesTheFrenchChOfItsLatinSpelling() {
        // الحراشي, read "alhrashy", reaches "El Harrachi", whose "ch" the key reads as k: French writes sh "ch"
        CandidateIndex index = CandidateIndex.build(List.of(ScoringName.of("El Harrachi", Schema.PERSON),
                ScoringName.of("Ali Harraki", Schema.PERSON)), true);
        assertThat(index.candidates(ScoringName.of("الحراشي", Schema.UNKNOWN), 5, null)).contains(0);
        FuzzyMatcher m = new FuzzyMatcher(List.of(person("x:1", "EL HARRACHI"), person("x:2", "Harzi, Ali")),
                MatchSettings.DEFAULTS, InterdictV2.NAME);
        FuzzyMatcherTest.assertFoundFirst(m, "الحراشي", "x:1");
    }
}
