package io.interdict.core.match.fuzzy;

import io.interdict.core.match.Feature;
import io.interdict.core.names.Schema;
import io.interdict.core.names.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code interdict-v1}: pairwise name scoring by token alignment. A released version never changes
 * its scores; change the algorithm by adding {@code interdict-v2}.
 *
 * <p>Both names go through the same {@link io.interdict.core.names.NamePipeline}. Tokens are then
 * aligned one to one, best pairs first, by {@link TokenSimilarity#editRatio} (or a phonetic floor when
 * the Double Metaphone codes agree); adjacent tokens are glued when their concatenation matches a
 * single token on the other side ("Tik Tok" ~ "tiktok", "Abd al" ~ "abdul"). The score is a table of
 * weighted features:
 *
 * <pre>
 * feature               share
 * name_coverage         COVERAGE_BEST * best side coverage + COVERAGE_OTHER * other side coverage
 * token_conflict        -CONFLICT * weight unmatched on both sides (a substituted word, not an extra)
 * single_token_extra    -SINGLE_TOKEN_EXTRA when one side is a single distinctive word and the other has more
 * legal_form_mismatch   -LEGAL_FORM_MISMATCH when both carry legal forms of different families
 * </pre>
 *
 * Coverage of a side = sum of (token weight x similarity of its pair) / sum of token weights.
 * Token weights by kind are in {@link #weight}. Identifier matches are scored by the identifier
 * index (always 1.0), not here.
 */
public final class InterdictV1 {
    public static final String NAME = "interdict-v1";

    // --- tuned constants, each with the example that justifies it -------------------------------

    /** Tokens less similar than this are never paired: "federman" ~ "federer" (0.63) is a different word,
     *  "pulin" ~ "putin" (0.8) a typo. */
    static final double PAIR_FLOOR = 0.72;
    /** Two edits still make a typo in words this long: "khaja" ~ "khan", "mihel" ~ "milei"; not "olga" ~ "oleg". */
    static final int TYPO_EDITS = 2;
    static final int TYPO_MIN_LENGTH = 5;
    /** Floor when Double Metaphone codes agree: "muhammad" ~ "mohammed", "husayn" ~ "hussein". */
    static final double PHONETIC_SIM = 0.8;
    /** An initial paired with a word of the same first letter: "N. Nazarbayev" ~ "Nursultan Nazarbayev". */
    static final double INITIAL_SIM = 0.8;
    /** Glue adjacent tokens when the concatenation is at least this similar: "RamiMakhlouf", "Good Will",
     *  "Abd al" ~ "abdul" (0.8). */
    static final double MERGE_MIN = 0.8;
    /** The side whose words are all found dominates: extras on the other side cost little
     *  ("Boris Johnson" ~ "Alexandre Boris de Pfeffel Johnson"). */
    static final double COVERAGE_BEST = 0.8;
    static final double COVERAGE_OTHER = 0.2;
    /** Per unit of weight left unpaired on both sides (a substitution, not an extra word or a typo; numbers
     *  excluded: "Snow Storm 1" ~ "Snow Storm 2" are labelled the same). A substituted word sinks the score however many others agree:
     *  "Barzan Ibrahim Hassan al-Mosuli" vs "... al-Tikriti" (4 of 5 words equal, not the same person). */
    static final double CONFLICT = 0.4;
    /** A lone word against a longer name: "Shamsuddin" vs "Shamsuddin Mohammed Haqqani". */
    static final double SINGLE_TOKEN_EXTRA = 0.12;
    /** Different legal-form families ("Lundqvist Hydraulics Inc." vs "Lundqvist Hydraulics (UK) Ltd.",
     *  "ANO Iskusstvo Krasoty" vs "LLC Iskusstvo Krasoty"); "co" is compatible with every family. */
    static final double LEGAL_FORM_MISMATCH = 0.08;

    /** Weight of a token in coverage. Generic business words count half for organisations only. */
    static double weight(TokenKind kind, boolean person) {
        return switch (kind) {
            case WORD -> 1.0;
            case GENERIC -> person ? 1.0 : 0.5;   // "Sporks Business Corporation": "business" is not the name
            case PARTICLE -> 0.3;                 // "al" in "al-Assad"
            case INITIAL -> 0.3;                  // "A." in "Ali A. Velayati"
            case NUMBER -> 0.3;                   // "Snow Storm 1" ~ "Snow Storm 2" stays a candidate
            case LEGAL -> 0.0;
        };
    }

    private InterdictV1() {
    }

    /**
     * Scores two raw names under one schema. A name written as alternatives ("Al-Qa'ida/Islamic Army")
     * scores as its best alternative.
     */
    public static NameScore compare(String name1, String name2, Schema schema) {
        NameScore best = null;
        for (String a : alternatives(name1)) {
            for (String b : alternatives(name2)) {
                NameScore s = score(ScoringName.of(a, schema), ScoringName.of(b, schema));
                if (best == null || s.score() > best.score()) {
                    best = s;
                }
            }
        }
        return best;
    }

    /** The whole name, then its parts around '/' when each part has 3+ characters ("ADF/NALU", not "N/M"). */
    public static List<String> alternatives(String name) {
        if (name == null || name.indexOf('/') < 0) {
            return List.of(name == null ? "" : name);
        }
        List<String> out = new ArrayList<>();
        out.add(name);
        String[] parts = name.split("/");
        for (String p : parts) {
            if (p.strip().length() < 3) {
                return out;
            }
        }
        for (String p : parts) {
            out.add(p.strip());
        }
        return out;
    }

    /**
     * Edit ratio, raised to {@link #PHONETIC_SIM} when the phonetic codes agree. Below {@link #PAIR_FLOOR}
     * the tokens still pair when the absolute edit distance is a typo's: one edit between words of
     * 3+ letters ("cvc" ~ "cvs"), two edits when the longer has 5+ ("jones" ~ "james", "merkur" ~ "merkel");
     * otherwise 0 (not pairable).
     */
    static double textSimilarity(String x, String px, String y, String py) {
        int d = TokenSimilarity.osa(x, y);
        int max = Math.max(x.length(), y.length());
        int min = Math.min(x.length(), y.length());
        double s = 1.0 - (double) d / max;
        if (px != null && px.equals(py)) {
            s = Math.max(s, PHONETIC_SIM);
        }
        if (s >= PAIR_FLOOR || (d <= 1 && min >= 3) || (d <= TYPO_EDITS && max >= TYPO_MIN_LENGTH)) {
            return s;
        }
        return 0.0;
    }

    public static NameScore score(ScoringName q, ScoringName c) {
        boolean person = q.schema().isPerson() || c.schema().isPerson();
        if (q.size() == 0 || c.size() == 0) {
            boolean same = q.size() == 0 && c.size() == 0
                    && q.prepared.normalized().equals(c.prepared.normalized())
                    && NamesEqual.folded(q.prepared.original(), c.prepared.original());
            double s = same ? 1.0 : 0.0;
            return new NameScore(s, List.of(new Feature("name_coverage", s, "no name tokens")), List.of(), NAME);
        }
        Side a = Side.of(q);
        Side b = Side.of(c);
        a.mergeAgainst(b);
        b.mergeAgainst(a);

        int n = a.size();
        int m = b.size();
        double[] ma = new double[n];
        double[] mb = new double[m];
        int[] pairOf = new int[n];
        java.util.Arrays.fill(pairOf, -1);
        boolean[] usedB = new boolean[m];
        // Greedy one-to-one alignment, best pairs first (names are short: n*m is tiny).
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i][j] = a.similarity(i, b, j);
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
                    if (!usedB[j] && sim[i][j] > best) {
                        best = sim[i][j];
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

        double wa = 0;
        double wb = 0;
        double ca = 0;
        double cb = 0;
        double missA = 0;
        double missB = 0;
        int wordsA = 0;
        int wordsB = 0;
        for (int i = 0; i < n; i++) {
            double w = weight(a.kind.get(i), person);
            wa += w;
            ca += w * ma[i];
            missA += ma[i] == 0 && a.kind.get(i) != TokenKind.NUMBER ? w : 0;
            wordsA += distinctive(a.kind.get(i)) ? 1 : 0;
        }
        for (int j = 0; j < m; j++) {
            double w = weight(b.kind.get(j), person);
            wb += w;
            cb += w * mb[j];
            missB += mb[j] == 0 && b.kind.get(j) != TokenKind.NUMBER ? w : 0;
            wordsB += distinctive(b.kind.get(j)) ? 1 : 0;
        }
        double covA = wa == 0 ? 0 : ca / wa;
        double covB = wb == 0 ? 0 : cb / wb;
        double coverage = COVERAGE_BEST * Math.max(covA, covB) + COVERAGE_OTHER * Math.min(covA, covB);
        double conflict = -CONFLICT * Math.min(missA, missB);
        // One distinctive word against a name with more distinctive words: the lone word is not enough.
        boolean lone = (wordsA <= 1 && wordsB > 1) || (wordsB <= 1 && wordsA > 1);
        double single = lone ? -SINGLE_TOKEN_EXTRA : 0.0;
        double legal = legalMismatch(q.legal, c.legal) ? -LEGAL_FORM_MISMATCH : 0.0;

        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (pairOf[i] >= 0) {
                pairs.add(a.text.get(i) + "~" + b.text.get(pairOf[i]) + " " + fmt(ma[i]));
            }
        }
        List<Feature> features = new ArrayList<>(4);
        String coverageDetail = "query " + fmt(covA) + ", candidate " + fmt(covB)
                + (q.prepared.transliterated() || c.prepared.transliterated() ? ", across scripts" : "");
        features.add(new Feature("name_coverage", coverage, coverageDetail));
        if (conflict != 0) {
            features.add(new Feature("token_conflict", conflict, "unmatched weight " + fmt(Math.min(missA, missB))));
        }
        if (single != 0) {
            features.add(new Feature("single_token_extra", single, wordsA + " vs " + wordsB + " distinctive words"));
        }
        if (legal != 0) {
            features.add(new Feature("legal_form_mismatch", legal,
                    String.join("+", q.legal) + " vs " + String.join("+", c.legal)));
        }
        double s = coverage + conflict + single + legal;
        s = Math.max(0.0, Math.min(1.0, s));
        return new NameScore(s, features, pairs, NAME);
    }

    private static boolean distinctive(TokenKind k) {
        return k == TokenKind.WORD || k == TokenKind.GENERIC;
    }

    private static boolean legalMismatch(String[] x, String[] y) {
        if (x.length == 0 || y.length == 0) {
            return false;
        }
        boolean specificX = false;
        boolean specificY = false;
        for (String a : x) {
            specificX |= !a.equals("co");
            for (String b : y) {
                if (a.equals(b)) {
                    return false;
                }
            }
        }
        for (String b : y) {
            specificY |= !b.equals("co");
        }
        return specificX && specificY;
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    /** A name's content tokens, with adjacent tokens glued where the other side has them as one word. */
    private static final class Side {
        final List<String> text;
        final List<TokenKind> kind;
        final List<String> phonetic;

        private Side(List<String> text, List<TokenKind> kind, List<String> phonetic) {
            this.text = text;
            this.kind = kind;
            this.phonetic = phonetic;
        }

        static Side of(ScoringName s) {
            return new Side(new ArrayList<>(List.of(s.text)), new ArrayList<>(List.of(s.kind)),
                    new ArrayList<>(java.util.Arrays.asList(s.phonetic)));
        }

        int size() {
            return text.size();
        }

        double similarity(int i, Side o, int j) {
            String x = text.get(i);
            String y = o.text.get(j);
            if (x.equals(y)) {
                return 1.0;
            }
            TokenKind kx = kind.get(i);
            TokenKind ky = o.kind.get(j);
            if (kx == TokenKind.NUMBER || ky == TokenKind.NUMBER) {
                return 0.0;
            }
            if (kx == TokenKind.INITIAL || ky == TokenKind.INITIAL) {
                return x.charAt(0) == y.charAt(0) && kx != ky ? INITIAL_SIM : 0.0;
            }
            if ((kx == TokenKind.PARTICLE) != (ky == TokenKind.PARTICLE)) {
                // "al" must not pair with "ali"; only a one-letter typo of a particle may ("xal-Assad").
                String word = kx == TokenKind.PARTICLE ? y : x;
                return word.length() <= 4 && TokenSimilarity.osa(x, y) == 1 ? TokenSimilarity.editRatio(x, y) : 0.0;
            }
            return textSimilarity(x, phonetic.get(i), y, o.phonetic.get(j));
        }

        /**
         * Glues runs of 2-3 adjacent tokens of this side that match one token of the other side better
         * ("rami makhlouf" ~ "ramimakhlouf"), and runs whose initials spell an unmatched token of the
         * other side ("people liberation army" ~ "pla", "jean claude" ~ "jc").
         */
        void mergeAgainst(Side other) {
            for (int j = 0; j < other.size(); j++) {
                String acr = other.text.get(j);
                int len = acr.length();
                if (len < 2 || len > 5 || other.size() < 2 || other.kind.get(j) != TokenKind.WORD || text.contains(acr)
                        || !acr.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
                    continue;
                }
                for (int i = 0; i + len <= text.size(); i++) {
                    boolean spells = true;
                    for (int k = 0; k < len && spells; k++) {
                        TokenKind kk = kind.get(i + k);
                        spells = (kk == TokenKind.WORD || kk == TokenKind.GENERIC || kk == TokenKind.INITIAL)
                                && text.get(i + k).charAt(0) == acr.charAt(k);
                    }
                    if (spells) {
                        for (int k = 0; k < len; k++) {
                            text.remove(i);
                            kind.remove(i);
                            phonetic.remove(i);
                        }
                        text.add(i, acr);
                        kind.add(i, TokenKind.WORD);
                        phonetic.add(i, other.phonetic.get(j));
                        break;
                    }
                }
            }
            for (int len = 3; len >= 2; len--) {
                for (int i = 0; i + len <= text.size(); i++) {
                    StringBuilder sb = new StringBuilder();
                    boolean ok = true;
                    for (int k = i; k < i + len; k++) {
                        if (kind.get(k) == TokenKind.NUMBER) {
                            ok = false;
                            break;
                        }
                        sb.append(text.get(k));
                    }
                    if (!ok) {
                        continue;
                    }
                    String glued = sb.toString();
                    for (int j = 0; j < other.size(); j++) {
                        String y = other.text.get(j);
                        if (y.length() < 4 || other.kind.get(j) == TokenKind.NUMBER) {
                            continue;
                        }
                        double s = TokenSimilarity.editRatio(glued, y);
                        if (s < MERGE_MIN || s <= bestSingle(i, len, y)) {
                            continue;
                        }
                        for (int k = 0; k < len; k++) {
                            text.remove(i);
                            kind.remove(i);
                            phonetic.remove(i);
                        }
                        text.add(i, glued);
                        kind.add(i, TokenKind.WORD);
                        phonetic.add(i, ScoringName.phoneticKey(glued, TokenKind.WORD));
                        break;
                    }
                }
            }
        }

        private double bestSingle(int from, int len, String y) {
            double best = 0;
            for (int k = from; k < from + len; k++) {
                best = Math.max(best, TokenSimilarity.editRatio(text.get(k), y));
            }
            return best;
        }
    }
}
