package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import java.util.List;
import java.util.Map;

/** What the search tests of one rule expect of a query: its first hit the entity, at the review threshold or above, or
 *  no hit of the entity that reaches it. */
final class SearchExpectations {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    /** Made-up words a rule's test lists beside its own names, so that the words those share with them are common in
     *  the list (five entities or more hold each), as a listed family's or a frequent given name's are. */
    static final List<String> FILLERS = List.of("KARVELI", "TOSHANI", "BREDAMI", "ULVARO", "SENTARI", "HOLVANI");

    private SearchExpectations() {
    }

    /** Persons beside a rule's own names, one per filler word: {@code template} with the filler for {@code %s}, ids
     *  {@code test:<prefix><k>} (k from 0): they make the template's other words common in the list. */
    static List<Entity> withFillers(String prefix, String template) {
        List<Entity> out = new java.util.ArrayList<>(FILLERS.size());
        for (int k = 0; k < FILLERS.size(); k++) {
            out.add(listed(prefix + k, EntityKind.PERSON, template.formatted(FILLERS.get(k))));
        }
        return out;
    }

    /** A listed entity {@code test:id} of one primary name. */
    static Entity listed(String id, EntityKind kind, String name) {
        return new Entity("test:" + id, kind, List.of(Name.primary(name)), List.of(), List.of(), Map.of(), false, null);
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
