package io.interdict.core.match.fuzzy;

import io.interdict.core.names.Hypocorisms;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A given name and its short form ({@link Hypocorisms}: "kate" ~ "katherine"), also through another spelling of the
 * name (interdict-v2): a short form of one spelling is one of every spelling {@link RomanisationFold} folds alike, which
 * are one name, not two ("kate", Katherine's, ~ "catherine"; "misha", Mikhail's, ~ "michail"). The tables list a short
 * form beside one or two spellings of its name; the records write the others.
 */
final class ShortForms {
    /** The table's words by their folds' hashes, each word's groups: a word of another spelling shares the groups of
     *  the table's words it folds like ({@link #groups}). */
    private static final Map<String, Integer> FOLD_GROUPS = foldGroups();

    /** The fewest letters of a spelling read through its fold. */
    private static final int SPELT = 4;

    private ShortForms() {
    }

    /** Whether one word is a short form of the other, by the table or through a spelling of the name. */
    static boolean related(String x, String y) {
        return Hypocorisms.related(x, y) || throughSpelling(x, y) || throughSpelling(y, x);
    }

    /** Whether a word of the table related to {@code x} is another spelling of {@code y} (the same fold), both of four
     *  letters or more: short words fold alike too easily ("li", a family name, folds as "lee", Leroy's short form). */
    private static boolean throughSpelling(String x, String y) {
        Set<String> relatives = Hypocorisms.relatives(x);
        if (relatives.isEmpty() || y.length() < SPELT) {
            return false;
        }
        char[] fy = RomanisationFold.folded(y);
        for (String f : relatives) {
            // Lengths first: a fold is at most twice its word, and a spelling's fold is as long as the name's.
            if (f.length() >= SPELT && !f.equals(y) && 2 * f.length() >= fy.length && 2 * y.length() >= f.length()
                    && Arrays.equals(RomanisationFold.folded(f), fy)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word's {@link Hypocorisms#groups}, with those of the table's words it folds like: two words {@link #related}
     * share a bit (a summary for bounding searches, {@link CoverageBound}; it may join unrelated words, never part
     * related ones).
     */
    static int groups(String x) {
        Integer g = x.length() < SPELT ? null : FOLD_GROUPS.get(RomanisationFold.of(x));
        return Hypocorisms.groups(x) | (g == null ? 0 : g);
    }

    private static Map<String, Integer> foldGroups() {
        Map<String, Integer> out = new HashMap<>();
        for (String w : Hypocorisms.words()) {
            if (w.length() >= SPELT) {
                out.merge(RomanisationFold.of(w), Hypocorisms.groups(w), (a, b) -> a | b);
            }
        }
        return Map.copyOf(out);
    }
}
