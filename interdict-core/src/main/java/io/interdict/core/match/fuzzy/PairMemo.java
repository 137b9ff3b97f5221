package io.interdict.core.match.fuzzy;

import io.interdict.core.names.TokenKind;

/**
 * One query's token-pair similarities, kept while its candidates are scored: the candidates of a query
 * share words ("MOHAMMAD", "ALI"), so the same query word meets the same list word again and again.
 * A similarity depends only on the two words as prepared (text and kind; their phonetic code, skeleton
 * and letters follow from those) and on the version's second opinion. Direct-mapped: a pair evicts the one in its slot, and
 * a pair not found is worked out again, so a memo gives the same similarity as none.
 *
 * <p>One memo per thread ({@link #forQuery}), started again for each query: a slot filled for an earlier
 * query carries that query's stamp and answers nothing, so a search allocates no memo and its slots stay
 * in the processor's nearest cache. (Kept across queries instead, a table large enough to hold a batch's
 * pairs was measured slower: its slots and words are far apart in memory, and reading them cost more than
 * the pairs it saved.) One thread.
 */
final class PairMemo {
    private static final int DEFAULT_SLOTS = 256;
    private static final PerThread<PairMemo> THREAD = PerThread.withInitial(() -> new PairMemo(DEFAULT_SLOTS));

    private final int mask;
    private ScoringName query;
    /** The opinion on the query's pairs with a Latin candidate when the query is read from another script (it
     *  depends on the query's text alone), once worked out for the query; null until then. */
    private TokenAlignment.PairOpinion foreignQueryOpinion;
    /** The current query's stamp; a slot is filled for it when its stamp is this. */
    private int generation;
    private final int[] stamp;
    private final String[] word;
    private final int[] tokenAndKind;
    /** The hash of each slot's word: a slot held by another word is told from it without reading that word's string. */
    private final int[] wordHash;
    private final TokenAlignment.PairOpinion[] opinion;
    private final double[] similarity;
    /** The query's runs of two and three tokens glued (TokenAlignment.Side#mergeAgainst, #mergeByOpinion), per first
     *  token (the first {@link #RUN_STARTS}), with the stamp of the query they were glued for. */
    private static final int RUN_STARTS = 32;
    private final String[] runs = new String[2 * RUN_STARTS];
    private final int[] runStamp = new int[2 * RUN_STARTS];

