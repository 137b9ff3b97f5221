package io.interdict.core.measure;

import io.interdict.core.Wire;

/**
 * Whom a clause reaches besides its named targets.
 * <ul>
 *   <li>{@code DIRECT}: the targets themselves (always included).</li>
 *   <li>{@code DEVELOPERS_AND_CONTROLLERS}: whoever develops, operates or controls a target app
 *       (and, upwards, whoever controls them).</li>
 *   <li>{@code SUBSIDIARIES}: subsidiaries and controlled companies of what is reached.</li>
 *   <li>{@code OWNED_50_PERCENT}: entities owned 50% or more, directly or through majority-owned layers.</li>
 * </ul>
 */
public enum Reach {
    DIRECT, DEVELOPERS_AND_CONTROLLERS, SUBSIDIARIES, OWNED_50_PERCENT;

    public String wire() {
        return Wire.name(this);
    }

    public static Reach of(String s) {
        return Wire.parse(Reach.class, s, "reach");
    }
}
