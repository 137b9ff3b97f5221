package io.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.SearchHit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Korean persons the bundled lists name in Latin letters, searched by their names as Russian writes them. "Ким Чен Ын"
 * (the older spelling, е for ㅓ) was read "kim jen eun", which reaches too few of the lists' many Kims for "KIM, Jong Un"
 * to make the candidates' cut, though the two compare at 1.0; the search now also looks the name up in the spellings of
 * its words the lists hold ("kim jong un").
 */
class KoreanCyrillicSearchTest {
    private final FuzzyMatcher matcher = BundledListsMatcher.v2();

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        "Ким Чен Ын|ofac-sdn:20157",
        "Чхве Рён Хэ|ofac-sdn:23213",
        "Ри Пён Чхоль|un-sc:KPi.076",
    })
    void theListedPersonIsAMatch(String cyrillic, String id) {
        List<SearchHit> hits = matcher.search(cyrillic, null, 10);
        assertThat(hits).as("%s", hits).anyMatch(h -> h.entityId().equals(id) && h.match());
    }
}
