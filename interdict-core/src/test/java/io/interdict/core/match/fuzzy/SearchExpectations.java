package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import java.util.List;

/** What the search tests of one rule expect of a query: its first hit the entity, at the review threshold or above, or
 *  no hit of the entity that reaches it. */
final class SearchExpectations {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    private SearchExpectations() {
    }

    /** The query's first hit is {@code id}, at the review threshold or above; that hit, for more checks. */
    static SearchHit findsFirst(FuzzyMatcher m, String query, String id) {
        List<SearchHit> hits = m.search(query, null, 5);
        assertThat(hits).as(query).isNotEmpty();
        assertThat(hits.get(0).entityId()).as(query).isEqualTo(id);
        assertThat(hits.get(0).score()).as(query).isGreaterThanOrEqualTo(REVIEW);
        return hits.get(0);
    }

    /** No hit of the query is {@code id} at the review threshold or above. */
    static void doesNotFind(FuzzyMatcher m, String query, String id) {
        assertThat(m.search(query, null, 5)).as(query).filteredOn(h -> h.entityId().equals(id))
                .allSatisfy(h -> assertThat(h.score()).isLessThan(REVIEW));
    }
}
