package io.interdict.lists.common;

import java.util.Locale;
import java.util.Optional;

/**
 * Refuses a new publication that has far fewer entities than the active one: an empty or truncated
 * file must not silently replace a list (an empty UN file once replaced 1,003 entities with 0). Both
 * {@code lists update} and {@code lists import} use it; each has an explicit override.
 */
public final class ShrinkGuard {
    private ShrinkGuard() {
    }

    /**
     * Why the change is refused, or empty when it may go ahead.
     *
     * @param maxShrink the largest accepted loss, as a share of {@code before} (0.2 = 20 %)
     * @param override  the flag that accepts it anyway, named in the message
     */
    public static Optional<String> check(int before, int after, double maxShrink, String override) {
        if (before > 0 && after < before * (1 - maxShrink)) {
            return Optional.of(String.format(Locale.ROOT, "the list shrank from %d to %d entities (more than %.0f%%); "
                    + "use %s to accept", before, after, maxShrink * 100, override));
        }
        return Optional.empty();
    }
}
