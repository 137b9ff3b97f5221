package io.interdict.core.screen;

import io.interdict.core.match.MatchSettings;
import java.util.EnumMap;
import java.util.Map;

/**
 * Screening policy: match thresholds and the effect of each status. Defaults are DESIGN.md's table;
 * configuration may tighten an effect (e.g. awaiting_scope -> REVIEW) but never loosen one, so a
 * configuration file cannot quietly turn a legal prohibition into ALLOW.
 *
 * <p>{@code in_force} and {@code deadline_passed} are BLOCK only for a confident match (score at or
 * above the block threshold, not a weak alias, a certain control path, no unverifiable end-use
 * condition); otherwise REVIEW.
 */
public record Policy(MatchSettings match, Map<Status, Effect> effects) {
    public static final Map<Status, Effect> DEFAULT_EFFECTS = defaults();
    public static final Policy DEFAULT = new Policy(MatchSettings.DEFAULTS, DEFAULT_EFFECTS);

    public Policy {
        EnumMap<Status, Effect> all = new EnumMap<>(DEFAULT_EFFECTS);
        if (effects != null) {
            for (Map.Entry<Status, Effect> e : effects.entrySet()) {
                Effect base = DEFAULT_EFFECTS.get(e.getKey());
                if (e.getValue().compareTo(base) < 0) {
                    throw new IllegalArgumentException("policy may not loosen " + e.getKey().wire() + " from "
                            + base + " to " + e.getValue());
                }
                all.put(e.getKey(), e.getValue());
            }
        }
        effects = Map.copyOf(all);
    }

    private static Map<Status, Effect> defaults() {
        EnumMap<Status, Effect> m = new EnumMap<>(Status.class);
        m.put(Status.PENDING, Effect.ALLOW);
        m.put(Status.AWAITING_SCOPE, Effect.ALLOW);
        m.put(Status.IN_FORCE, Effect.BLOCK);
        m.put(Status.ENJOINED, Effect.ALLOW);
        m.put(Status.NOT_ENFORCED, Effect.REVIEW);
        m.put(Status.DEADLINE_PENDING, Effect.ALLOW);
        m.put(Status.DEADLINE_PASSED, Effect.BLOCK);
        return Map.copyOf(m);
    }

    public Policy withMatch(MatchSettings settings) {
        return new Policy(settings, effects);
    }

    public Effect effect(Status s) {
        return effects.get(s);
    }
}
