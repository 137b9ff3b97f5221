package io.interdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import java.util.List;
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

    @Test
    void aNameWrittenInTwoScriptsIsSearchedByItsOtherScriptAndLeavesItsLatinNames() {
        assertThat(ListScriptEvaluation.mixed("Abdelali Abou Dher (عبد العالي ابو ذر)"))
                .isEqualTo(new ListScriptEvaluation.Mixed("عبد العالي ابو ذر", List.of("Abdelali Abou Dher")));
        assertThat(ListScriptEvaluation.mixed("Amir Khazmat (original script: Амир Хазмат)"))
                .isEqualTo(new ListScriptEvaluation.Mixed("Амир Хазмат", List.of("Amir Khazmat")));
        assertThat(ListScriptEvaluation.mixed("أبو بكر البغدادي (Abu Bakr al-Baghdadi al-Quraishi; Abu Bakr al-Baghdadi)"))
                .isEqualTo(new ListScriptEvaluation.Mixed("أبو بكر البغدادي",
                        List.of("Abu Bakr al-Baghdadi al-Quraishi", "Abu Bakr al-Baghdadi")));
        assertThat(ListScriptEvaluation.mixed("Agha Jan Alizai اغا جان عالیزی"))
                .isEqualTo(new ListScriptEvaluation.Mixed("اغا جان عالیزی", List.of("Agha Jan Alizai")));
        assertThat(ListScriptEvaluation.mixed("محمد علي")).isNull();
        assertThat(ListScriptEvaluation.mixed("Kim Jong Un")).isNull();
    }

    @Test
    void anEntityWithoutItsNonLatinNamesKeepsTheLatinNamesOfAMixedOne() {
        Entity e = new Entity("un-sc:QDi.279", EntityKind.PERSON, List.of(Name.primary("MOHAMED BELKALEM"),
                Name.primary("محمد بلكلام"), Name.weak("El Harrachi (الحراشي)")), List.of(), List.of(), null, false, null);
        assertThat(ListScriptEvaluation.latinOnly(e).names()).extracting(Name::value)
                .containsExactly("MOHAMED BELKALEM", "El Harrachi");
        assertThat(ListScriptEvaluation.latinOnly(e).names().get(1).strength()).isEqualTo(e.names().get(2).strength());
    }
}
