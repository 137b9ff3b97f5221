package io.interdict.core.match.fuzzy;

import io.interdict.core.match.fuzzy.TokenAlignment.Side;
import io.interdict.core.names.TokenKind;

/**
 * An Arabic lineage name, the nasab, names a person's father and forefathers after "bin"/"ben"/"ibn" (the pipeline
 * writes all three "bin"), "bint" or "ould": "Seifallah ben Amor ben Hassine" is Seifallah, son of Amor. The words
 * before the first of them are the person's own name. When none of them pairs, and a word of the query's own name
 * pairs with a forefather's, the query names the father (or a brother, a cousin), not the person: "Amor Hassine" ~
 * "Seifallah ben Amor BEN HASSINE", "Muhammad bin Laden" ~ "Usama bin Muhammad bin Awad bin Ladin".
 */
final class Nasab {
    private Nasab() {
    }

    /** Whether one side's own name is unpaired while a word of the other side's own name pairs with its nasab. */
    static boolean fatherNamed(Side a, Side b, int[] pairOf) {
        int ownA = ownNameEnd(a);
        int ownB = ownNameEnd(b);
        boolean ownAPaired = false;
        boolean ownBPaired = false;
        boolean aOwnToBNasab = false;
        boolean bOwnToANasab = false;
        for (int i = 0; i < a.size(); i++) {
            int j = pairOf[i];
            if (j < 0 || a.kind[i] == TokenKind.PARTICLE) {
                continue;
            }
            ownAPaired |= i < ownA && a.kind[i] == TokenKind.WORD;
            ownBPaired |= j < ownB && b.kind[j] == TokenKind.WORD;
            aOwnToBNasab |= i < ownA && j > ownB && a.kind[i] == TokenKind.WORD;
            bOwnToANasab |= j < ownB && i > ownA && b.kind[j] == TokenKind.WORD;
        }
        return aOwnToBNasab && !ownBPaired && hasWord(b, ownB) || bOwnToANasab && !ownAPaired && hasWord(a, ownA);
    }

    /**
     * How many of a side's unpaired ({@code m} 0) words name a forefather in the middle of its nasab: a word after a
     * lineage particle with a paired word after it ("Muhammad" and "Awad" of "Usama bin Muhammad bin Awad bin Ladin"
     * against "Osama bin Laden"). A short form keeps the person's own name and the last of the chain, the family's, and
     * leaves out the fathers between.
     */
    static int unpairedForefathers(Side s, double[] m) {
        int lastPaired = lastPairedWord(s, m);
        int n = 0;
        for (int i = 1; i < lastPaired; i++) {
            n += m[i] == 0 && s.kind[i] == TokenKind.WORD && s.kind[i - 1] == TokenKind.PARTICLE && lineage(s.text[i - 1])
                    ? 1 : 0;
        }
        return n;
    }

    /**
     * The weight ({@link InterdictV1#weight}) a short form of the name need not cover: of each unpaired forefather
     * ({@link #unpairedForefathers}) all but a particle's, and the unpaired lineage particles between the person's own
     * name and the side's last paired word; 0 unless the side's first word, the person's own name, is paired.
     */
    static double unpairedForefathersWeight(Side s, double[] m) {
        int first = 0;
        while (first < s.size() && s.kind[first] != TokenKind.WORD) {
            first++;
        }
        if (first >= s.size() || m[first] == 0) {
            return 0;
        }
        int lastPaired = lastPairedWord(s, m);
        double words = 0;
        double particles = 0;
        for (int i = first + 1; i < lastPaired; i++) {
            if (m[i] == 0 && s.kind[i] == TokenKind.WORD && s.kind[i - 1] == TokenKind.PARTICLE && lineage(s.text[i - 1])) {
                // weighs as a particle, no more: the short form says less than the full name
                words += InterdictV1.weight(TokenKind.WORD, true) - InterdictV1.weight(TokenKind.PARTICLE, true);
            } else if (m[i] == 0 && s.kind[i] == TokenKind.PARTICLE && lineage(s.text[i])) {
                particles += InterdictV1.weight(TokenKind.PARTICLE, true);
            }
        }
        return words > 0 ? words + particles : 0;
    }

    /** The index of the side's last paired word, or -1. */
    private static int lastPairedWord(Side s, double[] m) {
        for (int i = s.size() - 1; i >= 0; i--) {
            if (m[i] > 0 && s.kind[i] == TokenKind.WORD) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first lineage particle, or the side's size when there is none. */
    static int ownNameEnd(Side s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.kind[i] == TokenKind.PARTICLE && lineage(s.text[i])) {
                return i;
            }
        }
        return s.size();
    }

    private static boolean hasWord(Side s, int end) {
        if (end >= s.size()) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            if (s.kind[i] == TokenKind.WORD) {
                return true;
            }
        }
        return false;
    }

    private static boolean lineage(String word) {
        return word.equals("bin") || word.equals("bint") || word.equals("binti") || word.equals("ould");
    }
}
