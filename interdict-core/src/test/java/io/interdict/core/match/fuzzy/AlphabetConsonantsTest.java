package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.names.Schema;
import org.junit.jupiter.api.Test;

/** A word read from an alphabet (Greek, Cyrillic, Armenian, Georgian) pairs with a Latin one a consonant apart only at the end. */
class AlphabetConsonantsTest {
    private static final double REVIEW = 0.8;

    @Test
    void aConsonantOfAnEndingAddedOrDroppedIsTheSameName() {
        assertThat(CrossScript.similarity("alexandros", io.interdict.core.names.TokenKind.WORD, "alexander",
                io.interdict.core.names.TokenKind.WORD, 0.5, false, false)).isEqualTo(CrossScript.NEAR_CONSONANTS);
        assertThat(InterdictV2.compare("Αλέξανδρος Παππάς", "Alexander Pappas", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void aConsonantChangedInsideTheWordIsAnotherName() {
        assertThat(CrossScript.similarity("shevchenko", io.interdict.core.names.TokenKind.WORD, "shevchuk",
                io.interdict.core.names.TokenKind.WORD, 0.5, false, false)).isEqualTo(0.5);
        assertThat(InterdictV2.compare("Тарас Шевченко", "Taras Shevchuk", Schema.PERSON).score()).isLessThan(REVIEW);
        assertThat(InterdictV2.compare("Тарас Шевченко", "Taras Shevchenko", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void wordsOfOneConsonantsWhoseVowelsMakeOtherSyllablesAreOtherNames() {
        // Єремій read "eremiy": three syllables against "army"'s one
        assertThat(CrossScript.syllables("eremiy")).isEqualTo(3);
        assertThat(CrossScript.syllables("army")).isEqualTo(1);
        assertThat(CrossScript.similarity("eremiy", io.interdict.core.names.TokenKind.WORD, "army",
                io.interdict.core.names.TokenKind.WORD, 0.4, false, false)).isEqualTo(0.4);
        assertThat(InterdictV2.compare("ТОВ Єремій", "LORD'S RESISTANCE MOVEMENT/ARMY", Schema.UNKNOWN).score()).isLessThan(REVIEW);
        // a syllable more or fewer is still a spelling: "Михаил" read "mikhail" ~ "Mikhael", "Юрий" ~ "Yuri"
        assertThat(CrossScript.similarity("mikhail", io.interdict.core.names.TokenKind.WORD, "mikhel",
                io.interdict.core.names.TokenKind.WORD, 0.4, false, false)).isEqualTo(CrossScript.SAME_CONSONANTS);
        assertThat(InterdictV2.compare("Юрий Гагарин", "Yuri Gagarin", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void againstAListAFamilyNameReadFromAnAlphabetTwoConsonantsApartIsAnotherNameAsInLatinText() {
        FuzzyMatcher m = new FuzzyMatcher(java.util.List.of(FuzzyMatcherTest.person("x:1", "PANKOV, Nikolay"),
                FuzzyMatcherTest.person("x:2", "KUZMIN, Pavel")), io.interdict.core.match.MatchSettings.DEFAULTS, InterdictV2.NAME);
        for (String query : java.util.List.of("Николай Павлов", "Nikolay Pavlov")) {
            assertThat(m.search(query, null, 3)).as(query).noneMatch(SearchHit::match);
        }
        assertThat(m.search("Николай Панков", null, 3)).first().matches(SearchHit::match);
    }
}
