package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name in Thai finds the Latin spelling its bearer writes: the RTGS reading's words also look up their consonants
 * ({@link CandidateIndex.Form#THAI_READING}), each weighed by its narrowest key, and the candidate is then read as it
 * spells the name ({@link FittedReading}). The spelling writes the letters ("Sittipunt", "Natthaphong"), which the
 * reading reads by sound ("sitthiphan", "natphong"); the letters' transliteration keeps silent ones ("siththiphanthu").
 */
class ThaiNameSearchTest {
    private final FuzzyMatcher matcher = new FuzzyMatcher(List.of(person("x:1", "Chadchart Sittipunt"),
            person("x:2", "Uttama Savanayana"), person("x:3", "Natthaphong Ruengpanyawut"),
            person("x:4", "Charoen Sirivadhanabhakdi"), person("x:5", "Supattanapong Punmeechaow"),
            person("x:6", "Somchai Wongsawat"), person("x:7", "Prayut Chan-o-cha"), person("x:8", "Chuan Leekpai")),
            MatchSettings.DEFAULTS, InterdictV2.NAME);

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        "ชัชชาติ สิทธิพันธุ์, x:1",
        "อุตตม สาวนายน, x:2",
        "ณัฐพงษ์ เรืองปัญญาวุฒิ, x:3",
        "เจริญ สิริวัฒนภักดี, x:4",    // เจริญ read "charoen" (a leading consonant under the leading vowel)
        "สุพัฒนพงษ์ พันธ์มีเชาว์, x:5",
    })
    void aThaiNameFindsItsBearersSpelling(String query, String id) {
        FuzzyMatcherTest.assertFoundFirst(matcher, query, id);
    }

    @Test
    void aThaiNameSharingOneGivenNameIsNoMatch() {
        // สมชาย ใจดี, "Somchai Jaidee": the given name of x:6 only
        assertThat(matcher.search("สมชาย ใจดี", null, 3)).noneMatch(SearchHit::match);
    }

    @Test
    void theReadingsWordsLookUpTheirConsonantsWeighedByTheNarrowest() {
        // "sitthiphan" and "sittipunt": two edits apart, their consonant classes alike ("stbn")
        CandidateIndex index = CandidateIndex.build(List.of(ScoringName.of("Sittipunt", Schema.PERSON)), true);
        ScoringName reading = ScoringName.of(ScriptReadings.prepare("sitthiphan", Schema.UNKNOWN));
        assertThat(index.candidates(reading, 5, null, CandidateIndex.Form.THAI_READING)).containsExactly(0);
        assertThat(index.candidates(reading, 5, null, CandidateIndex.Form.WRITTEN)).isEmpty();
    }
}
