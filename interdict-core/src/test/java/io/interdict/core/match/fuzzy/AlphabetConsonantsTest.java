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
}
