package io.interdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairSearchEvaluationTest {
    @Test
    void aPairIsFoundWhenTheSearchForItsFirstNameHitsItsSecondAsAMatch() {
        List<PairEvaluation.Case> cases = List.of(
                new PairEvaluation.Case("Person", "Владимир Путин", "Vladimir Putin", true, "Cyrillic"),
                new PairEvaluation.Case("Person", "Борис Джонсон", "Vladimir Putin", false, "Cyrillic"),
                new PairEvaluation.Case("Person", "Ангела Меркель", "Angela Merkel", true, "Cyrillic"),
                new PairEvaluation.Case("Person", "Джордж Буш", "Barack Obama", true, "Cyrillic"));
        PairSearchEvaluation.Result r = PairSearchEvaluation.run(cases, "interdict-v2");
        assertThat(r.same()).isEqualTo(3);
        assertThat(r.found()).isEqualTo(2);
        assertThat(r.different()).isEqualTo(1);
        assertThat(r.matched()).isZero();
        assertThat(r.missed()).singleElement().asString().contains("Джордж Буш");
        assertThat(r.perScript().get("Cyrillic")).containsExactly(2, 3, 0, 1);
    }
}
