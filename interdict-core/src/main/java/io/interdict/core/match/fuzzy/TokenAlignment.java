package io.interdict.core.match.fuzzy;

import io.interdict.core.names.CountryNames;
import io.interdict.core.names.TokenKind;

/**
 * The token alignment every version shares: a pair's spelling similarity ({@link #textSimilarity}), glueing adjacent
 * tokens where the other side has them as one word ({@link Side}), and greedy one-to-one pairing, best pairs first
 * ({@link #align}). Versions differ in what they score from the alignment ({@link InterdictV1}, {@link InterdictV2})
 * and in the second opinions ({@link PairOpinion}) they lend it; the alignment itself is released with v1 and never
 * changes its results.
 */
final class TokenAlignment {
    private TokenAlignment() {
    }

    // --- alignment constants, each with the example that justifies it ----------------------------

    /** Tokens less similar than this are never paired: "federman" ~ "federer" (0.63) is a different word,
     *  "pulin" ~ "putin" (0.8) a typo. */
    static final double PAIR_FLOOR = 0.72;
    /** Two edits still make a typo in words this long: "khaja" ~ "khan", "mihel" ~ "milei"; not "olga" ~ "oleg". */
    static final int TYPO_EDITS = 2;
    static final int TYPO_MIN_LENGTH = 5;
    /** Skeleton agreement counts a little less than spelling agreement: "zelenskij" ~ "zelenskyy" = 0.95. */
    static final double SKELETON_DISCOUNT = 0.05;
    /** Floor when Double Metaphone codes agree: "muhammad" ~ "mohammed", "husayn" ~ "hussein". */
    static final double PHONETIC_SIM = 0.8;
    /** Later versions pair two Latin words on their sound code alone only when they are spelt this much alike:
     *  "husayn" ~ "hussein" (0.57), not "gerhold" ~ "carlota" (0.29, both KRLT). */
    static final double PHONETIC_MIN_SPELLING = 0.5;
    /** An initial paired with a word of the same first letter: "N. Nazarbayev" ~ "Nursultan Nazarbayev". */
    static final double INITIAL_SIM = 0.8;
    /** Glue adjacent tokens when the concatenation is at least this similar: "RamiMakhlouf", "Good Will",
     *  "Abd al" ~ "abdul" (0.8). */
    static final double MERGE_MIN = 0.8;
    /** A run glued by a later version's opinion reads as the other side's word at least this well. */
    static final double GLUE_BY_OPINION = 0.85;

    /**
     * Edit ratio, raised to {@link #PHONETIC_SIM} when the phonetic codes agree. Below {@link #PAIR_FLOOR}
     * the tokens still pair when the absolute edit distance is a typo's: one edit between words of
     * 3+ letters ("cvc" ~ "cvs"), two edits when the longer has 5+ ("jones" ~ "james", "merkur" ~ "merkel");
     * otherwise 0 (not pairable).
     */
    static double textSimilarity(String x, long lx, String px, String y, long ly, String py) {
        int max = Math.max(x.length(), y.length());
        int min = Math.min(x.length(), y.length());
        boolean phoneticAgree = px != null && px.equals(py);
        // The distance is at least the length difference: skip hopeless pairs without computing it.
        if (!phoneticAgree && 1.0 - (double) (max - min) / max < PAIR_FLOOR && max - min > TYPO_EDITS) {
            return 0.0;
        }
        // Only distances that can pair matter: within the floor's ratio or a typo's absolute edits.
        int k = Math.max(min >= 3 ? 1 : 0, Math.max(max >= TYPO_MIN_LENGTH ? TYPO_EDITS : 0,
                TokenSimilarity.floorToInt((1.0 - PAIR_FLOOR) * max + 1e-9)));
        int d = TokenSimilarity.osaWithin(x, lx, y, ly, k);
        if (d > k) {
            return phoneticAgree ? PHONETIC_SIM : 0.0;
        }
        double s = 1.0 - (double) d / max;
        if (phoneticAgree) {
            s = Math.max(s, PHONETIC_SIM);
        }
        if (s >= PAIR_FLOOR || (d <= 1 && min >= 3) || (d <= TYPO_EDITS && max >= TYPO_MIN_LENGTH)) {
            return s;
        }
        return 0.0;
    }

