package io.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.SearchHit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name searched as a list writes it, in every bundled list, finds that entry at 1.0. Each of these words is reached
 * through its keys by many names alike in rarity ("charia" by a dozen spellings of "sharia", "isis-k" by every "ISIS",
 * "hassan" by thousands of names), and the candidate index's cut once kept those and lost the name spelt as the query:
 * "ISIS-K" found "ISIS" (0.942) and not OFAC's and the UN's "ISIS-K", "G-PEOPLE" and "Hassan" found nothing at 1.0.
 */
class ListedSpellingSearchTest {
    private final FuzzyMatcher matcher = BundledListsMatcher.v2();

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        "Ansar al Charia|uk-hmt:13188",
        "ISIS-K|ofac-sdn:18647 un-sc:QDe.161",
        "G-PEOPLE|un-sc:HTe.002",
        // names of common words only, which thousands of names hold: the names that are the query, in any order
        "Hassan|ofac-sdn:8187 un-sc:IQi.061 un-sc:QDi.319",
        "Abdul Rahman|uk-hmt:6927 un-sc:QDi.057 un-sc:QDi.418",
        "Ahmed, A|ofac-sdn:6925 uk-hmt:6925 un-sc:QDi.028",
    })
    void theEntryIsFoundAsWritten(String name, String ids) {
        List<SearchHit> hits = matcher.search(name, null, 10);
        List<String> exact = hits.stream().filter(h -> h.score() == 1.0).map(SearchHit::entityId).toList();
        assertThat(exact).as("%s", hits).containsAll(Arrays.asList(ids.split(" ")));
    }
}
