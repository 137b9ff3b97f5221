package io.interdict.core.match.fuzzy;

import io.interdict.core.match.Feature;
import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.Schema;
import io.interdict.core.names.TokenKind;
import java.util.ArrayList;
import java.util.List;

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
 * single_token_extra    -SINGLE_TOKEN_EXTRA for a lone given name (or only generic words) against a fuller name
 * business_word_extra   -BUSINESS_WORD_EXTRA per generic business word only one organisation name has
 * number_extra          -NUMBER_EXTRA per series number only one organisation name has
 * kinship_reversed      -KINSHIP_REVERSED when "X bin Y" meets "Y bin X" (persons)
 * common_words_only     -COMMON_WORDS_ONLY (search only) when every paired query word is common in the list
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
    /** Skeleton agreement counts a little less than spelling agreement: "zelenskij" ~ "zelenskyy" = 0.95. */
    static final double SKELETON_DISCOUNT = 0.05;
    /** Floor when Double Metaphone codes agree: "muhammad" ~ "mohammed", "husayn" ~ "hussein". */
    static final double PHONETIC_SIM = 0.8;
    /** An initial paired with a word of the same first letter: "N. Nazarbayev" ~ "Nursultan Nazarbayev". */
    static final double INITIAL_SIM = 0.8;
    /** Glue adjacent tokens when the concatenation is at least this similar: "RamiMakhlouf", "Good Will",
     *  "Abd al" ~ "abdul" (0.8). */
    static final double MERGE_MIN = 0.8;
    /** A run glued by a later version's opinion reads as the other side's word at least this well. */
    static final double GLUE_BY_OPINION = 0.85;
    /** The side whose words are all found dominates: extras on the other side cost little
     *  ("Boris Johnson" ~ "Alexandre Boris de Pfeffel Johnson"). */
    static final double COVERAGE_BEST = 0.75;
    static final double COVERAGE_OTHER = 0.25;
    /** Per unit of weight left unpaired on both sides (a substitution, not an extra word or a typo; numbers
     *  excluded: "Snow Storm 1" ~ "Snow Storm 2" are labelled the same). A substituted word sinks the score however many others agree:
     *  "Barzan Ibrahim Hassan al-Mosuli" vs "... al-Tikriti" (4 of 5 words equal, not the same person). */
    static final double CONFLICT = 0.4;
    /** A lone word against a longer name: "Shamsuddin" vs "Shamsuddin Mohammed Haqqani". */
    static final double SINGLE_TOKEN_EXTRA = 0.15;
    /** Penalty when two one-word names pair below {@link #LONE_WORD_CLOSE}: 0.80 ("vmate~mate") drops to 0.70. */
    static final double LONE_WORD_LOOSE = 0.10;
    /** "camscaner~camscanner" is 0.95; a one-letter change in a five-letter word ("vmate~mate") is 0.80. */
    static final double LONE_WORD_CLOSE = 0.9;
    /** Per generic business word only one organisation name has: "Ruiz-Montalvo Trucking Holdings LLC"
     *  is not "Ruiz-Montalvo Trucking LLC". */
    static final double BUSINESS_WORD_EXTRA = 0.15;
    /** Per series number only one organisation name has: "Bowne Global Solutions II, Inc." is not
     *  "Bowne Global Solutions, Inc."; vessels are exempt ("Victory" ~ "Victory 3"). */
    static final double NUMBER_EXTRA = 0.2;
    /** Against a list only (not pairwise): a match resting on words the list holds many times, with
     *  words left over or paired only fuzzily, is weak: "Antonia Rodriguez" vs "RODRIGUEZ, Antonio", "David Gonzalez" vs "RUBIO GONZALEZ, David Nicolas"; "Erik John Lee"
     *  vs "LEE, John". Rare words carry the match alone ("Boris Johnson" in a pairwise comparison). */
    static final double COMMON_WORDS_ONLY = 0.25;
    /** Reversed patronymic: "Ahmad bin Hasan al-Ubaidi" vs "Hasan bin Ahmad al-Ubaidi". */
    static final double KINSHIP_REVERSED = 0.3;
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
                NameScore s = score(ScoringName.of(NamePipeline.v1().prepare(a, schema)), ScoringName.of(NamePipeline.v1().prepare(b, schema)));
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

    /** The score with its explanation (pairwise: no list statistics). */
    public static NameScore score(ScoringName q, ScoringName c) {
        return score(q, c, null, null);
    }

    /**
     * The score against a list, with its explanation: {@code common[i]} says whether query token i is
     * common in the list (see {@link #COMMON_WORDS_ONLY}).
     */
    public static NameScore score(ScoringName q, ScoringName c, boolean[] common, boolean[] candidateCommon) {
        NameScore[] explained = new NameScore[1];
        score(q, c, common, candidateCommon, explained);
        return explained[0];
    }

    /** The score alone (no explanation built): for ranking many candidates. */
    public static double value(ScoringName q, ScoringName c, boolean[] common, boolean[] candidateCommon) {
        return score(q, c, common, candidateCommon, null);
    }

    /** The score; with {@code explained}, its explanation too, in {@code explained[0]}. */
    private static double score(ScoringName q, ScoringName c, boolean[] common, boolean[] candidateCommon,
                                NameScore[] explained) {
        boolean person = q.schema().isPerson() || c.schema().isPerson();
        if (q.size() == 0 || c.size() == 0) {
            boolean same = q.size() == 0 && c.size() == 0
                    && q.prepared.normalized().equals(c.prepared.normalized())
                    && NamesEqual.folded(q.prepared.original(), c.prepared.original());
            double s = same ? 1.0 : 0.0;
            if (explained != null) {
                explained[0] = new NameScore(s, List.of(new Feature("name_coverage", s, "no name tokens")), List.of(), NAME);
            }
            return s;
        }
        Alignment al = align(q, c, person);
        Side a = al.a;
        Side b = al.b;
        int n = a.size();
        int m = b.size();
        double[] ma = al.ma;
        double[] mb = al.mb;
        int[] pairOf = al.pairOf;

        double wa = 0;
        double wb = 0;
        double ca = 0;
        double cb = 0;
        double missA = 0;
        double missB = 0;
        for (int i = 0; i < n; i++) {
            double w = weight(a.kind[i], person);
            wa += w;
            ca += w * ma[i];
            missA += ma[i] == 0 && a.kind[i] != TokenKind.NUMBER ? w : 0;
        }
        for (int j = 0; j < m; j++) {
            double w = weight(b.kind[j], person);
            wb += w;
            cb += w * mb[j];
            missB += mb[j] == 0 && b.kind[j] != TokenKind.NUMBER ? w : 0;
        }
        double covA = wa == 0 ? 0 : ca / wa;
        double covB = wb == 0 ? 0 : cb / wb;
        double coverage = COVERAGE_BEST * Math.max(covA, covB) + COVERAGE_OTHER * Math.min(covA, covB);
        double conflict = -CONFLICT * Math.min(missA, missB);
        // A lone given name against a fuller name, or only generic words against a named company.
        boolean bothOrgs = q.schema().isOrganization() && c.schema().isOrganization();
        boolean lone = loneAgainst(a, b, mb, bothOrgs) || loneAgainst(b, a, ma, bothOrgs);
        double single = lone ? -SINGLE_TOKEN_EXTRA : 0.0;
        // Against a list (search only, like common_words_only): one word against one word rests on that
        // pair alone, and among 69,000 listed names a loose one-word pair is mostly chance: only a close
        // spelling counts ("VMate" is not the alias "MATE", nor "Prosus" the vessel "PRECIOUS";
        // "CamScaner" is "CamScanner"). Pairwise comparison keeps them: its prior is a likely pair.
        double loneFuzzy = common != null && loneWordPair(a, b, pairOf, ma) ? -LONE_WORD_LOOSE : 0.0;
        // A business word only one side has marks a sibling company ("Crystalord Systems Ltd" vs "Crystalord Ltd").
        double business = person ? 0.0 : -BUSINESS_WORD_EXTRA * Math.max(
                extraGeneric(a, ma, missB), extraGeneric(b, mb, missA));
        // A series number only one organisation has: "Management Company 23" vs "Management Company".
        boolean org = q.schema().isOrganization() || c.schema().isOrganization();
        double number = org && !person ? -NUMBER_EXTRA * Math.max(extraNumbers(a, ma, b, mb), extraNumbers(b, mb, a, ma)) : 0.0;
        // "Abdullah bin Omar" is Omar's son, "Omar bin Abdullah" Abdullah's: kinship order matters.
        double kinship = person && kinshipReversed(a, pairOf) ? -KINSHIP_REVERSED : 0.0;
        // Against a list: a match resting only on common words ("David Gonzalez") with words left over.
        double commonOnly = common != null && restsOnCommonWords(q, a, pairOf, ma, mb, b, c, common, candidateCommon) ? -COMMON_WORDS_ONLY : 0.0;
        double legal = legalMismatch(q.legal, c.legal) ? -LEGAL_FORM_MISMATCH : 0.0;

        double total = coverage + conflict + single + loneFuzzy + business + number + kinship + commonOnly + legal;
        total = Math.max(0.0, Math.min(1.0, total));
        if (explained == null) {
            return total;
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (pairOf[i] >= 0) {
                pairs.add(a.text[i] + "~" + b.text[pairOf[i]] + " " + fmt(ma[i]));
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
            features.add(new Feature("single_token_extra", single, "lone name against a fuller name"));
        }
        if (business != 0) {
            features.add(new Feature("business_word_extra", business, "generic business word on one side only"));
        }
        if (number != 0) {
            features.add(new Feature("number_extra", number, "number on one side only"));
        }
        if (loneFuzzy != 0) {
            features.add(new Feature("lone_word_loose", loneFuzzy, "one word against one word, loosely paired, against a list"));
        }
        if (kinship != 0) {
            features.add(new Feature("kinship_reversed", kinship, "X bin Y against Y bin X"));
        }
        if (commonOnly != 0) {
            features.add(new Feature("common_words_only", commonOnly, "all paired words are common in the list"));
        }
        if (legal != 0) {
            features.add(new Feature("legal_form_mismatch", legal,
                    String.join("+", q.legal) + " vs " + String.join("+", c.legal)));
        }
        explained[0] = new NameScore(total, features, pairs, NAME);
        return total;
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
        Side a = Side.of(q);
        Side b = Side.of(c);
        a.opinion = opinion;
        // Only the side with more tokens can have words to glue ("tik tok" ~ "tiktok", "pla" ~ "people liberation army").
        if (a.size() > b.size()) {
            a.mergeAgainst(b, !person);
            if (glue != null) {
                a.mergeByOpinion(b, glue, true);
            }
        } else if (b.size() > a.size()) {
            b.mergeAgainst(a, !person);
            if (glue != null) {
                b.mergeByOpinion(a, glue, false);
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

    /**
     * True when side x has at most one WORD (none when both names are known organisations) and side y
     * has unpaired WORDs: "Shamsuddin" vs "Shamsuddin Mohammed Haqqani", "Daisy Ayala" vs the vessel
     * "DAISY", "Management Company" vs "Westminister Management Company". Between two organisations
     * one distinctive word may stand alone ("Faberlic" ~ "Faberlic Europe Sp. z o.o.").
     */
    static boolean loneWordPair(Side a, Side b, int[] pairOf, double[] ma) {
        int wordA = -1;
        int words = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.kind[i] == TokenKind.WORD) {
                words++;
                wordA = i;
            }
        }
        int wordsB = 0;
        for (int j = 0; j < b.size(); j++) {
            wordsB += b.kind[j] == TokenKind.WORD ? 1 : 0;
        }
        return words == 1 && wordsB == 1 && pairOf[wordA] >= 0 && ma[wordA] < LONE_WORD_CLOSE;
    }

    static boolean loneAgainst(Side x, Side y, double[] my, boolean bothOrgs) {
        int words = 0;
        for (int i = 0; i < x.size(); i++) {
            words += x.kind[i] == TokenKind.WORD ? 1 : 0;
        }
        if (words > (bothOrgs ? 0 : 1)) {
            return false;
        }
        for (int j = 0; j < y.size(); j++) {
            if (my[j] == 0 && y.kind[j] == TokenKind.WORD) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when every paired distinctive query word is common in the list and some word on either
     * side is left unpaired, or a query word is paired only fuzzily. Tokens of side a are the query's, in order, unless glued by a merge (then
     * the rule does not apply: a glued token is rare by construction).
     */
    /** A pair below this similarity counts as a different word for the common-words rule: "Antonia" ~
     *  "Antonio" (a different given name) is loose; "Mahaan" ~ "Mahan" (0.95, one doubled letter) is
     *  not. Between 0.93 and 0.96 the 50,000 negatives' false-positive rate is unchanged (0.36%). */
    static final double LOOSE_PAIR = 0.93;

    static boolean restsOnCommonWords(ScoringName q, Side a, int[] pairOf, double[] ma, double[] mb,
                                              Side b, ScoringName c, boolean[] common, boolean[] candidateCommon) {
        if (a.size() != q.size() || common.length != q.size()) {
            return false;
        }
        boolean sameCandidate = candidateCommon != null && b.size() == c.size() && candidateCommon.length == c.size();
        boolean paired = false;
        for (int i = 0; i < a.size(); i++) {
            if (pairOf[i] >= 0 && (a.kind[i] == TokenKind.WORD || a.kind[i] == TokenKind.GENERIC)) {
                // Common on either side of the pair: "antonia" is rare, the listed "antonio" it pairs with is not.
                if (!common[i] && !(sameCandidate && candidateCommon[pairOf[i]])) {
                    return false;
                }
                paired = true;
            }
        }
        if (!paired) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (ma[i] < LOOSE_PAIR && a.kind[i] == TokenKind.WORD) {
                return true;   // left over, or only loosely paired ("Antonia" ~ "Antonio")
            }
        }
        for (int j = 0; j < b.size(); j++) {
            if (mb[j] == 0 && b.kind[j] == TokenKind.WORD) {
                return true;
            }
        }
        return false;
    }

    /** Unpaired numbers on side x when side y has nothing unpaired ("IV" ~ "V" is a numeral against an initial). */
    static int extraNumbers(Side x, double[] mx, Side y, double[] my) {
        for (int j = 0; j < y.size(); j++) {
            if (my[j] == 0) {
                return 0;
            }
        }
        int n = 0;
        for (int i = 0; i < x.size(); i++) {
            n += mx[i] == 0 && x.kind[i] == TokenKind.NUMBER ? 1 : 0;
        }
        return n;
    }

    /** True when "x bin y" on side a pairs with "y ... x" on the other side (the pair order crosses). */
    static boolean kinshipReversed(Side a, int[] pairOf) {
        for (int i = 1; i + 1 < a.size(); i++) {
            if (a.kind[i] == TokenKind.PARTICLE && (a.text[i].equals("bin") || a.text[i].equals("bint"))) {
                int before = pairOf[i - 1];
                int after = pairOf[i + 1];
                if (before >= 0 && after >= 0 && after < before) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Unpaired generic words on side x when the other side has nothing unpaired (pure extras). */
    static int extraGeneric(Side x, double[] mx, double otherMiss) {
        if (otherMiss > 0) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < x.size(); i++) {
            n += mx[i] == 0 && x.kind[i] == TokenKind.GENERIC ? 1 : 0;
        }
        return n;
    }

    static boolean legalMismatch(String[] x, String[] y) {
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
        long r = Math.round(d * 100);
        return r / 100 + "." + (r % 100 < 10 ? "0" : "") + r % 100;
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

        private Side(ScoringName s) {
            text = s.text;
            kind = s.kind;
            phonetic = s.phonetic;
            skeleton = s.skeleton;
            letters = s.letters;
            skeletonLetters = s.skeletonLetters;
            size = text.length;
        }

        static Side of(ScoringName s) {
            return new Side(s);
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
            if (x.equals(y)) {
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
            if ((kx == TokenKind.PARTICLE) != (ky == TokenKind.PARTICLE)) {
                // "al" must not pair with "ali"; only a one-letter typo of a particle may ("xal-Assad").
                String word = kx == TokenKind.PARTICLE ? y : x;
                double p = word.length() <= 4 && TokenSimilarity.osa(x, y) == 1 ? TokenSimilarity.editRatio(x, y) : 0.0;
                return opinion == null ? p : Math.max(p, opinion.similarity(x, kx, y, ky, p));   // later versions only
            }
            double s = textSimilarity(x, letters[i], phonetic[i], y, o.letters[j], o.phonetic[j]);
            String sx = skeleton[i];
            String sy = o.skeleton[j];
            if (s < 1.0 - SKELETON_DISCOUNT && !(sx.equals(x) && sy.equals(y))
                    && Math.abs(sx.length() - sy.length()) <= Math.max(sx.length(), sy.length()) * (1 - PAIR_FLOOR)) {
                // The skeleton may raise a pair's similarity, but only pairs tokens on its own ratio.
                double sk = TokenSimilarity.editRatioAtLeast(sx, skeletonLetters[i], sy, o.skeletonLetters[j],
                        s > 0 ? s : PAIR_FLOOR) - SKELETON_DISCOUNT;
                if (s > 0 || sk >= PAIR_FLOOR) {
                    s = Math.max(s, sk);
                }
            }
            s = Math.max(0.0, s);
            return opinion == null ? s : Math.max(s, opinion.similarity(x, kx, y, ky, s));
        }

        /**
         * Glues runs of 2-3 adjacent tokens of this side that match one token of the other side better
         * ("rami makhlouf" ~ "ramimakhlouf"), and runs whose initials spell an unmatched token of the
         * other side ("people liberation army" ~ "pla"; 3+ letters, not for persons: "Josefa Ruy" is not "Jr.").
         */
        void mergeAgainst(Side other, boolean acronyms) {
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
                            break;
                        }
                        gluedLength += text[k].length();
                        gluedLetters |= letters[k];
                    }
                    if (!ok) {
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
                            StringBuilder sb = new StringBuilder(gluedLength);
                            for (int k = i; k < i + len; k++) {
                                sb.append(text[k]);
                            }
                            glued = sb.toString();
                        }
                        double s = TokenSimilarity.editRatioAtLeast(glued, gluedLetters, y, other.letters[j], MERGE_MIN);
                        if (s < MERGE_MIN || s <= bestSingle(i, len, y)) {
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
         * (at {@link #GLUE_BY_OPINION} or more) better than any of the run's words alone. {@code query}: this side is the query's.
         */
        void mergeByOpinion(Side other, PairOpinion glue, boolean query) {
            for (int len = 3; len >= 2; len--) {
                for (int i = 0; i + len <= size; i++) {
                    boolean ok = true;
                    for (int k = i; k < i + len && ok; k++) {
                        ok = kind[k] == TokenKind.WORD || kind[k] == TokenKind.PARTICLE;
                    }
                    if (!ok || size - len + 1 < 1 || !mayReadAsOne(i, len, other)) {
                        continue;
                    }
                    StringBuilder sb = new StringBuilder();
                    for (int k = i; k < i + len; k++) {
                        sb.append(text[k]);
                    }
                    String glued = sb.toString();
                    for (int j = 0; j < other.size(); j++) {
                        String y = other.text[j];
                        // A reading spells at least the run's letters less its vowels, at most about twice them.
                        if (other.kind[j] != TokenKind.WORD || y.length() < 4
                                || y.length() > 2 * glued.length() + 4 || 2 * y.length() + 4 < glued.length()) {
                            continue;
                        }
                        double s = query ? glue.similarity(glued, TokenKind.WORD, y, TokenKind.WORD, 0.0)
                                : glue.similarity(y, TokenKind.WORD, glued, TokenKind.WORD, 0.0);
                        if (s < GLUE_BY_OPINION) {
                            continue;
                        }
                        double single = 0.0;
                        for (int k = i; k < i + len; k++) {
                            single = Math.max(single, query ? glue.similarity(text[k], kind[k], y, TokenKind.WORD, 0.0)
                                    : glue.similarity(y, TokenKind.WORD, text[k], kind[k], 0.0));
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

        private double bestSingle(int from, int len, String y) {
            double best = 0;
            for (int k = from; k < from + len; k++) {
                best = Math.max(best, TokenSimilarity.editRatio(text[k], y));
            }
            return best;
        }
    }
}
