package io.interdict.core.match;

/**
 * Thresholds on the match score.
 *
 * @param reviewThreshold a name match at or above it is a hit (REVIEW at most unless it also reaches
 *                        {@code blockThreshold}); below it the candidate is dropped
 * @param blockThreshold  a name match at or above it is confident enough to BLOCK
 */
public record MatchSettings(double reviewThreshold, double blockThreshold) {
    public static final MatchSettings DEFAULTS = new MatchSettings(0.80, 0.92);

    public MatchSettings {
        if (reviewThreshold <= 0 || reviewThreshold > 1 || blockThreshold < reviewThreshold || blockThreshold > 1) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < review <= block <= 1, got review="
                    + reviewThreshold + " block=" + blockThreshold);
        }
    }
}
