package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        return Namesakes.finds(listed, query, "Sergei");
    }
}