    /** A second opinion on a token pair: at least the spelling's similarity {@code s}, or more. */
    interface PairOpinion {
        double similarity(String x, TokenKind kx, String y, TokenKind ky, double s);
    }

    /** The tokens of both names after glueing, paired one to one, best pairs first. */
    static final class Alignment {
        final Side a;
        final Side b;
        /** Similarity of each token's pair (0: unpaired), per side. */
        final double[] ma;
        final double[] mb;
        /** The side-b token each side-a token is paired with, or -1. */
        final int[] pairOf;

        private Alignment(Side a, Side b, double[] ma, double[] mb, int[] pairOf) {
            this.a = a;
            this.b = b;
            this.ma = ma;
            this.mb = mb;
            this.pairOf = pairOf;
        }
    }

    /** Aligns two non-empty names: glueing, then greedy one-to-one pairing (shared by every version). */
    static Alignment align(ScoringName q, ScoringName c, boolean person) {
        return align(q, c, person, null);
    }

    /**
     * {@link #align(ScoringName, ScoringName, boolean)} with a second opinion for token pairs the
     * spelling rejects or rates low (later versions: across scripts); null for this version's pairs.
     */
    static Alignment align(ScoringName q, ScoringName c, boolean person, PairOpinion opinion) {
        return align(q, c, person, opinion, null);
    }

    /**
     * With {@code glue} (later versions, across vowelless scripts), a run of adjacent tokens is also glued when
     * that opinion reads it as the other side's one word ("bd allh" ~ "abdullah"); null: by spelling only.
     */
    static Alignment align(ScoringName q, ScoringName c, boolean person, PairOpinion opinion, PairOpinion glue) {
        return align(q, c, person, opinion, glue, null);
    }

    /** With {@code memo} (null: none), the similarities of the query's tokens are kept for its next candidates. */
    static Alignment align(ScoringName q, ScoringName c, boolean person, PairOpinion opinion, PairOpinion glue, PairMemo memo) {
        return align(q, c, person, opinion, glue, memo, false, false);
    }

