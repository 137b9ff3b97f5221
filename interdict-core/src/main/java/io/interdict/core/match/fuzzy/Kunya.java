package io.interdict.core.match.fuzzy;

import io.interdict.core.match.fuzzy.TokenAlignment.Side;
import io.interdict.core.names.TokenKind;

/**
 * A kunya names a person as the father or mother of a child: "Abu Maryam" is Maryam's father, "Umm Ali" Ali's mother.
 * The child's name is not the person's own: "Maryam al-Zahrani", a woman, is not "AL-ZAHRANI, Abu Maryam", nor is
 * "Eli Kedar" (אלי קדר, read "aly qdr") "KHODR, Abu Ali". A word that follows "abu" or "umm" on one side only, paired
 * with a word the other side writes without the kunya before it, is such a child's name taken for a given name.
 * "أبو بكر" is read "abw bkr": a kunya word of another script's reading counts, and the kunya of one side paired with
 * the word before on the other ("abw" ~ "abu") is the same kunya.
 */
final class Kunya {
    private Kunya() {
    }

    /** The word pairs in which one word is a kunya's child and its pair is not. */
    static int childPaired(Side a, Side b, int[] pairOf) {
        int count = 0;
        for (int i = 0; i < a.size(); i++) {
            int j = pairOf[i];
            if (j < 0 || a.kind[i] != TokenKind.WORD || b.kind[j] != TokenKind.WORD) {
                continue;
            }
            boolean childA = i > 0 && kunya(a.text[i - 1]);
            boolean childB = j > 0 && kunya(b.text[j - 1]);
            if (childA != childB && !(i > 0 && j > 0 && pairOf[i - 1] == j - 1)) {
                count++;
            }
        }
        return count;
    }

    /** "abu", "umm", and "abw", how the pipeline reads أبو. */
    static boolean kunya(String word) {
        return word.equals("abu") || word.equals("umm") || word.equals("abw");
    }
}
