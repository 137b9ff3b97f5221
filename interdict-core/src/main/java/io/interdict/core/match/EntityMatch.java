package io.interdict.core.match;

import io.interdict.core.entity.NameStrength;
import java.util.List;

/**
 * Evidence that a party may be a listed entity.
 *
 * @param query     the party's name or identifier as given
 * @param candidate the entity's name or identifier that matched
 * @param strength  the strength of the matched name (identifiers count as primary)
 * @param score     in [0, 1]; identifier matches are always 1.0
 * @param features  each feature's share of the score
 */
public record EntityMatch(String entityId, MatchedOn matchedOn, String query, String candidate,
                          NameStrength strength, double score, List<Feature> features) {
    public EntityMatch {
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score " + score + " outside [0, 1]");
        }
        features = features == null ? List.of() : List.copyOf(features);
    }
}
