package io.interdict.core.match.fuzzy;

import io.interdict.core.names.TokenKind;

/**
 * An upper bound of a Latin candidate's {@code interdict-v2} score, worked out before the alignment: in a search most
 * candidates (95 % of the screening queries') share one word with the query and score far below
 * {@link FuzzyMatcher#MIN_CANDIDATE_SCORE}; proving that from the words' lengths and letter sets skips their alignment.
 *
 * <p>Exact, never a guess: {@link #below} is true only when {@link InterdictV2}'s value is certainly below the floor.
 * The proof, for two names neither of which is read from another script (there the second opinions across scripts may
 * pair any two words):
 * <ul>
 * <li>no glueing: the side with more words has no run that {@link InterdictV1.Side#mergeAgainst} could glue (its own
 *     length and letter tests, and no acronym its first letters spell); otherwise there is no bound;</li>
 * <li>a word pair is certainly unpaired (similarity 0) when neither is a particle, their letter sets or lengths put
 *     the edit distance beyond what {@link InterdictV1#textSimilarity} accepts, their phonetic codes differ, their
 *     skeletons are as far apart, and they are neither two words the romanisation folds may join ({@link
 *     InterdictV2#foldable}) nor a two- and a three-letter word ({@link InterdictV2#SHORT}); initials and numbers
 *     exactly as {@link InterdictV1.Side#similarity} pairs them; every other pair may pair at 1;</li>
 * <li>so each side's coverage is at most the weight of its words that may pair over that weight plus the weight of
 *     the words that cannot (a query word of two or three letters may be a misspelt small word that weighs nothing,
 *     {@link SmallWordSlip}: left out), and the conflict at most minus the weight each side certainly leaves
 *     unpaired;</li>
 * <li>every other feature of the table only subtracts, and the value is clamped to [0, 1]: so coverage plus conflict
 *     below the floor puts the value below it.</li>
 * </ul>
 * A property test compares the bound with the full score on random names ({@code CoverageBoundPropertiesTest}).
 */
final class CoverageBound {
    /** Rounding room: the score sums its weights in another order than the bound. */
    private static final double ROUNDING = 1e-9;

    private CoverageBound() {
    }

