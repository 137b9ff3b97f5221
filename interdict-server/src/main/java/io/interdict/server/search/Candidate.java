package io.interdict.server.search;

import io.interdict.core.match.Feature;
import io.interdict.core.match.MatchedOn;
import java.util.List;

/**
 * One search result with its explanation.
 *
 * @param query     the query name or identifier that produced the best score
 * @param candidate the entity's name or identifier it matched
 */
public record Candidate(String entityId, double score, MatchedOn matchedOn, String query, String candidate,
                        List<Feature> features) {
    public Candidate {
        features = List.copyOf(features);
    }
}