    /** A memo of {@code slots} pairs (a power of two; tests use few to make pairs collide), for no query yet. */
    PairMemo(int slots) {
        if (slots <= 0 || Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        mask = slots - 1;
        stamp = new int[slots];
        word = new String[slots];
        tokenAndKind = new int[slots];
        wordHash = new int[slots];
        opinion = new TokenAlignment.PairOpinion[slots];
        similarity = new double[slots];
        acrossMask = 16 * slots - 1;
        acrossX = new String[16 * slots];
        acrossY = new String[16 * slots];
        acrossKinds = new int[16 * slots];
        acrossKey = new int[16 * slots];
        acrossOpinion = new TokenAlignment.PairOpinion[16 * slots];
        acrossSimilarity = new double[16 * slots];
    }

    // Pairs read across scripts, kept across queries: their opinions (CrossScript, ConsonantReading) cost many times
    // a spelling's, and the words of names in other scripts recur from query to query ("li", "wang", "mohammad"). A pair's
    // similarity depends only on the two words as prepared (text and kind) and the opinion (see above), so a pair found
    // here has the similarity worked out again would give. Direct-mapped; a pair evicts the one in its slot.
    // Sixteen times the memo's slots (4,096 by default: a few queries' pairs across scripts).
    private final int acrossMask;
    private final String[] acrossX;
    private final String[] acrossY;
    private final int[] acrossKinds;
    /** Each entry's hash before mixing ({@link #acrossKey}): an entry of another pair is told from it without reading
     *  its strings. */
    private final int[] acrossKey;
    private final TokenAlignment.PairOpinion[] acrossOpinion;
    private final double[] acrossSimilarity;

    /** {@code a.similarity(i, b, j)} for a pair under a second opinion across scripts, kept across queries. */
    private double acrossScripts(TokenAlignment.Side a, int i, TokenAlignment.Side b, int j, int textHash) {
        String x = a.text[i];
        String y = b.text[j];
        int kinds = a.kind[i].ordinal() << 8 | b.kind[j].ordinal();
        int key = acrossKey(x, textHash, kinds);
        int slot = acrossSlot(key);
        String kx = acrossX[slot];
        if (kx != null && acrossKey[slot] == key && acrossKinds[slot] == kinds && acrossOpinion[slot] == a.opinion
                && (kx == x || kx.equals(x))) {
            String ky = acrossY[slot];
            if (ky == y || ky.equals(y)) {
                return acrossSimilarity[slot];
            }
        }
        double s = a.similarity(i, b, j);
        acrossKey[slot] = key;
        acrossX[slot] = x;
        acrossY[slot] = y;
        acrossKinds[slot] = kinds;
        acrossOpinion[slot] = a.opinion;
        acrossSimilarity[slot] = s;
        return s;
    }

    /** Marks an entry of the table across scripts that holds an opinion alone ({@link #opinion(TokenAlignment.PairOpinion,
     *  String, TokenKind, String, TokenKind)}), not a pair's similarity: kinds take the bits below. */
    private static final int OPINION_ALONE = 1 << 16;

    /**
     * {@code opinion.similarity(x, kx, y, ky, 0.0)}, kept across queries in the table of pairs across scripts: the opinion
     * {@link TokenAlignment.Side#mergeByOpinion} asks of a run glued and of its words against each word of the other side
     * (those words recur from candidate to candidate: "mohammed", "abdullah"). It depends on the two words, their kinds
     * and the opinion alone.
     */
    double opinion(TokenAlignment.PairOpinion opinion, String x, TokenKind kx, String y, TokenKind ky) {
        int kinds = OPINION_ALONE | kx.ordinal() << 8 | ky.ordinal();
        int key = acrossKey(x, y.hashCode(), kinds);
        int slot = acrossSlot(key);
        String kx2 = acrossX[slot];
        if (kx2 != null && acrossKey[slot] == key && acrossKinds[slot] == kinds && acrossOpinion[slot] == opinion
                && (kx2 == x || kx2.equals(x))) {
            String ky2 = acrossY[slot];
            if (ky2 == y || ky2.equals(y)) {
                return acrossSimilarity[slot];
            }
        }
        double s = opinion.similarity(x, kx, y, ky, 0.0);
        acrossKey[slot] = key;
        acrossX[slot] = x;
        acrossY[slot] = y;
        acrossKinds[slot] = kinds;
        acrossOpinion[slot] = opinion;
        acrossSimilarity[slot] = s;
        return s;
    }

    private static int acrossKey(String x, int yHash, int kinds) {
        return (x.hashCode() * 31 + yHash) * 31 + kinds;
    }

    private int acrossSlot(int key) {
        int h = key;
        h ^= h >>> 15;
        h *= 0x2c1b3c6d;
        h ^= h >>> 12;
        return h & acrossMask;
    }

    /** This thread's memo, started for this prepared query name (what it kept for earlier queries is dropped). */
    static PairMemo forQuery(ScoringName query) {
        return THREAD.get().start(query);
    }

    /** Starts keeping the similarities of {@code q}'s tokens; returns this memo. */
    PairMemo start(ScoringName q) {
        query = q;
        foreignQueryOpinion = null;
        if (++generation == 0) {   // the stamps went round: no slot may look filled
            java.util.Arrays.fill(stamp, 0);
            java.util.Arrays.fill(runStamp, 0);
            generation = 1;
        }
        return this;
    }

    /** Whether side a is this memo's query name, its tokens as prepared (none glued): token i is the query's. */
    boolean covers(TokenAlignment.Side a) {
        return query != null && a.text == query.text;
    }

    /** {@link InterdictV2#opinion}{@code (q, c)}: for this memo's query read from another script against a Latin
     *  candidate, the query's own, worked out once per query instead of once per candidate. */
    TokenAlignment.PairOpinion opinion(ScoringName q, ScoringName c) {
        if (q != query || !q.prepared.transliterated() || c.prepared.transliterated()) {
            return InterdictV2.opinion(q, c);
        }
        if (foreignQueryOpinion == null) {
            foreignQueryOpinion = InterdictV2.opinion(q, c);
        }
        return foreignQueryOpinion;
    }

    /** The query's tokens {@code text} (a side {@link #covers} accepts) from {@code from}, {@code len} (2 or 3) of them,
     *  written as one word: made once per query, so every candidate meets the same string (its hash kept). */
    String glued(String[] text, int from, int len) {
        if (from >= RUN_STARTS || len < 2 || len > 3) {
            return TokenAlignment.Side.concatenated(text, from, len);
        }
        int at = (len - 2) * RUN_STARTS + from;
        if (runStamp[at] != generation) {
            runs[at] = TokenAlignment.Side.concatenated(text, from, len);
            runStamp[at] = generation;
        }
        return runs[at];
    }

    /** {@code a.similarity(i, b, j)} for a side {@link #covers} accepts. */
    double similarity(TokenAlignment.Side a, int i, TokenAlignment.Side b, int j) {
        return similarity(a, i, b, j, b.text[j].hashCode());
    }

    /** {@link #similarity(TokenAlignment.Side, int, TokenAlignment.Side, int)} given {@code b.text[j].hashCode()}, as a
     *  {@link CoverageBound#summary} keeps it (the word's string, far away in memory, is then read only to confirm a slot). */
    double similarity(TokenAlignment.Side a, int i, TokenAlignment.Side b, int j, int textHash) {
        String y = b.text[j];
        TokenKind ky = b.kind[j];
        int key = i << 8 | ky.ordinal();
        int h = textHash * 31 + key;
        h ^= h >>> 15;
        h *= 0x2c1b3c6d;
        h ^= h >>> 12;
        int slot = h & mask;
        if (stamp[slot] == generation && tokenAndKind[slot] == key && opinion[slot] == a.opinion) {
            String kept = word[slot];
            if (kept == y || wordHash[slot] == textHash && kept.equals(y)) {
                return similarity[slot];
            }
        }
        double s = a.opinion == null || a.opinion == WordOpinions.SHORT ? a.similarity(i, b, j) : acrossScripts(a, i, b, j, textHash);
        stamp[slot] = generation;
        word[slot] = y;
        wordHash[slot] = textHash;
        tokenAndKind[slot] = key;
        opinion[slot] = a.opinion;
        similarity[slot] = s;
        return s;
    }
}
