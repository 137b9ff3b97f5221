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
 * A foreign name written in Han (parted by a middle dot) or in Hangul finds its listed Latin spelling, read as the
 * loanword it is ({@link io.interdict.core.names.LoanwordSpelling}); a Chinese name is not read so.
 */
class LoanwordSearchTest {
    @Test
    void aHanTranscriptionFindsItsListedLatinName() {
        assertThat(finds("SHOIGU, Sergei", "谢尔盖·绍伊古")).isTrue();
        assertThat(pairScore("谢尔盖·绍伊古", "Sergei Shoigu")).isGreaterThan(0.9);
    }

    @Test
    void aHangulLoanwordFindsItsListedLatinName() {
        assertThat(finds("SHOIGU, Sergei", "세르게이 쇼이구")).isTrue();
        assertThat(finds("LAVROV, Sergei", "세르게이 라브로프")).isTrue();
    }

    @Test
    void anotherFamilyNameIsNotThatPerson() {
        assertThat(finds("SHOIGU, Sergei", "谢尔盖·拉夫罗夫")).isFalse();
        assertThat(finds("SHOIGU, Sergei", "세르게이 라브로프")).isFalse();
        assertThat(pairScore("谢尔盖·拉夫罗夫", "Sergei Shoigu")).isLessThan(0.8);
    }

    @Test
    void aChineseNameIsNotReadAsATranscription() {
        assertThat(FittedReading.of("张伟", List.of("zhang", "wei"))).isNotEmpty();
        assertThat(FittedReading.of("张伟", List.of("james", "wei"))).isEmpty();
    }

    private static double pairScore(String a, String b) {
        return InterdictV2.compare(a, b, io.interdict.core.names.Schema.PERSON).score();
    }

    private static boolean finds(String listed, String query) {
        String[] others = {"ANTONOV", "BELOV", "VOLKOV", "GUSEV", "DENISOV", "EGOROV", "ZAITSEV", "KOZLOV", "LEBEDEV",
            "MOROZOV", "NIKITIN", "ORLOV", "PAVLOV", "ROMANOV", "SOKOLOV", "TARASOV", "FEDOROV", "KHARITONOV", "TSVETKOV",
            "SHCHERBAKOV"};
        List<Entity> list = new ArrayList<>();
        for (int i = 0; i < others.length; i++) {
            list.add(person("s:" + i, others[i] + ", Sergei"));
        }
        list.add(person("t:1", listed));
        FuzzyMatcher m = new FuzzyMatcher(list, MatchSettings.DEFAULTS, InterdictV2.NAME);
        return m.search(query, null, 5).stream().anyMatch(h -> h.entityId().equals("t:1") && h.match());
    }

    private static Entity person(String id, String name) {
        return new Entity(id, EntityKind.PERSON, List.of(Name.primary(name)), List.of(), List.of(), Map.of(), false, null);
    }
}
