package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A foreign name written in katakana finds its listed Latin spelling among many names sharing its given name: its words
 * look up their consonant classes with r and l read either way, and the candidate is then read as the Latin name spells
 * it (セルゲイ・ラブロフ ~ "LAVROV, Sergei").
 */
class KatakanaLoanwordSearchTest {
    @Test
    void aKatakanaNameFindsTheListedNameWhoseLAndRItWritesAlike() {
        assertThat(finds("LAVROV, Sergei", "セルゲイ・ラブロフ")).isTrue();
        assertThat(finds("PRIGOZHIN, Evgeny", "エフゲニー・プリゴジン")).isTrue();
    }

    @Test
    void anotherFamilyNameInKatakanaIsNotThatPerson() {
        assertThat(finds("LAVROV, Sergei", "セルゲイ・イワノフ")).isFalse();
    }

    @Test
    void eachRAndLOfAWordsConsonantClassesIsLookedUpBothWays() {
        CandidateIndex.KeyBuffer b = new CandidateIndex.KeyBuffer();
        CandidateIndex.liquidVariants("rbrb", b);
        assertThat(b.size).isEqualTo(4);
        long[] keys = java.util.Arrays.copyOf(b.keys, b.size);
        assertThat(keys).contains(CandidateIndex.hash('%', "lbrb", -1), CandidateIndex.hash('%', "rblb", -1));
        CandidateIndex.KeyBuffer none = new CandidateIndex.KeyBuffer();
        CandidateIndex.liquidVariants("bkn", none);
        assertThat(none.size).isEqualTo(1);
    }

    private static boolean finds(String listed, String query) {
        // Twenty Sergeis and Evgenys come first on the given name; the listed one must still be among those scored.
        String[] others = {"ANTONOV", "BELOV", "VOLKOV", "GUSEV", "DENISOV", "EGOROV", "ZAITSEV", "KOZLOV", "LEBEDEV",
            "MOROZOV", "NIKITIN", "ORLOV", "PAVLOV", "ROMANOV", "SOKOLOV", "TARASOV", "FEDOROV", "KHARITONOV", "TSVETKOV",
            "SHCHERBAKOV"};
        List<Entity> list = new ArrayList<>();
        for (int i = 0; i < others.length; i++) {
            list.add(person("s:" + i, others[i] + ", Sergei"));
            list.add(person("e:" + i, others[i] + ", Evgeny"));
        }
        list.add(person("t:1", listed));
        FuzzyMatcher m = new FuzzyMatcher(list, MatchSettings.DEFAULTS, InterdictV2.NAME);
        return m.search(query, null, 5).stream().anyMatch(h -> h.entityId().equals("t:1") && h.match());
    }

    private static Entity person(String id, String name) {
        return new Entity(id, EntityKind.PERSON, List.of(Name.primary(name)), List.of(), List.of(), Map.of(), false, null);
    }
}
