package io.interdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScreeningEvaluationTest {
    @Test
    void aNameIsCountedInTheScriptMostOfItsLettersAreWrittenIn() {
        assertThat(ScreeningEvaluation.script("Ingeborg Abrahamsen")).isEqualTo("LATIN");
        assertThat(ScreeningEvaluation.script("张伟")).isEqualTo("HAN");
        assertThat(ScreeningEvaluation.script("김정은 (K)")).isEqualTo("HANGUL");
        assertThat(ScreeningEvaluation.script("Иван Petrov")).isEqualTo("LATIN");   // 4 letters against 6
        assertThat(ScreeningEvaluation.script("김정은 Kim")).isEqualTo("LATIN");     // a tie: the script first in the enum
        assertThat(ScreeningEvaluation.script("Иванов Petr")).isEqualTo("CYRILLIC");
        assertThat(ScreeningEvaluation.script("1234 -")).isEqualTo("NONE");
    }

    @Test
    void timeByScriptSumsEachScriptsQueriesMostTimeFirst() {
        String line = ScreeningEvaluation.byScript(List.of("Anna Berg", "张伟", "Bo Lin", "王芳"),
                new long[] {10_000, 300_000, 30_000, 100_000});
        assertThat(line).isEqualTo("han 2 x 200.0 us (90.9 %); latin 2 x 20.0 us (9.1 %)");
    }
}
