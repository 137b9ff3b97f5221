package io.interdict.bench;

import io.interdict.core.entity.Entity;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.SearchHit;
import java.util.List;

/** Debug aid: {@code SearchMain NAME...} searches every bundled list and prints the explained hits. */
public final class SearchMain {
    private SearchMain() {
    }

    public static void main(String[] args) {
        List<Entity> entities = EvalEntities.of();
        FuzzyMatcher m = new FuzzyMatcher(entities, MatchSettings.DEFAULTS, System.getProperty("algorithm", io.interdict.core.match.fuzzy.InterdictV2.NAME));
        for (String q : args) {
            System.out.println("== " + q + " " + m.frequencies(q));
            for (SearchHit h : m.search(q, null, 5)) {
                System.out.println("  " + h);
            }
        }
    }
}
