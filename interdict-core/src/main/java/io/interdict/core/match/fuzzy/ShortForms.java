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
    /** Per hash of a fold, the {@link Hypocorisms#groups} bits of the table's words of that fold (their own bits): a word
     *  spelt like a word of the table shares that word's bit with its relatives ({@link #groups}). */
    private static final Map<Integer, Integer> FOLD_BITS = foldBits();

    private record Entry(Set<String> relatives, int[] folds) {
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
     * The word's {@link Hypocorisms#groups}, with the bits of the table's words it folds like: two words {@link #related}
     * share a bit (a summary for bounding searches, {@link CoverageBound}; it may join unrelated words, never part
     * related ones: a short form's groups hold each of its names' bits, and a spelling of a name that name's bit).
     */
    static int groups(String x) {
        Integer g = x.length() < SPELT ? null : FOLD_BITS.get(RomanisationFold.foldHash(x));
        return Hypocorisms.groups(x) | (g == null ? 0 : g);
    }

    private static Map<String, Entry> entries() {
        Map<String, Entry> out = new HashMap<>();
        for (String w : Hypocorisms.words()) {
            Set<String> relatives = Hypocorisms.relatives(w);
            int[] h = relatives.stream().filter(f -> f.length() >= SPELT)
                    .mapToInt(RomanisationFold::foldHash).sorted().distinct().toArray();
            out.put(w, new Entry(relatives, h));
        }
        return out;
    }

    private static Map<Integer, Integer> foldBits() {
        Map<Integer, Integer> out = new HashMap<>();
        for (String w : Hypocorisms.words()) {
            if (w.length() >= SPELT) {
                out.merge(RomanisationFold.foldHash(w), Hypocorisms.bit(w), (a, b) -> a | b);
            }
        }
        return Map.copyOf(out);
    }
}
