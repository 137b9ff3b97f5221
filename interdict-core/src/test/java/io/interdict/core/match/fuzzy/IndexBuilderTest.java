package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.org;
import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexBuilderTest {
    @Test
    void anEntityListedTwiceIsOneEntityHoldingTheNamesOfBoth() {
        IndexBuilder.Built built = IndexBuilder.build(List.of(person("ofac-sdn:7", "Ivan PETROV"), org("un-sc:QDe.1", "ACME TRADING"),
                person("ofac-sdn:7", "Ivan Petrovich PETROV")), true);
        FuzzyIndexCodec.Parts p = built.parts();
        assertThat(p.entityIds()).containsExactly("ofac-sdn:7", "un-sc:QDe.1");
        assertThat(built.entityIndex()).containsEntry("ofac-sdn:7", 0).containsEntry("un-sc:QDe.1", 1).hasSize(2);
        List<String> namesOfPetrov = new ArrayList<>();
        for (int i = 0; i < p.nameOf().length; i++) {
            if (p.entityOf()[i] == 0) {
                namesOfPetrov.add(p.nameOf()[i].value());
            }
        }
        assertThat(namesOfPetrov).contains("Ivan PETROV", "Ivan Petrovich PETROV");
        assertThat(built.facts()).hasSize(2).doesNotContainNull();
        assertThat(p.sourceIds()).containsOnlyKeys("ofac-sdn", "un-sc");
    }

    @Test
    void aNameTwoListsWriteAlikeIsOneGroupWhoseMembersAreFromBoth() {
        FuzzyIndexCodec.Parts p = IndexBuilder.build(List.of(org("un-sc:QDe.2", "ANSAR AL-SHARIA"),
                org("ofac-sdn:8", "Ansar al Sharia"), org("ofac-sdn:9", "ANSAR AL-ISLAM")), true).parts();
        int un = indexOf(p, "ANSAR AL-SHARIA");
        int ofac = indexOf(p, "Ansar al Sharia");
        int other = indexOf(p, "ANSAR AL-ISLAM");
        int g = p.groupOf()[un];
        assertThat(p.groupOf()[ofac]).isEqualTo(g);
        assertThat(p.groupOf()[other]).isNotEqualTo(g);
        assertThat(p.members()[g]).contains(un, ofac).doesNotContain(other);
        assertThat(p.groupSources()[g]).isEqualTo(FuzzyMatcher.sourceBit(p.sourceOf()[un]) | FuzzyMatcher.sourceBit(p.sourceOf()[ofac]));
        assertThat(p.sourceOf()[un]).isNotEqualTo(p.sourceOf()[ofac]);
    }

    @Test
    void aWordHeldByAsManyEntitiesAsTheThresholdIsCommonInEveryGroupThatHasIt() {
        List<Entity> entities = new ArrayList<>();
        String[] given = {"Chol", "Yong", "Nam", "Sok", "Jin", "Hyok"};
        for (int k = 0; k < given.length; k++) {
            entities.add(person("un-sc:KPi." + k, "KIM " + given[k]));
        }
        entities.add(person("un-sc:KPi.9", "RI Chol"));
        FuzzyIndexCodec.Parts p = IndexBuilder.build(entities, true).parts();
        assertThat(FuzzyMatcher.commonThreshold(entities.size())).isLessThanOrEqualTo(given.length);
        assertThat(p.entityFrequency()).containsEntry("kim", given.length).containsEntry("chol", 2);
        int g = p.groupOf()[indexOf(p, "KIM Chol")];
        ScoringName name = p.groups()[g];
        for (int t = 0; t < name.size(); t++) {
            assertThat(p.candidateCommon()[g][t]).as(name.text[t]).isEqualTo(name.text[t].equals("kim"));
        }
    }

    @Test
    void interdictV1KeepsNoEntityFacts() {
        IndexBuilder.Built built = IndexBuilder.build(List.of(person("ofac-sdn:7", "Ivan PETROV")), false);
        assertThat(built.facts()).isNull();
        assertThat(built.entityIndex()).isEmpty();
        assertThat(built.parts().algorithm()).isEqualTo(InterdictV1.NAME);
        assertThat(java.util.Arrays.asList(built.parts().boundSummaries())).containsOnlyNulls();
    }

    private static int indexOf(FuzzyIndexCodec.Parts p, String name) {
        for (int i = 0; i < p.nameOf().length; i++) {
            if (p.nameOf()[i].value().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("not indexed: " + name);
    }
}
