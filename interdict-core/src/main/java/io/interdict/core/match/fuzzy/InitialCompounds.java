package io.interdict.core.match.fuzzy;

import io.interdict.core.match.fuzzy.TokenAlignment.Side;
import io.interdict.core.names.TokenKind;
import java.util.Set;

/**
 * An initial written for an Arabic compound name stands for the whole compound: "HANI A. TILFAH AL-TIKRITI" writes "A."
 * for "ABD-AL-LATIF", "SAIF A. QADHAFI" for "AL-ARAB", and the alignment, pairing the initial with the compound's first
 * word ("abd", "al"), left the rest of the compound over: "latif" unpaired, the name met at 0.67 (and, the words it did
 * pair being common in the lists, {@code common_words_only}). Once the initial pairs a compound's head, the words the
 * compound runs on to are paired by it too, as closely as the initial.
 *
 * <p>A compound is a head followed by its name: "abd" (or "abdul", "abdel", "abdal", "abdol", the article written on)
 * with the article ("al", "el", "ul") and a word, or without it a word; or the article alone and a word ("al-Majid",
 * "al-Arab"). Words already paired stay as they are; a compound whose name is paired already is not covered again.
 */
final class InitialCompounds {
    private InitialCompounds() {
    }

    private static final Set<String> HEADS = Set.of("abd", "abdul", "abdel", "abdal", "abdol");
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul");

    /**
     * Pairs the rest of each compound one side's initial is paired with the head of; {@code pairOf} pairs a's tokens
     * with b's.
     */
    static void cover(Side a, Side b, int[] pairOf, double[] ma, double[] mb) {
        for (int i = 0; i < a.size(); i++) {
            int j = pairOf[i];
            if (j < 0) {
                continue;
            }
            if (a.kind[i] == TokenKind.INITIAL && b.kind[j] != TokenKind.INITIAL) {
                extend(b, j, mb, ma[i]);
            } else if (b.kind[j] == TokenKind.INITIAL && a.kind[i] != TokenKind.INITIAL) {
                extend(a, i, ma, mb[j]);
            }
        }
    }

    /** The index of the compound's last word when side s holds one whose head is token h; else -1. */
    static int compoundEnd(String[] text, TokenKind[] kind, int size, int h) {
        String head = text[h];
        int k = h + 1;
        if (HEADS.contains(head)) {
            if (k < size && ARTICLES.contains(text[k]) && kind[k] == TokenKind.PARTICLE) {
                k++;
            }
        } else if (!(ARTICLES.contains(head) && kind[h] == TokenKind.PARTICLE)) {
            return -1;
        }
        return k < size && kind[k] == TokenKind.WORD && !ARTICLES.contains(text[k]) ? k : -1;
    }

    /** Whether the name holds a compound an initial may stand for. */
    static boolean holdsCompound(String[] text, TokenKind[] kind) {
        for (int h = 0; h < text.length; h++) {
            if (compoundEnd(text, kind, text.length, h) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Covers, with the initial's {@code similarity}, the rest of the compound whose head is token h of side s, the
     * initial's pair; or, where that compound's name is paired already, of another compound of the side whose head
     * begins with the same letter and whose name is unpaired (articles are alike: "ALI HASSAN A. AL-TIKRITI" ~ "ALI HASSAN
     * AL-MAJID AL-TIKRITI" may pair "A." with the second "al" and the query's "al" with the first).
     */
    private static void extend(Side s, int h, double[] m, double similarity) {
        if (cover(s, h, m, similarity)) {
            return;
        }
        char first = s.text[h].charAt(0);
        for (int k = 0; k < s.size(); k++) {
            if (k != h && s.text[k].charAt(0) == first && cover(s, k, m, similarity)) {
                return;
            }
        }
    }

    /** Covers the unpaired words of the compound headed by token h when its name is unpaired; whether it did. */
    private static boolean cover(Side s, int h, double[] m, double similarity) {
        int end = compoundEnd(s.text, s.kind, s.size(), h);
        if (end < 0 || m[end] != 0) {
            return false;
        }
        for (int k = h + 1; k <= end; k++) {
            if (m[k] == 0) {
                m[k] = similarity;
            }
        }
        return true;
    }
}