    /** Whether {@code InterdictV2.value(q, c, …, floor)} is certainly below {@code floor}; false when not provable. */
    static boolean below(ScoringName q, ScoringName c, double floor) {
        int n = q.size();
        int m = c.size();
        if (n == 0 || m == 0 || q.prepared.transliterated() || c.prepared.transliterated()) {
            return false;
        }
        boolean person = q.schema().isPerson() || c.schema().isPerson();
        if (n > m ? mayGlue(q, c, !person) : m > n && mayGlue(c, q, !person)) {
            return false;
        }
        // Bits of the words that may pair (names longer than 64 words are not bounded).
        if (n > 64 || m > 64) {
            return false;
        }
        long pairableA = 0;
        long pairableB = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if ((pairableA & 1L << i) != 0 && (pairableB & 1L << j) != 0) {
                    continue;
                }
                if (mayPair(q, i, c, j)) {
                    pairableA |= 1L << i;
                    pairableB |= 1L << j;
                }
            }
        }
        double possibleA = 0;
        double certainMissA = 0;   // also the weight left in the denominator
        double unpairedNumbersA = 0;
        for (int i = 0; i < n; i++) {
            double w = InterdictV1.weight(q.kind[i], person);
            if ((pairableA & 1L << i) != 0) {
                possibleA += w;
            } else if (!(q.kind[i] == TokenKind.WORD && q.text[i].length() >= 2 && q.text[i].length() <= 3)) {
                if (q.kind[i] == TokenKind.NUMBER) {
                    unpairedNumbersA += w;
                } else {
                    certainMissA += w;
                }
            }
        }
        double possibleB = 0;
        double certainMissB = 0;
        double unpairedNumbersB = 0;
        for (int j = 0; j < m; j++) {
            double w = InterdictV1.weight(c.kind[j], person);
            if ((pairableB & 1L << j) != 0) {
                possibleB += w;
            } else if (c.kind[j] == TokenKind.NUMBER) {
                unpairedNumbersB += w;
            } else {
                certainMissB += w;
            }
        }
        double covA = coverage(possibleA, certainMissA + unpairedNumbersA);
        double covB = coverage(possibleB, certainMissB + unpairedNumbersB);
        double coverage = InterdictV1.COVERAGE_BEST * Math.max(covA, covB) + InterdictV1.COVERAGE_OTHER * Math.min(covA, covB);
        double conflict = -InterdictV1.CONFLICT * Math.min(certainMissA, certainMissB);
        return coverage + conflict + ROUNDING < floor;
    }

    /** A side's coverage at most: the weight that may pair over itself and the weight that cannot. */
    private static double coverage(double possible, double unpaired) {
        return possible == 0 ? 0.0 : possible / (possible + unpaired);
    }

    /**
     * Whether {@code Side.similarity(i, j)} (version 2, within one script) may be above 0; false only when it is
     * certainly 0.
     */
    static boolean mayPair(ScoringName a, int i, ScoringName b, int j) {
        TokenKind kx = a.kind[i];
        TokenKind ky = b.kind[j];
        if (kx == TokenKind.PARTICLE || ky == TokenKind.PARTICLE) {
            return true;
        }
        String x = a.text[i];
        String y = b.text[j];
        if (kx == TokenKind.NUMBER || ky == TokenKind.NUMBER) {
            return x.equals(y);
        }
        if (kx == TokenKind.INITIAL || ky == TokenKind.INITIAL) {
            return kx != ky ? x.charAt(0) == y.charAt(0) : x.equals(y);
        }
        // Words (or generic words) on both sides: InterdictV1.textSimilarity, then the skeletons, then SHORT's opinion.
        int lx = x.length();
        int ly = y.length();
        int max = Math.max(lx, ly);
        int min = Math.min(lx, ly);
        boolean hopeless = 1.0 - (double) (max - min) / max < InterdictV1.PAIR_FLOOR && max - min > InterdictV1.TYPO_EDITS;
        if (!hopeless) {
            int k = Math.max(min >= 3 ? 1 : 0, Math.max(max >= InterdictV1.TYPO_MIN_LENGTH ? InterdictV1.TYPO_EDITS : 0,
                    TokenSimilarity.floorToInt((1.0 - InterdictV1.PAIR_FLOOR) * max + 1e-9)));
            if (Math.max(max - min, TokenSimilarity.lettersApart(a.letters[i], b.letters[j])) <= k) {
                return true;
            }
        }
        String px = a.phonetic[i];
        if (px != null && px.equals(b.phonetic[j])) {
            return true;
        }
        if (kx == TokenKind.WORD && ky == TokenKind.WORD
                && (InterdictV2.foldable(x, kx, y, ky) || min == 2 && max == 3)) {
            return true;
        }
        // The skeletons' ratio, less the discount, must reach the floor for a pair the spelling rejects.
        String sx = a.skeleton[i];
        String sy = b.skeleton[j];
        int sMax = Math.max(sx.length(), sy.length());
        if (sMax == 0) {
            return true;
        }
        int apart = Math.max(Math.abs(sx.length() - sy.length()),
                TokenSimilarity.lettersApart(a.skeletonLetters[i], b.skeletonLetters[j]));
        return 1.0 - (double) apart / sMax - InterdictV1.SKELETON_DISCOUNT >= InterdictV1.PAIR_FLOOR;
    }

    /**
     * Whether {@code Side.mergeAgainst} may glue a run of {@code longer}'s words against {@code other}: an acronym its
     * first letters spell (when {@code acronyms}), or a run whose length and letters pass the merge's own first tests.
     */
    static boolean mayGlue(ScoringName longer, ScoringName other, boolean acronyms) {
        int size = longer.size();
        for (int j = 0; acronyms && j < other.size(); j++) {
            String acr = other.text[j];
            int len = acr.length();
            if (len < 3 || len > 5 || other.size() < 2 || other.kind[j] != TokenKind.WORD) {
                continue;
            }
            for (int i = 0; i + len <= size; i++) {
                boolean spells = true;
                for (int k = 0; k < len && spells; k++) {
                    TokenKind kk = longer.kind[i + k];
                    spells = (kk == TokenKind.WORD || kk == TokenKind.GENERIC || kk == TokenKind.INITIAL)
                            && longer.text[i + k].charAt(0) == acr.charAt(k);
                }
                if (spells) {
                    return true;
                }
            }
        }
        for (int len = 3; len >= 2; len--) {
            for (int i = 0; i + len <= size; i++) {
                int gluedLength = 0;
                long gluedLetters = 0;
                boolean ok = true;
                for (int k = i; k < i + len; k++) {
                    if (longer.kind[k] == TokenKind.NUMBER) {
                        ok = false;
                        break;
                    }
                    gluedLength += longer.text[k].length();
                    gluedLetters |= longer.letters[k];
                }
                if (!ok) {
                    continue;
                }
                for (int j = 0; j < other.size(); j++) {
                    String y = other.text[j];
                    int max = Math.max(y.length(), gluedLength);
                    if (y.length() < 4 || other.kind[j] == TokenKind.NUMBER
                            || Math.abs(y.length() - gluedLength) > (1 - InterdictV1.MERGE_MIN) * max
                            || TokenSimilarity.lettersApart(gluedLetters, other.letters[j])
                                    > TokenSimilarity.floorToInt((1.0 - InterdictV1.MERGE_MIN) * max + 1e-9)) {
                        continue;
                    }
                    return true;
                }
            }
        }
        return false;
    }
}