    /**
     * With {@code closestRun} (later versions), of the runs that begin at a word the one spelling the other side's word
     * most closely glues ("Total Energies SE" ~ "TotalEnergies SE": "total energies", not "total energies se"); without
     * it (interdict-v1), runs of three words before those of two. With {@code evenSides} (later versions, between names
     * in one script), names of as many words glue too: a run of one side may spell a word of the other beside a word of
     * that side's own ("Blue Star" ~ "BlueStar Trading"), the query's runs first. Without it only the side with more words
     * glues. Across scripts a reading's syllables are glued by its own rules ({@link FittedReading}).
     */
    static Alignment align(ScoringName q, ScoringName c, boolean person, PairOpinion opinion, PairOpinion glue, PairMemo memo,
                           boolean closestRun, boolean evenSides) {
        Side a = querySide(q, opinion, memo);
        Side b = Side.of(c);
        // Only the side with more tokens can have words to glue ("tik tok" ~ "tiktok", "pla" ~ "people liberation army").
        int sizeA = a.size();
        int sizeB = b.size();
        if (sizeA > sizeB) {
            a.mergeAgainst(b, !person, closestRun);
            if (glue != null) {
                a.mergeByOpinion(b, glue, true, memo);
            }
        } else if (sizeB > sizeA) {
            b.mergeAgainst(a, !person, closestRun);
            if (glue != null) {
                b.mergeByOpinion(a, glue, false, memo);
            }
        } else if (evenSides) {
            mergeEven(a, b);
        }
        // A reading of an abjad may write apart a word the other side writes as one, and write as one words the other
        // writes apart, in the same name: the article goes with the word after it in Arabic script, with "Abd" in Latin
        // ("عبدالغني برادر عبد الاحمد ترك", read "abdalghny bradr abd al ahmd trk", ~ "ABDUL GHANI BARADAR ABDUL AHMAD
        // TURK"). Once one side's runs are glued, the other side's are glued against them, by the same opinion. Names of
        // as many words are glued so only when both sides glue a run: one side's run alone glued would leave a word of
        // the other unpaired that the reading wrote ("سارة عبد الله الغامدي", "abd allh" glued, ~ "Sara Abdulrahman
        // Al-Ghamdi": Abdullah is no Abdul Rahman).
        if (glue != null) {
            if (sizeA == sizeB && !evenSides) {
                a.mergeByOpinion(b, glue, true, memo);
                if (a.size() < sizeA) {
                    b.mergeByOpinion(a, glue, false, memo);
                    if (b.size() == sizeB) {
                        a = querySide(q, opinion, memo);
                    }
                }
            } else if (a.size() < sizeA && b.size() >= a.size()) {
                b.mergeByOpinion(a, glue, false, memo);
            } else if (b.size() < sizeB && a.size() >= b.size()) {
                a.mergeByOpinion(b, glue, true, memo);
            }
        }

        int n = a.size();
        int m = b.size();
        double[] ma = new double[n];
        double[] mb = new double[m];
        int[] pairOf = new int[n];
        java.util.Arrays.fill(pairOf, -1);
        boolean[] usedB = new boolean[m];
        // Greedy one-to-one alignment, best pairs first (names are short: n*m is tiny).
        double[] sim = new double[n * m];
        boolean memoised = memo != null && memo.covers(a);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i * m + j] = memoised ? memo.similarity(a, i, b, j) : a.similarity(i, b, j);
            }
        }
        for (int round = 0; round < Math.min(n, m); round++) {
            double best = 0.0;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < n; i++) {
                if (pairOf[i] >= 0) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    if (!usedB[j] && sim[i * m + j] > best) {
                        best = sim[i * m + j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            pairOf[bi] = bj;
            usedB[bj] = true;
            ma[bi] = best;
            mb[bj] = best;
        }

        return new Alignment(a, b, ma, mb, pairOf);
    }

    /** The query's side as {@link #align} starts it: nothing glued, pairs judged by {@code opinion}, its runs from
     *  {@code memo} when the memo is the query's. */
    private static Side querySide(ScoringName q, PairOpinion opinion, PairMemo memo) {
        Side a = Side.of(q);
        a.opinion = opinion;
        if (memo != null && memo.covers(a)) {
            a.runs = memo;
        }
        return a;
    }

    /**
     * Whether {@link #align} glues a run of adjacent tokens by spelling ({@link Side#mergeAgainst}): its first step, run
     * on its own. A second opinion's glueing ({@link Side#mergeByOpinion}) is not asked.
     */
    static boolean glues(ScoringName q, ScoringName c, boolean person) {
        if (q.size() == c.size()) {
            if (q.prepared.transliterated() || c.prepared.transliterated()) {
                return false;
            }
            Side a = Side.of(q);
            Side b = Side.of(c);
            mergeEven(a, b);
            return a.size() != q.size() || b.size() != c.size();
        }
        Side longer = Side.of(q.size() > c.size() ? q : c);
        longer.mergeAgainst(Side.of(q.size() > c.size() ? c : q), !person, true);
        return longer.size() != Math.max(q.size(), c.size());
    }

    /** Two sides of as many words: the query's runs glued against the candidate's words, else the candidate's against the
     *  query's; by spelling only (an acronym stands for more words than it is), and never a run holding a word both sides
     *  write: the words pair as they stand. */
    private static void mergeEven(Side a, Side b) {
        int n = a.size();
        a.mergeAgainst(b, false, true, true);
        if (a.size() == n) {
            b.mergeAgainst(a, false, true, true);
        }
    }

    /** A name's content tokens, with adjacent tokens glued where the other side has them as one word. */
    static final class Side {
        // Shared with the ScoringName until a merge replaces tokens (then copied): scoring a candidate
        // allocates nothing for sides that need no glueing, which is most of them.
        String[] text;
        TokenKind[] kind;
        String[] phonetic;
        String[] skeleton;
        long[] letters;
        long[] skeletonLetters;
        int size;
        /** A later version's second opinion on a pair; null in interdict-v1. */
        PairOpinion opinion;
        /** The query's memo when this side is its query (its runs glued once per query, not per candidate); else null. */
        PairMemo runs;
        /** The name this side was made of: a candidate's runs glued are kept in it while no merge has replaced tokens. */
        private ScoringName source;

        private Side(ScoringName s) {
            reset(s);
        }

        static Side of(ScoringName s) {
            return new Side(s);
        }

        /** This side made again of {@code s}, as {@link #of} makes one: no opinion, no memo's runs, nothing glued (a
         *  thread's bound reuses its sides from candidate to candidate, CoverageBound.Scratch). */
        Side reset(ScoringName s) {
            source = s;
            text = s.text;
            kind = s.kind;
            phonetic = s.phonetic;
            skeleton = s.skeleton;
            letters = s.letters;
            skeletonLetters = s.skeletonLetters;
            size = text.length;
            opinion = null;
            runs = null;
            return this;
        }

        void replace(int from, int len, String glued, String phoneticCode) {
            int n = size - len + 1;
            text = spliced(text, new String[n], from, len, glued);
            kind = spliced(kind, new TokenKind[n], from, len, TokenKind.WORD);
            phonetic = spliced(phonetic, new String[n], from, len, phoneticCode);
            String sk = Skeleton.of(glued);
            skeleton = spliced(skeleton, new String[n], from, len, sk);
            long[] l = new long[n];
            long[] sl = new long[n];
            for (int k = 0, src = 0; k < n; k++) {
                if (k == from) {
                    l[k] = TokenSimilarity.letters(glued);
                    sl[k] = TokenSimilarity.letters(sk);
                    src += len;
                } else {
                    l[k] = letters[src];
                    sl[k] = skeletonLetters[src];
                    src++;
                }
            }
            letters = l;
            skeletonLetters = sl;
            size = n;
        }

        private static <T> T[] spliced(T[] from, T[] to, int at, int len, T value) {
            System.arraycopy(from, 0, to, 0, at);
            to[at] = value;
            System.arraycopy(from, at + len, to, at + 1, from.length - at - len);
            return to;
        }

        boolean contains(String t) {
            for (int i = 0; i < size; i++) {
                if (text[i].equals(t)) {
                    return true;
                }
            }
            return false;
        }

        int size() {
            return size;
        }

        double similarity(int i, Side o, int j) {
            String x = text[i];
            String y = o.text[j];
            // Letter sets first: two different words mostly differ in them, and comparing them reads neither string.
            if (x == y || letters[i] == o.letters[j] && x.equals(y)) {
                return 1.0;
            }
            TokenKind kx = kind[i];
            TokenKind ky = o.kind[j];
            if (kx == TokenKind.NUMBER || ky == TokenKind.NUMBER) {
                return 0.0;
            }
            if (kx == TokenKind.INITIAL || ky == TokenKind.INITIAL) {
                return x.charAt(0) == y.charAt(0) && kx != ky ? INITIAL_SIM : 0.0;
            }
            if (opinion != null && OrganisationWords.airline(x, y)) {
                // later versions: "Mahan Airways" ~ "MAHAN AIR", one airline's words; a name that writes the same word
                // ranks first
                return OrganisationWords.AIRLINE_WORDS;
            }
            if ((kx == TokenKind.PARTICLE) != (ky == TokenKind.PARTICLE)) {
                // "al" must not pair with "ali"; only a one-letter typo of a particle may ("xal-Assad").
                String word = kx == TokenKind.PARTICLE ? y : x;
                double p = word.length() <= 4 && TokenSimilarity.osa(x, y) == 1 ? TokenSimilarity.editRatio(x, y) : 0.0;
                return opinion == null ? p : Math.max(p, opinion.similarity(x, kx, y, ky, p));   // later versions only
            }
            double s = textSimilarity(x, letters[i], phonetic[i], y, o.letters[j], o.phonetic[j]);
            if (s == PHONETIC_SIM && opinion != null && WordOpinions.bothLatin(opinion) && phonetic[i] != null && phonetic[i].equals(o.phonetic[j])
                    && TokenSimilarity.editRatio(x, y) < PHONETIC_MIN_SPELLING) {
                s = 0.0;   // later versions: a sound code alone, spelt far apart ("gerhold" ~ "carlota": KRLT)
            }
            String sx = skeleton[i];
            String sy = o.skeleton[j];
            if (s < 1.0 - SKELETON_DISCOUNT && !((sx == x || skeletonLetters[i] == letters[i] && sx.equals(x))
                    && (sy == y || o.skeletonLetters[j] == o.letters[j] && sy.equals(y)))
                    && Math.abs(sx.length() - sy.length()) <= Math.max(sx.length(), sy.length()) * (1 - PAIR_FLOOR)) {
                // The skeleton may raise a pair's similarity, but only pairs tokens on its own ratio.
                double sk = TokenSimilarity.editRatioAtLeast(sx, skeletonLetters[i], sy, o.skeletonLetters[j],
                        s > 0 ? s : PAIR_FLOOR) - SKELETON_DISCOUNT;
                if (s > 0 || sk >= PAIR_FLOOR) {
                    s = Math.max(s, sk);
                }
            }
            s = Math.max(0.0, s);
            // Later versions: the opinion, and never two countries' names two edits apart ("austria" ~ "australia").
            return opinion == null ? s : WordOpinions.twoCountries(x, y, Math.max(s, opinion.similarity(x, kx, y, ky, s)));
        }

        /**
         * Glues runs of 2-3 adjacent tokens of this side that match one token of the other side better
         * ("rami makhlouf" ~ "ramimakhlouf"), and runs whose initials spell an unmatched token of the
         * other side ("people liberation army" ~ "pla"; 3+ letters, not for persons: "Josefa Ruy" is not "Jr.").
         */
        void mergeAgainst(Side other, boolean acronyms, boolean closestRun) {
            mergeAgainst(other, acronyms, closestRun, false);
        }

        /** {@code keepShared}: no run holding a word the other side writes too ("PAK TO CHUN" ~ "PAK TO TCHUN": "to" stays
         *  "to", not a piece of "tochun"). */
        void mergeAgainst(Side other, boolean acronyms, boolean closestRun, boolean keepShared) {
            if (acronyms && closestRun) {
                mergeCountries(other);
            }
            for (int j = 0; acronyms && j < other.size(); j++) {
                String acr = other.text[j];
                int len = acr.length();
                if (len < 3 || len > 5 || other.size() < 2 || other.kind[j] != TokenKind.WORD || contains(acr)
                        || !lowerAscii(acr)) {
                    continue;
                }
                for (int i = 0; i + len <= size; i++) {
                    boolean spells = true;
                    for (int k = 0; k < len && spells; k++) {
                        TokenKind kk = kind[i + k];
                        spells = (kk == TokenKind.WORD || kk == TokenKind.GENERIC || kk == TokenKind.INITIAL)
                                && text[i + k].charAt(0) == acr.charAt(k);
                    }
                    if (spells) {
                        replace(i, len, acr, other.phonetic[j]);
                        break;
                    }
                }
            }
            for (int len = 3; len >= 2; len--) {
                for (int i = 0; i + len <= size; i++) {
                    // Length and letters of the glued run first: most runs match nothing, and need no string.
                    int gluedLength = 0;
                    long gluedLetters = 0;
                    boolean ok = true;
                    for (int k = i; k < i + len; k++) {
                        if (kind[k] == TokenKind.NUMBER) {
                            ok = false;
                        }
                        gluedLength += text[k].length();
                        gluedLetters |= letters[k];
                    }
                    if (!ok) {
                        if (closestRun && gluesDigits(i, len, gluedLength, other)) {
                            replace(i, len, glued(i, len), ScoringName.phoneticKey(glued(i, len), TokenKind.WORD));
                        }
                        continue;
                    }
                    String glued = null;
                    for (int j = 0; j < other.size(); j++) {
                        String y = other.text[j];
                        int max = Math.max(y.length(), gluedLength);
                        if (y.length() < 4 || other.kind[j] == TokenKind.NUMBER
                                || Math.abs(y.length() - gluedLength) > (1 - MERGE_MIN) * max
                                || TokenSimilarity.lettersApart(gluedLetters, other.letters[j])
                                        > TokenSimilarity.floorToInt((1.0 - MERGE_MIN) * max + 1e-9)) {
                            continue;
                        }
                        if (glued == null) {
                            glued = glued(i, len);
                        }
                        double s = TokenSimilarity.editRatioAtLeast(glued, gluedLetters, y, other.letters[j], MERGE_MIN);
                        if (s < MERGE_MIN && closestRun && other.kind[j] == TokenKind.WORD
                                && RomanisationFold.variants(glued, y)) {
                            // Later versions: the run spells the word in another romanisation habit, as the scorer pairs
                            // two such words ("dong hoon" ~ "donghun", "bon moo" ~ "bonmu": a Korean given name
                            // written in two syllables and in one).
                            s = WordOpinions.VARIANT;
                        }
                        if (s < MERGE_MIN || s <= bestSingle(i, len, y)
                                || closestRun && len == 3 && TokenSimilarity.editRatio(glued(i, 2), y) >= s
                                || keepShared && holdsShared(i, len, other)) {
                            continue;
                        }
                        replace(i, len, glued, ScoringName.phoneticKey(glued, TokenKind.WORD));
                        break;
                    }
                }
            }
        }

        /**
         * Glues runs of 2-3 adjacent words of this side that the opinion reads as one word of the other side
         * (at {@link #GLUE_BY_OPINION} or more) better than any of the run's words alone. {@code query}: this side is the
         * query's; {@code memo} (null: none): the query's memo, which keeps the opinions on word pairs from candidate to
         * candidate.
         */
        void mergeByOpinion(Side other, PairOpinion glue, boolean query, PairMemo memo) {
            for (int len = 3; len >= 2; len--) {
                for (int i = 0; i + len <= size; i++) {
                    boolean ok = true;
                    for (int k = i; k < i + len && ok; k++) {
                        ok = kind[k] == TokenKind.WORD || kind[k] == TokenKind.PARTICLE;
                    }
                    if (!ok || size - len + 1 < 1 || !mayReadAsOne(i, len, other)) {
                        continue;
                    }
                    String glued = glued(i, len);
                    for (int j = 0; j < other.size(); j++) {
                        String y = other.text[j];
                        // A reading spells at least the run's letters less its vowels, at most about twice them.
                        if (other.kind[j] != TokenKind.WORD || y.length() < 4
                                || y.length() > 2 * glued.length() + 4 || 2 * y.length() + 4 < glued.length()) {
                            continue;
                        }
                        double s = query ? glueOpinion(glue, memo, glued, TokenKind.WORD, y, TokenKind.WORD)
                                : glueOpinion(glue, memo, y, TokenKind.WORD, glued, TokenKind.WORD);
                        if (s < GLUE_BY_OPINION) {
                            continue;
                        }
                        double single = 0.0;
                        for (int k = i; k < i + len; k++) {
                            single = Math.max(single, query ? glueOpinion(glue, memo, text[k], kind[k], y, TokenKind.WORD)
                                    : glueOpinion(glue, memo, y, TokenKind.WORD, text[k], kind[k]));
                        }
                        if (s <= single) {
                            continue;
                        }
                        replace(i, len, glued, ScoringName.phoneticKey(glued, TokenKind.WORD));
                        break;
                    }
                }
            }
        }

        /** {@code glue}'s opinion on a pair with no similarity of its own, from {@code memo} when given. */
        private static double glueOpinion(PairOpinion glue, PairMemo memo, String x, TokenKind kx, String y, TokenKind ky) {
            return memo != null ? memo.opinion(glue, x, kx, y, ky) : glue.similarity(x, kx, y, ky, 0.0);
        }

        /** The run of {@code len} tokens from {@code from} written as one word; the query's own runs (no token of it
         *  glued yet) from its memo, made once per query. */
        private String glued(int from, int len) {
            if (runs != null && runs.covers(this)) {
                return runs.glued(text, from, len);
            }
            return text == source.text ? source.glued(from, len) : concatenated(text, from, len);
        }

        static String concatenated(String[] text, int from, int len) {
            int length = 0;
            for (int k = from; k < from + len; k++) {
                length += text[k].length();
            }
            StringBuilder sb = new StringBuilder(length);
            for (int k = from; k < from + len; k++) {
                sb.append(text[k]);
            }
            return sb.toString();
        }

        /**
         * Glues a run of this organisation's words that names a country into the other side's one word naming it
         * otherwise: its ISO code ("Hong Kong" ~ "HK", "VICTORY SOMO GROUP HK LIMITED") or another of its names ("United
         * States" ~ "USA", "United Kingdom" ~ "UK"), as {@link CountryNames#otherName} reads them (later versions:
         * {@code closestRun}). A code never stands first in a name: "GE Healthcare" is not "Georgia Healthcare". Runs of
         * two words and more only: a country's one-word names are words the alignment pairs by spelling.
         */
        void mergeCountries(Side other) {
            boolean begins = false;   // asked of every pair of organisations' names: most name no country in two words
            for (int i = 0; i + 1 < size && !begins; i++) {
                begins = CountryNames.beginsLongerName(text[i]);
            }
            if (!begins) {
                return;
            }
            for (int j = 0; j < other.size(); j++) {
                String y = other.text[j];
                if (other.kind[j] != TokenKind.WORD || y.length() == 2 && j == 0 || !CountryNames.mayBeOtherName(y)
                        || contains(y)) {
                    continue;
                }
                runs:
                for (int i = 0; i + 1 < size; i++) {
                    if (kind[i] != TokenKind.WORD && kind[i] != TokenKind.GENERIC || !CountryNames.beginsLongerName(text[i])) {
                        continue;
                    }
                    StringBuilder run = new StringBuilder(text[i]);
                    for (int k = i + 1; k < size && k < i + CountryNames.maxWords(); k++) {
                        if (kind[k] != TokenKind.WORD && kind[k] != TokenKind.GENERIC) {
                            break;
                        }
                        run.append(' ').append(text[k]);
                        if (CountryNames.otherName(run.toString(), y)) {
                            replace(i, k - i + 1, y, other.phonetic[j]);
                            break runs;
                        }
                    }
                }
            }
        }

        /**
         * Whether the run of {@code len} tokens from {@code from}, a number among words ("yu", "7872"), is written as one
         * word of the other side, letter for letter ("yu7872"): a vessel's or a company's number glued to its word, as
         * payment messages write it. Spelling alone never glues a number (its digits are not letters to misspell), so
         * only the exact word does; the later versions' rule ({@code closestRun}).
         */
        private boolean gluesDigits(int from, int len, int gluedLength, Side other) {
            boolean word = false;
            for (int k = from; k < from + len; k++) {
                word |= kind[k] != TokenKind.NUMBER;
            }
            if (!word) {
                return false;   // "7 872" is a number apart, not a word
            }
            for (int j = 0; j < other.size(); j++) {
                String y = other.text[j];
                if (other.kind[j] == TokenKind.WORD && y.length() == gluedLength && y.equals(glued(from, len))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a word of the other side has a length the run of {@code len} words from {@code from} may read as
         *  (the length test of {@link #mergeByOpinion}, before the run is glued into a string). */
        private boolean mayReadAsOne(int from, int len, Side other) {
            int glued = 0;
            for (int k = from; k < from + len; k++) {
                glued += text[k].length();
            }
            for (int j = 0; j < other.size(); j++) {
                int y = other.text[j].length();
                if (other.kind[j] == TokenKind.WORD && y >= 4 && y <= 2 * glued + 4 && 2 * y + 4 >= glued) {
                    return true;
                }
            }
            return false;
        }

        private static boolean lowerAscii(String t) {
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) < 'a' || t.charAt(i) > 'z') {
                    return false;
                }
            }
            return true;
        }

        /** Whether a word of the run from {@code from} is a word the other side writes too. */
        private boolean holdsShared(int from, int len, Side other) {
            for (int k = from; k < from + len; k++) {
                if (other.contains(text[k])) {
                    return true;
                }
            }
            return false;
        }

        private double bestSingle(int from, int len, String y) {
            double best = 0;
            for (int k = from; k < from + len; k++) {
                best = Math.max(best, TokenSimilarity.editRatio(text[k], y));
            }
            return best;
        }
    }
}
