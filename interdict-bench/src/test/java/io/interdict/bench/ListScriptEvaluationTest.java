package io.interdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListScriptEvaluationTest {
    @Test
    void aNameIsNonLatinByItsLettersNotByItsPunctuation() {
        assertThat(ListScriptEvaluation.nonLatin("LORD’S RESISTANCE ARMY")).isFalse();
        assertThat(ListScriptEvaluation.nonLatin("‘ABD AL-RAHMAN KHALAF ‘UBAYD")).isFalse();
        assertThat(ListScriptEvaluation.nonLatin("Jin Tiesan (金铁三)")).isTrue();
    }

    @Test
    void theScriptIsTheFirstNonLatinLetters() {
        assertThat(ListScriptEvaluation.script("محمد علي")).isEqualTo("ARABIC");
        assertThat(ListScriptEvaluation.script("Amir Khazmat (original script: Амир Хазмат)")).isEqualTo("CYRILLIC");
        assertThat(ListScriptEvaluation.script("山田 タロウ")).isEqualTo("HAN+KANA");
        assertThat(ListScriptEvaluation.script("Kim Jong Un")).isNull();
    }

    @Test
    void theSplitDependsOnTheEntityAlone() {
        assertThat(ListScriptEvaluation.tuning("un-sc:QDi.155")).isEqualTo(ListScriptEvaluation.tuning("un-sc:QDi.155"));
        long tuning = java.util.stream.IntStream.range(0, 200).filter(i -> ListScriptEvaluation.tuning("un-sc:QDi." + i)).count();
        assertThat(tuning).isBetween(70L, 130L);
    }
}
