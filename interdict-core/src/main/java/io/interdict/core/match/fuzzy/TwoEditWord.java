package io.interdict.core.match.fuzzy;

import io.interdict.core.match.fuzzy.TokenAlignment.Side;
import io.interdict.core.names.TokenKind;

/**
 * Compared pairwise, two person names whose words all pair closely but one on each side, those two at most two edits
 * apart, in the same place among the words both share ("John Doe" ~ "John Down", "Shi Jinping" ~ "Xi Jinping"; not
 * "Kim Jong-un" ~ "Kim Yo-jong"): the labelled pairs
 * call such a pair the same person (13 of 14 tuning pairs whose one differing word is two edits from the other's; 52 of
 * 55 three edits or more apart, another), and the alignment, whose floor keeps short words two edits apart unpaired,
 * would leave both words to conflict. They pair as a slip does (interdict-v2; never against a list, where a two-edit
 * word beside a shared given name is mostly another person of the list's thousands; nor, InterdictV2 decides, between
 * two names of Korean syllables, whose given names of a syllable or two meet so: "KIM YONG CHOL" ~ "KIM YONG CHUN").
 */
final class TwoEditWord {
    private TwoEditWord() {
    }

    /**
     * Pairs side a's one unpaired word with side b's, when every other word of both sides is paired closely (at least
     * {@code close}) and the two are at most two edits apart; returns the index in a, or -1 (nothing changed).
     */
    static int pair(Side a, Side b, int[] pairOf, double[] ma, double[] mb, double close) {
        int i = loneUnpaired(a, ma, close);
        if (i < 0) {
            return -1;
        }
        int j = loneUnpaired(b, mb, close);
        int edits = j < 0 ? 3 : TokenSimilarity.osaWithin(a.text[i], b.text[j], 2);
        // Two edits that leave nothing of a word are no slip: two words of two letters are two edits apart whatever they
        // are ("John Li" ~ "John Xu"); "Xi" ~ "Shi" keeps its i.
        // Nor two that change both ends of a word: a slip keeps a word's first letter or its last ("Xi" ~ "Shi",
        // "Berg" ~ "Burk"); "Mai" ~ "Lan" keeps only a middle letter, another name.
        if (edits > 2 || edits >= Math.max(a.text[i].length(), b.text[j].length()) || edits == 2 && !sameEnd(a.text[i], b.text[j])
                || !inOrder(pairOf, i, j)) {
            return -1;
        }
        double s = Math.max(TokenSimilarity.editRatio(a.text[i], b.text[j]), 0.01);
        pairOf[i] = j;
        ma[i] = s;
        mb[j] = s;
        return i;
    }

    /** Whether the two words begin with the same letter or end with the same letter. */
    private static boolean sameEnd(String s, String t) {
        return s.charAt(0) == t.charAt(0) || s.charAt(s.length() - 1) == t.charAt(t.length() - 1);
    }

    /** Whether every pair, with i paired to j, keeps both names' word order: the two words stand in the same place among
     *  the words both names share ("Kim Jong-un" ~ "Kim Yo-jong" is another given name, its syllables reordered). */
    private static boolean inOrder(int[] pairOf, int i, int j) {
        int last = -1;
        for (int k = 0; k < pairOf.length; k++) {
            int to = k == i ? j : pairOf[k];
            if (to < 0) {
                continue;
            }
            if (to < last) {
                return false;
            }
            last = to;
        }
        return true;
    }

    /** The side's one unpaired word when each of its other words pairs at {@code close} or more and one at least does;
     *  else -1. */
    private static int loneUnpaired(Side s, double[] m, double close) {
        int unpaired = -1;
        boolean closePair = false;
        for (int k = 0; k < s.size(); k++) {
            if (s.kind[k] != TokenKind.WORD) {
                continue;
            }
            if (m[k] == 0) {
                if (unpaired >= 0) {
                    return -1;
                }
                unpaired = k;
            } else if (m[k] < close) {
                return -1;
            } else {
                closePair = true;
            }
        }
        return closePair ? unpaired : -1;
    }
}
