package io.interdict.core.match.fuzzy;

import io.interdict.core.names.Hypocorisms;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A given name and its short form ({@link Hypocorisms}: "kate" ~ "katherine"), also through another spelling of the
 * name (interdict-v2): a short form of one spelling is one of every spelling {@link RomanisationFold} folds alike, which
 * are one name, not two ("kate", Katherine's, ~ "catherine"; "sasha", Aleksandr's, ~ "aleksander"). The tables list a
 * short form beside one or two spellings of its name; the records write the others.
 */
final class ShortForms {
    /** The fewest letters of a spelling read through its fold: short words fold alike too easily ("li", a family name,
     *  folds as "lee", Leroy's short form). */
    private static final int SPELT = 4;
    /** The fewest letters a short form read through a spelling is shorter than the name by. */
    private static final int SHORTER = 2;
    /** Per word of the table, its relatives and the hashes of their folds (relatives of {@link #SPELT} letters or more),
     *  sorted: worked out once, as a search asks about the table's words against every candidate's. */
    private static final Map<String, Entry> ENTRIES = entries();
    /** Per hash of a fold, the bits of the table's words of that fold ({@link Hypocorisms#bit}s and {@link #secondBit}s,
     *  {@link FoldBits}): a word spelt like a word of the table has that word's bits among its own ({@link
     *  #ownAndRelatives}, {@link #secondOwnAndRelatives}), which are among its relatives' relatives'. */
    private static final FoldBits FOLD_BITS = new FoldBits();

    /** A word of the table: its relatives, their folds' hashes, and its own and its relatives' bits by both hashes
     *  ({@link #ownAndRelatives}, {@link #secondOwnAndRelatives}, before the bits of the words it folds like). */
    private record Entry(Set<String> relatives, int[] folds, long ownAndRelatives, int secondOwnAndRelatives) {
    }

    private ShortForms() {
    }

    /** Whether one word is a short form of the other, by the table or through a spelling of the name. */
    static boolean related(String x, String y) {
        Entry ex = entry(x);
        Entry ey = entry(y);
        if (ex == null && ey == null) {
            return false;
        }
        // Through a spelling, only a short form two letters shorter than the name at least ("kate", "catherine"): a
        // search asks about the table's words against every candidate's, and names of one length are not short forms.
        return ex != null && ey != null && ex.relatives().contains(y)
                || ex != null && x.length() + SHORTER <= y.length() && throughSpelling(ex, y)
                || ey != null && y.length() + SHORTER <= x.length() && throughSpelling(ey, x);
    }

    private static Entry entry(String w) {
        return Hypocorisms.mayHold(w) ? ENTRIES.get(w) : null;
    }

