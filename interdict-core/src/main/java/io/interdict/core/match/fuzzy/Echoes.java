package io.interdict.core.match.fuzzy;

import java.util.Arrays;

/**
 * The listed names a query written in another script met at the review threshold, whose own candidates a search looks
 * up as well: the other lists' spellings of the same name.
 * <p>A name read from an abjad or an abugida has words without vowels, and its consonant keys are shared by many listed
 * names; the candidate index ranks its candidates poorly, and its cut keeps a few of the spellings the lists give one
 * party. "أنصار الشريعة" finds "ANSAR AL CHARIA" (UK) and the UN's entry, and not OFAC's three "ANSAR AL-SHARIA"
 * entries, which score 0.95 against it but ranked below sixteen others. Once a listed Latin spelling has matched, its
 * own words rank the lists' other spellings of it first. The echoed candidates are scored against the query like any
 * other: an echo finds candidates, it never scores one.
 * <p>An echo follows a match, so it never flags a query that was not flagged already; it adds hits to one that was.
 */
final class Echoes {
    /** The best few listed names a form met are echoed: more costs a candidate lookup and the scoring of its candidates
     *  each, for spellings the best ones' lookups bring already. */
    static final int MOST = 2;
    /** At most this many listed names are looked up for a form's echoes. */
    static final int LOOKUPS = 4;

    private Echoes() {
    }

    /** {@code strong} with group {@code g}, met at {@code value}, kept if among the {@link #MOST} best (null: none yet).
     *  Each entry is the value's bits above the group's. */
    static long[] add(long[] strong, int g, double value) {
        long entry = (long) Math.round(value * 1_000_000) << 32 | g;
        if (strong == null) {
            return new long[] {entry};
        }
        for (long e : strong) {
            if ((int) e == g) {
                return strong;   // met again (another member's score): one echo each
            }
        }
        long[] out = Arrays.copyOf(strong, strong.length + 1);
        out[strong.length] = entry;
        Arrays.sort(out);   // by value, then group: the best last
        return out.length > MOST ? Arrays.copyOfRange(out, out.length - MOST, out.length) : out;
    }

    /** The groups in {@code strong}, best first. */
    static int[] groups(long[] strong) {
        int[] out = new int[strong.length];
        for (int k = 0; k < strong.length; k++) {
            out[k] = (int) strong[strong.length - 1 - k];
        }
        return out;
    }

    /** {@code found} without the groups of {@code scored}, in its order. */
    static int[] less(int[] found, int[] scored) {
        int n = 0;
        int[] out = new int[found.length];
        outer:
        for (int g : found) {
            for (int s : scored) {
                if (s == g) {
                    continue outer;
                }
            }
            out[n++] = g;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
