package io.interdict.core.match.fuzzy;

import io.interdict.core.names.TokenKind;
import io.interdict.core.names.WordLists;
import java.util.ArrayList;
import java.util.List;

/**
 * A query word of two or three letters that no listed name holds and that is one edit from a stopword or
 * a particle ("TEH" for "the", "ND" for "and", "VEN" for "ben"): a misspelt small word (interdict-v2).
 * The pipeline drops stopwords and folds particles ("ben" -> "bin"), so the slip finds nothing to pair
 * with and would count as a word of the name the list lacks; it is no evidence either way and weighs
 * nothing. A word the lists hold ("he", "en", "be": names of their own) is never one.
 */
final class SmallWordSlip {
    /** Stopwords and particles of two to four letters, with the spellings the pipeline folds to a particle. */
    private static final List<String> SMALL = small();

    private SmallWordSlip() {
    }

    private static List<String> small() {
        java.util.Set<String> words = new java.util.TreeSet<>();
        for (String w : WordLists.STOPWORDS) {
            words.add(w);
        }
        WordLists.WORD_KINDS.forEach((w, k) -> {
            if (k == TokenKind.PARTICLE) {
                words.add(w);
            }
        });
        WordLists.ABBREVIATIONS.forEach((w, canonical) -> {
            if (WordLists.WORD_KINDS.get(canonical) == TokenKind.PARTICLE && WordLists.typedVariant(w)) {
                words.add(w);   // "ben", folded to "bin"
            }
        });
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (w.length() >= 2 && w.length() <= 4 && w.chars().allMatch(Character::isLetter)) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    /** Whether an unheld word is one edit from a small word (and is not one itself). */
    static boolean slip(String t) {
        if (t.length() < 2 || t.length() > 3) {
            return false;
        }
        for (String w : SMALL) {
            if (TokenSimilarity.osaWithin(t, w, 1) == 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Per query token: unpaired, a word of the query as written that the lists do not hold, a slip of a small word,
     * beside at least two other words paired closely (so the rest of the name carries it: not "Marc Cle Ton" ~ "MARKU,
     * Ton", "marc" ~ "marku" loose); null when none is.
     */
    static boolean[] of(TokenAlignment.Side a, double[] ma, InterdictV2.ListContext list, int queryTokens) {
        if (list == null || list.known() == null || a.size() != queryTokens || list.known().length != queryTokens) {
            return null;
        }
        int paired = 0;
        for (int i = 0; i < a.size(); i++) {
            paired += ma[i] >= InterdictV2.CLOSE && (a.kind[i] == TokenKind.WORD || a.kind[i] == TokenKind.GENERIC) ? 1 : 0;
        }
        if (paired < 2) {
            return null;
        }
        boolean[] out = null;
        for (int i = 0; i < a.size(); i++) {
            if (ma[i] == 0 && a.kind[i] == TokenKind.WORD && !list.known()[i] && slip(a.text[i])) {
                if (out == null) {
                    out = new boolean[a.size()];
                }
                out[i] = true;
            }
        }
        return out;
    }
}
