package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An Arabic name's qaf written "g" against its "q" (TransliterationHabits#qaf; own examples). */
class ArabicQafTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "gaddafi, qadhafi",   // the fold takes dh and dd as d
        "gadhafi, qaddafi",
        "sagar, saqar",       // five letters
        "haggani, haqqani",
        "gasim, qasim",
        "tarig, tariq",       // a final qaf
        "gureshi, qureshi",   // "qu" before a consonant is a qaf's
    })
    void aQafWrittenGIsTheName(String g, String q) {
        assertThat(TransliterationHabits.variants(g, q)).isTrue();
        assertThat(TransliterationHabits.variants(q, g)).isTrue();
        assertThat(WordOpinions.spellings(g, q)).isTrue();
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({
        "guentin, quentin",   // "qu" before a vowel: no qaf
        "vasgez, vasquez",
        "giang, qiang",       // a Mandarin syllable: Pinyin's q
        "xiaoging, xiaoqing",
        "gordon, kordon",     // no q written: g and k stay two letters
        "gasim, kasem",
        "tarig, tarif",
    })
    void otherLettersStayOtherNames(String a, String b) {
        assertThat(TransliterationHabits.variants(a, b)).isFalse();
        assertThat(TransliterationHabits.variants(b, a)).isFalse();
    }

    @Test
    void aNameWithItsQafWrittenGMeetsTheListedOne() {
        assertThat(InterdictV2.compare("GADDAFI, Saadi", "Saadi QADHAFI", Schema.PERSON).score())
                .isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("GADDAFI, Saadi", "Saadi QADHAFI", Schema.PERSON).pairs())
                .contains("gaddafi~qadhafi 0.90 spelling");
    }

    @Test
    void aSearchFindsItAndTheBoundLetsItThrough() {
        List<Entity> list = List.of(
                InterdictV2Test.person("x:1", "Saadi QADHAFI", null, null, null),
                InterdictV2Test.person("x:2", "Abu SAQAR Zabin", null, null, null),
                InterdictV2Test.person("x:3", "Saadi KARIMI", null, null, null));
        FuzzyMatcher m = new FuzzyMatcher(list, MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("Saadi Gaddafi", null, 1)).anyMatch(h -> h.entityId().equals("x:1") && h.match());
        for (String q : List.of("Saadi Gaddafi", "Gadhafi Saadi", "Abu Sagar Zabin")) {
            for (Entity e : list) {
                ScoringName qs = ScoringName.of(NamePipeline.standard().prepare(q, Schema.PERSON));
                ScoringName cs = ScoringName.of(
                        NamePipeline.standard().prepare(e.names().get(0).value(), Schema.PERSON));
                if (InterdictV2.value(qs, cs, null, 0.0) >= REVIEW) {
                    assertThat(CoverageBound.below(qs, cs, REVIEW)).as(q + " ~ " + e.id()).isFalse();
                }
            }
        }
    }
}
