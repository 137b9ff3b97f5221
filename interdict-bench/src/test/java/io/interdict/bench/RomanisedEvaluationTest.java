package io.interdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import java.util.List;
import org.junit.jupiter.api.Test;

class RomanisedEvaluationTest {
    private static Entity entity(String id, EntityKind kind, String... names) {
        return new Entity(id, kind, java.util.Arrays.stream(names).map(n -> new Name(n, null, null, null)).toList(),
                null, null, null, false, null);
    }

    @Test
    void aBodyIsReadWhenItHasARomanisedNameAndAnEnglishOneByTheirLegalForms() {
        List<RomanisedEvaluation.Body> bodies = RomanisedEvaluation.bodies(List.of(
                entity("ofac-sdn:1", EntityKind.ORGANIZATION, "AO KONTSERN OKEANPRIBOR", "JSC CONCERN OCEANPRIBOR",
                        "OKEANPRIBOR"),
                // no English name: not read
                entity("ofac-sdn:2", EntityKind.ORGANIZATION, "OOO ROMASHKA", "ROMASHKA"),
                // a person is not a body
                entity("ofac-sdn:3", EntityKind.PERSON, "AO IVANOV", "IVANOV LLC"),
                // another list: not read (a body listed by two lists would meet itself)
                entity("uk-hmt:4", EntityKind.ORGANIZATION, "ZAO VEGA", "VEGA CJSC")));
        assertThat(bodies).hasSize(1);
        assertThat(bodies.get(0).romanised()).containsExactly("AO KONTSERN OKEANPRIBOR");
        // the name without a legal form is neither
        assertThat(bodies.get(0).english()).containsExactly("JSC CONCERN OCEANPRIBOR");
    }

    @Test
    void aNameWritingBothKindsOfLegalFormIsTheRomanisedOne() {
        List<RomanisedEvaluation.Body> bodies = RomanisedEvaluation.bodies(List.of(
                entity("ofac-sdn:5", EntityKind.ORGANIZATION, "NAFTAN OAO", "NAFTAN OJSC", "OJSC NAFTAN OAO")));
        assertThat(bodies.get(0).romanised()).containsExactly("NAFTAN OAO", "OJSC NAFTAN OAO");
        assertThat(bodies.get(0).english()).containsExactly("NAFTAN OJSC");
    }
}
