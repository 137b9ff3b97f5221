package io.interdict.core.match.fuzzy;

import io.interdict.core.entity.NameStrength;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One ranked candidate of a name search. The explanation is built when first asked for: ranking
 * needs only the score, and most hits of a screening run are read for their score alone.
 */
public final class SearchHit {
    private final String entityId;
    private final String name;
    private final NameStrength strength;
    private final double score;
    private final boolean match;
    private Supplier<NameScore> explain;
    private volatile NameScore explanation;

    /**
     * @param entityId    the listed entity: {@code un-sc:QDi.001}
     * @param name        the entity's name that scored best, as the list writes it
     * @param strength    how strongly the list vouches for that name
     * @param score       in [0, 1]
     * @param match       score at or above the match (review) threshold
     * @param explanation the features and token pairs behind the score
     */
    public SearchHit(String entityId, String name, NameStrength strength, double score, boolean match,
                     NameScore explanation) {
        this(entityId, name, strength, score, match, () -> explanation);
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    SearchHit(String entityId, String name, NameStrength strength, double score, boolean match,
              Supplier<NameScore> explain) {
        this.entityId = entityId;
        this.name = name;
        this.strength = strength;
        this.score = score;
        this.match = match;
        this.explain = explain;
    }

    public String entityId() {
        return entityId;
    }

    public String name() {
        return name;
    }

    public NameStrength strength() {
        return strength;
    }

    public double score() {
        return score;
    }

    public boolean match() {
        return match;
    }

    /** The features and token pairs behind the score (same score; built once, on first use). */
    public NameScore explanation() {
        NameScore e = explanation;
        if (e == null) {
            synchronized (this) {
                e = explanation;
                if (e == null) {
                    e = explain.get();
                    explanation = e;
                    explain = null;
                }
            }
        }
        return e;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchHit h && h.entityId.equals(entityId) && h.name.equals(name)
                && h.strength == strength && Double.compare(h.score, score) == 0 && h.match == match
                && h.explanation().equals(explanation());
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityId, name, strength, score, match);
    }

    @Override
    public String toString() {
        return "SearchHit[entityId=" + entityId + ", name=" + name + ", strength=" + strength + ", score=" + score
                + ", match=" + match + ", explanation=" + explanation() + "]";
    }
}
