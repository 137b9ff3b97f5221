package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.names.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Table-driven ranking cases (ranking.csv): for each query, the better name must outscore the worse. */
class RankingTest {
    @ParameterizedTest(name = "{1}: {2} > {3}")
    @CsvFileSource(resources = "ranking.csv", numLinesToSkip = 1)
    void betterOutscoresWorse(String schema, String query, String better, String worse) {
        Schema s = Schema.of(schema);
        double b = InterdictV1.compare(query, better, s).score();
        double w = InterdictV1.compare(query, worse, s).score();
        assertThat(b).as("%s vs %s (%.3f) / %s (%.3f)", query, better, b, worse, w).isGreaterThan(w);
    }
}
