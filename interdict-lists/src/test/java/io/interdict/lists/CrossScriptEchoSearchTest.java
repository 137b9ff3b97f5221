package io.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.SearchHit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name written in Arabic script, searched in every bundled list, finds the party in each list that names it, not only
 * in the one that writes the name in Arabic too. The UN list gives these parties in Arabic script and in Latin letters;
 * OFAC and the UK list in Latin letters only, spelt their own way. A name read from Arabic has no vowels and its
 * candidates rank poorly; before the search looked up the Latin names of the party it had matched (Echoes), each of these
 * found the UN entry alone.
 */
class CrossScriptEchoSearchTest {
    private final FuzzyMatcher matcher = BundledListsMatcher.v2();

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        "يحيى جوادي|un-sc:QDi.249 ofac-sdn:10935 uk-hmt:10690",
        "يحيى عبد الله العبيدي|un-sc:IQi.044 ofac-sdn:7886 uk-hmt:7599",
        "ايوب بشير|un-sc:QDi.311 ofac-sdn:15518 uk-hmt:12808",
        "أنصار الشريعة|un-sc:QDe.145 ofac-sdn:16475 ofac-sdn:16476 ofac-sdn:16477 uk-hmt:13140",
    })
    void everyListsEntryIsAMatch(String arabic, String ids) {
        List<SearchHit> hits = matcher.search(arabic, null, 30);
        List<String> matched = hits.stream().filter(SearchHit::match).map(SearchHit::entityId).toList();
        assertThat(matched).as("%s", hits).containsAll(Arrays.asList(ids.split(" ")));
    }
}
