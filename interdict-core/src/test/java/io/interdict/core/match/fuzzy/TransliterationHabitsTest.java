package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name from Cyrillic in German or French transliteration against its English spelling (own examples). */
class TransliterationHabitsTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "jewgeni, yevgeny",             // German й and е at the start
        "voronine, voronin",            // French -ine
        "chruschtschow, khrushchev",    // German щ, х, ё after a hushing consonant
        "khrouchtchev, khrushchev",     // French у, щ
        "breschnew, brezhnev",          // German sch for ж
        "nasarbajew, nazarbayev",       // German s for з, j for й
        "prigojine, prigozhin",         // French j for ж
        "janukowytsch, yanukovych",     // German я, ч
        "tschernomyrdin, chernomyrdin", // German ч
        "jewtuschenko, yevtushenko",    // German е at the start
        "ahmadinedschad, ahmadinejad",  // German dsch
        "abramowitsch, abramovich",
        "hryhorenko, grigorenko",       // Ukrainian г written h, и written y
        "horbenko, gorbenko",
        "hnatenko, gnatenko",           // h before a consonant that may follow г
        "hontareva, gontareva",
        "kharhynenko, khargynenko",     // h for г inside the word; the kh of х stays
    })
    void oneNameInAnotherHabit(String a, String b) {
        assertThat(TransliterationHabits.variants(a, b)).isTrue();
        assertThat(TransliterationHabits.variants(b, a)).isTrue();
        assertThat(WordOpinions.spellings(a, b)).isTrue();
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({
        "jangwon, yangwon",       // no German group: an English j is no German one
        "shangwei, zhangwei",     // English sh and zh are two sounds; only German "sch" is either
        "rodrigez, rodriguez",    // Spanish gu, no French one
        "schmidt, smidt",         // German sch is one sound, not s
        "chruschtschow, khrustalev",
        "lawrowski, lavrov",
        "breschnew, breshkov",
        "mouradov, muratov",      // French ou read back, another consonant stays another
        "jang, yang",             // too short to read back
        "hassan, gassan",         // no East Slavic family name's ending
        "hongko, gongko",         // no East Slavic ending ("-ko" alone: Japanese, Chinese)
        "hryhorenko, grigorovych",
        "khomenko, gomenko",      // kh writes х, not г
    })
    void otherNamesOrOtherHabitsAreNoVariants(String a, String b) {
        assertThat(TransliterationHabits.variants(a, b)).isFalse();
        assertThat(TransliterationHabits.variants(b, a)).isFalse();
    }

    @Test
    void aGermanOrFrenchSpellingOfARussianNameIsThatName() {
        NameScore german = InterdictV2.compare("Michail Gorbatschow", "Mikhail Gorbachev", Schema.PERSON);
        assertThat(german.pairs()).contains("gorbatschow~gorbachev 0.90 spelling");
        assertThat(german.score()).isGreaterThanOrEqualTo(REVIEW);
        NameScore french = InterdictV2.compare("Nikita Khrouchtchev", "Nikita Sergeyevich Khrushchev", Schema.PERSON);
        assertThat(french.pairs()).contains("khrouchtchev~khrushchev 0.90 spelling");
        assertThat(french.score()).isGreaterThanOrEqualTo(REVIEW);
        // the French final -ine is no name ending
        assertThat(InterdictV2.compare("Iouri Voronine", "Yuri Voronin", Schema.PERSON).features())
                .extracting(f -> f.name()).doesNotContain("name_ending");
        // a shared given name with another family name stays another person
        assertThat(InterdictV2.compare("Michail Gorbunow", "Mikhail Gorbachev", Schema.PERSON).score()).isLessThan(REVIEW);
        // and interdict-v1, released, scores the German spelling as it did
        assertThat(InterdictV1.compare("Michail Gorbatschow", "Mikhail Gorbachev", Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @Test
    void aSearchFindsTheNameInTheOtherHabitAndTheBoundLetsItThrough() {
        java.util.List<io.interdict.core.entity.Entity> list = java.util.List.of(
                InterdictV2Test.person("x:1", "Mikhail Sergeyevich GORBACHEV", null, null, null),
                InterdictV2Test.person("x:2", "Nikita KHRUSHCHEV", null, null, null),
                InterdictV2Test.person("x:3", "Mikhail GORBUNOV", null, null, null));
        FuzzyMatcher m = new FuzzyMatcher(list, MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("Michail Gorbatschow", null, 1)).anyMatch(h -> h.entityId().equals("x:1") && h.match());
        assertThat(m.search("Nikita Chruschtschow", null, 1)).anyMatch(h -> h.entityId().equals("x:2") && h.match());
        // the bound never rules out a pair the score would take
        for (String q : java.util.List.of("Michail Gorbatschow", "Nikita Chruschtschow", "Nikita Khrouchtchev")) {
            for (io.interdict.core.entity.Entity e : list) {
                ScoringName qs = ScoringName.of(io.interdict.core.names.NamePipeline.standard().prepare(q, Schema.PERSON));
                ScoringName cs = ScoringName.of(io.interdict.core.names.NamePipeline.standard()
                        .prepare(e.names().get(0).value(), Schema.PERSON));
                double score = InterdictV2.value(qs, cs, null, 0.0);
                if (score >= REVIEW) {
                    assertThat(CoverageBound.below(qs, cs, REVIEW)).as(q + " ~ " + e.id()).isFalse();
                }
            }
        }
    }

    @Test
    void aUkrainianFamilyNameMeetsItsRussianSpellingBesideTheGivenNamesTwoForms() {
        // Oleksiy ~ Aleksey is the given name's Russian form (ukrainian-given-names.tsv), below a close pair: the family
        // name must be a spelling, not a loose pair, for the name to reach review
        NameScore ukrainian = InterdictV2.compare("Oleksiy Hryhorenko", "GRIGORENKO, Aleksey", Schema.PERSON);
        assertThat(ukrainian.pairs()).contains("hryhorenko~grigorenko 0.90");
        assertThat(ukrainian.score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("Volodymyr Horbenko", "GORBENKO, Vladimir", Schema.PERSON).score())
                .isGreaterThanOrEqualTo(REVIEW);
        // another family name of the same ending stays another person
        assertThat(InterdictV2.compare("Oleksiy Hordienko", "GRIGORENKO, Aleksey", Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @Test
    void theGermanReadBackLeavesTheLettersItCannotTellOpen() {
        assertThat(TransliterationHabits.fromGerman("breschnew")).isEqualTo("bre" + TransliterationHabits.SH_OR_ZH + "nev");
        char s = TransliterationHabits.S_OR_Z;
        assertThat(TransliterationHabits.fromGerman("beresowski")).isEqualTo("bere" + s + "ov" + s + "ki");
        assertThat(TransliterationHabits.fromFrench("khrouchtchev")).isEqualTo("khrushchev");
        assertThat(TransliterationHabits.fromFrench("voronine")).isEqualTo("voronin");
    }
}
