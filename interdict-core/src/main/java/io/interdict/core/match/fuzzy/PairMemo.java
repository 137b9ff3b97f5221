package io.interdict.core.match.fuzzy;

import io.interdict.core.names.TokenKind;

/**
 * One query's token-pair similarities, kept while its candidates are scored: the candidates of a query
 * share words ("MOHAMMAD", "ALI"), so the same query word meets the same list word again and again.
 * A similarity depends only on the two words as prepared (text and kind; their phonetic code, skeleton
 * and letters follow from those) and on the version's second opinion. Direct-mapped: a pair evicts the one in its slot, and
 * a pair not found is worked out again, so a memo gives the same similarity as none. One thread.
 */
final class PairMemo {
    private static final int SLOTS = 256;

    private final ScoringName query;
    private final String[] word = new String[SLOTS];
    private final int[] tokenAndKind = new int[SLOTS];
    private final InterdictV1.PairOpinion[] opinion = new InterdictV1.PairOpinion[SLOTS];
    private final double[] similarity = new double[SLOTS];

    /** A memo for the candidates of this prepared query name. */
    PairMemo(ScoringName query) {
        this.query = query;
    }

    /** Whether side a is this memo's query name, its tokens as prepared (none glued): token i is the query's. */
    boolean covers(InterdictV1.Side a) {
        return a.text == query.text;
    }

    /** {@code a.similarity(i, b, j)} for a side {@link #covers} accepts. */
    double similarity(InterdictV1.Side a, int i, InterdictV1.Side b, int j) {
        String y = b.text[j];
        TokenKind ky = b.kind[j];
        int key = i << 8 | ky.ordinal();
        int h = y.hashCode() * 31 + key;
        h ^= h >>> 15;
        h *= 0x2c1b3c6d;
        h ^= h >>> 12;
        int slot = h & (SLOTS - 1);
        String kept = word[slot];
        if (tokenAndKind[slot] == key && opinion[slot] == a.opinion && kept != null && (kept == y || kept.equals(y))) {
            return similarity[slot];
        }
        double s = a.similarity(i, b, j);
        word[slot] = y;
        tokenAndKind[slot] = key;
        opinion[slot] = a.opinion;
        similarity[slot] = s;
        return s;
    }
}
