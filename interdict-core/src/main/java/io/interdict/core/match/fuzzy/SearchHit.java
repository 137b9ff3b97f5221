package io.interdict.core.match.fuzzy;

import io.interdict.core.entity.NameStrength;

/**
 * One ranked candidate of a name search.
 *
 * @param entityId    the listed entity: {@code un-sc:QDi.001}
 * @param name        the entity's name that scored best, as the list writes it
 * @param strength    how strongly the list vouches for that name
 * @param score       in [0, 1]
 * @param match       score at or above the match (review) threshold
 * @param explanation the features and token pairs behind the score
 */
public record SearchHit(String entityId, String name, NameStrength strength, double score, boolean match,
                        NameScore explanation) {
}
