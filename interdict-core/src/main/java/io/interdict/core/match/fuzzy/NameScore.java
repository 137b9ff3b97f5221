package io.interdict.core.match.fuzzy;

import io.interdict.core.match.Feature;
import java.util.List;

/**
 * A pairwise name score with its explanation.
 *
 * @param score     in [0, 1]; 1.0 for names equal after normalisation
 * @param features  each feature's signed share: the shares add up to the score (before clamping to [0, 1])
 * @param pairs     which tokens were paired and how similar they were: "mahaan~mahan 0.88"
 * @param algorithm the algorithm and version that produced the score
 */
public record NameScore(double score, List<Feature> features, List<String> pairs, String algorithm) {
    public NameScore {
        features = List.copyOf(features);
        pairs = List.copyOf(pairs);
    }
}
