package io.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.SearchHit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Japanese persons the bundled OFAC list names in Latin letters only, searched by their names in kanji, as a Japanese
 * payment or customer record writes them (the kanji written for this test; the lists hold none). Before the search read
 * Japanese names by the kanji's places (JapaneseNameSplit), two of these six (後藤忠政, 入江禎) found nothing.
 */
class JapaneseKanjiSearchTest {
    private final FuzzyMatcher matcher = BundledListsMatcher.v2();

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        "後藤忠政|GOTO, Tadamasa",
        "入江禎|IRIE, Tadashi",
        "篠田建市|SHINODA, Kenichi",
        "高山清司|TAKAYAMA, Kiyoshi",
        "清田次郎|KIYOTA, Jiro",
        "内堀和夫|UCHIBORI, Kazuo",
    })
    void theListedPersonIsFound(String kanji, String listed) {
        List<SearchHit> hits = matcher.search(kanji, null, 5);
        assertThat(hits).as("%s", hits).isNotEmpty();
        assertThat(hits.get(0).name()).isEqualToIgnoringCase(listed);
        assertThat(hits.get(0).match()).isTrue();
    }
}
