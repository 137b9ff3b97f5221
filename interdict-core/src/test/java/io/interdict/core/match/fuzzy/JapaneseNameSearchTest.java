package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Japanese name in kanji searched among names in Latin letters. Once found, the comparison reads each kanji as the
 * Latin name spells it; to be found, the query needs a reading that shares the Latin name's words, which the kanji's
 * first kun and on readings mostly lack (小泉 "chiisaiizumi").
 */
class JapaneseNameSearchTest {
    private final FuzzyMatcher matcher = new FuzzyMatcher(List.of(person("x:1", "Junichiro KOIZUMI"),
            person("x:2", "NAKAMURA, Takashi"), person("x:3", "Masayuki Itoh"), person("x:4", "Koji WATANABE"),
            person("x:5", "Yuriko KOIKE"), person("x:6", "Satoshi NAKAMOTO"), person("x:7", "Kazuo INOUE"),
            person("x:8", "Hiroshi MAEDA"), person("x:9", "Kyoko Shimizu")), MatchSettings.DEFAULTS, InterdictV2.NAME);

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        "小泉純一郎, x:1",
        "中村孝, x:2",
        "伊藤雅之, x:3",
        "渡辺浩二, x:4",
        "井上和夫, x:7",
        "前田 浩, x:8",
        // a family name ENAMDICT reads three ways as often (清水 Kiyomizu, Shimizu, Seisui), each a search reading
        "清水恭子, x:9",
        // older forms of the kanji (渡邊 for 渡辺, 濱 for 浜), as names are often registered
        "渡邊浩二, x:4",
        "渡邉浩二, x:4",
    })
    void aJapaneseNameInKanjiFindsItsLatinSpelling(String query, String id) {
        List<SearchHit> hits = matcher.search(query, null, 3);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entityId()).isEqualTo(id);
        assertThat(hits.get(0).match()).isTrue();
    }
}
