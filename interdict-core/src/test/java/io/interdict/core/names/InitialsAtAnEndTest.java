package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "E" and "Y" are conjunctions between two words of a name, initials where they begin or end it. */
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
    })
    void aOneLetterStopwordIsAnInitialOnlyAtAnEnd(String name, String expected) {
        assertThat(tokens(name)).isEqualTo(expected);
    }
}
