package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "E" and "Y" are conjunctions between two words of a name, initials where they begin or end it, or where they are
 *  written with a period, which no conjunction is. */
class InitialsAtAnEndTest {
    private static String tokens(String name) {
        return NamePipeline.standard().prepare(name, Schema.PERSON).tokens().stream()
                .map(t -> t.text() + (t.kind() == TokenKind.INITIAL ? "." : ""))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "E. Macron|e. macron",
        "Macron E.|macron e.",
        "Y. Tymoshenko|y. tymoshenko",
        "José Ortega y Gasset|jose ortega gasset",       // the conjunction, between two surnames
        "Maria Pereira e Silva|maria pereira silva",
        // written with a period, an initial anywhere
        "MUHAMMAD Y. AHMAD|muhammad y. ahmad",
        "Ana E. Silva|ana e. silva",
        "Juan Y.Ortega|juan y. ortega",
        "José Ortega y Gasset Jr.|jose ortega gasset",   // a period after another word is no initial's
        "Maria Pereira e Silva, M.|m. maria pereira silva",   // a comma puts what follows it first
    })
    void aOneLetterStopwordIsAnInitialAtAnEndOrWithAPeriod(String name, String expected) {
        assertThat(tokens(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "MUHAMMAD Y. AHMAD|y",
        "J.R.R. Tolkien|j r",
        "St. Y.|y",
        "No period at all|",
        "Dr.|",
    })
    void lettersWrittenAloneWithAPeriod(String name, String letters) {
        assertThat(NamePipeline.lettersWithPeriods(name))
                .containsExactlyInAnyOrderElementsOf(letters == null ? java.util.List.of() : java.util.List.of(letters.split(" ")));
    }
}
