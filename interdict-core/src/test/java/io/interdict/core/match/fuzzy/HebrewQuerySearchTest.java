package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.org;
import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name in Hebrew searched among Latin names: its words reach the listed name's by their consonants' classes. */
class HebrewQuerySearchTest {
    @Test
    void germanSchIsTheShTheReadingWrites() {
        // הירש, read "hyrs", reaches "Hirsch" by its consonants alone: "sch" is one sound, as ש is
        CandidateIndex index = CandidateIndex.build(List.of(ScoringName.of("Hirsch", Schema.PERSON),
                ScoringName.of("Harrisk", Schema.PERSON)), true);
        assertThat(index.candidates(ScoringName.of("הירש", Schema.UNKNOWN), 5, null)).containsExactly(0);
        FuzzyMatcher matcher = new FuzzyMatcher(List.of(person("x:1", "Tzvi Hirsch"), person("x:2", "Zvi Harris")),
                MatchSettings.DEFAULTS, InterdictV2.NAME);
        FuzzyMatcherTest.assertFoundFirst(matcher, "צבי הירש", "x:1");
    }

    @Test
    void hetInsideAWordIsTheChOfItsLatinSpelling() {
        // מזרחי, read "mzrhy": ח written h, which the key drops; Latin writes it ch
        CandidateIndex index = CandidateIndex.build(List.of(ScoringName.of("Mizrachi", Schema.PERSON),
                ScoringName.of("Mizrak", Schema.PERSON)), true);
        assertThat(index.candidates(ScoringName.of("מזרחי", Schema.UNKNOWN), 5, null)).contains(0);
        // a word's first h stays as read: חיים, "hyym", does not reach a word of k and m alone
        CandidateIndex chemie = CandidateIndex.build(List.of(ScoringName.of("Kamau", Schema.PERSON)), true);
        assertThat(chemie.candidates(ScoringName.of("חיים", Schema.UNKNOWN), 5, null)).isEmpty();
    }

    @Test
    void aProperNameTheEnglishReadingLeavesInHebrewMeetsItsLatinSpelling() {
        // "מכון גורביץ' למחקר" read in English "institute גורביץ' research" (a query of no schema: two words of three
        // read): the name left in Hebrew meets "Gurevich" by its consonants, as a name written wholly in Hebrew does, and
        // the hit says how the query was read
        FuzzyMatcher matcher = new FuzzyMatcher(List.of(org("x:1", "Gurevich Research Institute"),
                org("x:2", "Goldberg Research Institute"),
                org("x:3", "Hanifa Money Exchange Office")), MatchSettings.DEFAULTS, InterdictV2.NAME);
        List<SearchHit> hits = matcher.search("מכון גורביץ' למחקר", null, 3);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entityId()).isEqualTo("x:1");
        assertThat(hits.get(0).match()).isTrue();
        assertThat(hits.get(0).explanation().features()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("read_in_english");
            assertThat(f.detail()).contains("institute");
        });
        assertThat(hits).noneMatch(h -> h.entityId().equals("x:2") && h.match());
        // so does one left in Arabic ("office حنيفة exchange")
        FuzzyMatcherTest.assertFoundFirst(matcher, "مكتب حنيفة للصرافة", "x:3");
    }

    @Test
    void aWordsInitialAlefOrAyinIsTheVowelItCarriesInTheNameAsWritten() {
        // עמיר, as ICU writes it "myr", met "MAYER" and עמית "MIT"; read as the name's Latin spellings sound it, "amyr" and
        // "amyt" start with the vowel those do not, and still meet Amir and Amit
        assertThat(QueryForms.of("דוד עמיר", true, null).forms).hasSize(1);
        FuzzyMatcher matcher = new FuzzyMatcher(List.of(person("x:1", "David MAYER"), person("x:2", "Amir Peretz"),
                org("x:3", "MIT"), person("x:4", "Amit Segal")), MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(matcher.search("דוד עמיר", null, 3)).noneMatch(h -> h.entityId().equals("x:1") && h.match());
        assertThat(matcher.search("עמית Inc", null, 3)).noneMatch(h -> h.entityId().equals("x:3") && h.match());
        FuzzyMatcherTest.assertFoundFirst(matcher, "עמיר פרץ", "x:2");
        FuzzyMatcherTest.assertFoundFirst(matcher, "עמית סגל", "x:4");
    }
}