    /** Whether a relative of the table's word ({@code e}) is another spelling of {@code y} (the same fold), both of
     *  {@link #SPELT} letters or more. */
    private static boolean throughSpelling(Entry e, String y) {
        if (y.length() < SPELT || e.folds().length == 0 || Arrays.binarySearch(e.folds(), RomanisationFold.foldHash(y)) < 0) {
            return false;   // no relative's fold hashes alike
        }
        char[] fy = RomanisationFold.folded(y);
        for (String f : e.relatives()) {
            if (f.length() >= SPELT && !f.equals(y) && Arrays.equals(RomanisationFold.folded(f), fy)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word's own bits (its {@link Hypocorisms#bit} in the table, and the bits of the table's words it folds like)
     * and its relatives' bits, as one long: own in the high half, relatives in the low. Two words {@link #related} have
     * the one's own bit among the other's relatives' ({@link #mayRelate}): a summary for bounding searches that joins
     * few unrelated words (a common name's many relatives no longer meet every other common name's, as they did when
     * each word kept its own and its relatives' bits together).
     */
    static long ownAndRelatives(String x) {
        long g = x.length() < SPELT ? 0 : FOLD_BITS.get(RomanisationFold.foldHash(x));
        Entry e = entry(x);
        return (e == null ? 0 : e.ownAndRelatives()) | (g & 0xFFFFFFFFL) << 32;
    }

    /** Whether two words of these {@link #ownAndRelatives} may be {@link #related}: false only when they are not. */
    static boolean mayRelate(long x, long y) {
        return ((x >>> 32) & y & 0xFFFFFFFFL) != 0 || ((y >>> 32) & x & 0xFFFFFFFFL) != 0;
    }

    /** {@link #ownAndRelatives} by {@link #secondBit}, own bits in the high 16 and relatives' in the low: a second test
     *  that two related words pass too, whose bits fall otherwise, so two unrelated words seldom pass both. */
    static int secondOwnAndRelatives(String x) {
        long g = x.length() < SPELT ? 0 : FOLD_BITS.get(RomanisationFold.foldHash(x));
        Entry e = entry(x);
        return (e == null ? 0 : e.secondOwnAndRelatives()) | (int) (g >>> 32) << 16;
    }

    /** Whether two words of these {@link #secondOwnAndRelatives} may be {@link #related}: false only when they are not. */
    static boolean mayRelateSecond(int x, int y) {
        return (x >>> 16 & y & 0xFFFF) != 0 || (y >>> 16 & x & 0xFFFF) != 0;
    }

    /** A word's one bit of sixteen for {@link #secondOwnAndRelatives}, by another mix of its hash than {@link
     *  Hypocorisms#bit}'s. */
    private static int secondBit(String w) {
        return 1 << ((w.hashCode() * 0x9E3779B1) >>> 28);
    }

    private static Map<String, Entry> entries() {
        Map<String, Entry> out = new HashMap<>();
        for (String w : Hypocorisms.words()) {
            Set<String> relatives = Hypocorisms.relatives(w);
            int[] h = relatives.stream().filter(f -> f.length() >= SPELT)
                    .mapToInt(RomanisationFold::foldHash).sorted().distinct().toArray();
            int first = 0;
            int second = 0;
            for (String r : relatives) {
                first |= Hypocorisms.bit(r);
                second |= secondBit(r);
            }
            out.put(w, new Entry(relatives, h, (Hypocorisms.bit(w) & 0xFFFFFFFFL) << 32 | (first & 0xFFFFFFFFL),
                    secondBit(w) << 16 | second));
        }
        return out;
    }

    /**
     * Per hash of a fold ({@link RomanisationFold#foldHash}), the bits of the table's words of {@link #SPELT} letters or
     * more of that fold: {@link Hypocorisms#bit}s in the low half, {@link #secondBit}s in the high; 0 for a fold no
     * such word has. Open addressing over primitives: it is asked of every query word, and a map keyed by boxed hashes
     * allocated a key for each.
     */
    private static final class FoldBits {
        private final int[] keys;
        private final long[] bits;
        private final int mask;

        FoldBits() {
            Map<Integer, Long> byFold = new HashMap<>();
            for (String w : Hypocorisms.words()) {
                if (w.length() >= SPELT) {
                    long b = (Hypocorisms.bit(w) & 0xFFFFFFFFL) | (long) secondBit(w) << 32;
                    byFold.merge(RomanisationFold.foldHash(w), b, (x, y) -> x | y);
                }
            }
            int size = Integer.highestOneBit(Math.max(16, byFold.size() * 4 - 1));
            keys = new int[size];
            bits = new long[size];
            mask = size - 1;
            byFold.forEach((fold, b) -> {
                int slot = slot(fold);
                while (bits[slot] != 0) {
                    slot = slot + 1 & mask;
                }
                keys[slot] = fold;
                bits[slot] = b;   // never 0: each word gives a bit of each kind
            });
        }

        long get(int fold) {
            for (int slot = slot(fold); bits[slot] != 0; slot = slot + 1 & mask) {
                if (keys[slot] == fold) {
                    return bits[slot];
                }
            }
            return 0;
        }

        private int slot(int fold) {
            int h = fold * 0x9E3779B1;
            return (h ^ h >>> 16) & mask;
        }
    }
}
