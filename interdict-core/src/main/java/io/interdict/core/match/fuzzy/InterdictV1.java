package io.interdict.core.match.fuzzy;

import io.interdict.core.match.Feature;
import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.Schema;
import io.interdict.core.names.TokenKind;
import java.util.ArrayList;
import java.util.List;

import static io.interdict.core.match.fuzzy.TokenAlignment.*;

/**
 * {@code interdict-v1}: pairwise name scoring by token alignment. A released version never changes
 * its scores; change the algorithm by adding {@code interdict-v2}.
 *
 * <p>Both names go through the same {@link io.interdict.core.names.NamePipeline}. Tokens are then
 * aligned one to one ({@link TokenAlignment}, shared by every version), best pairs first, by
 * {@link TokenSimilarity#editRatio} (or a phonetic floor when
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
        return alternatives(name, false);
    }

    /**
     * {@link #alternatives(String)}; {@code v2}: a slash between two letters that stand alone is no separator of two
     * names but an abbreviation's ("Tariq Ali s/o Sher Khan", son of; "d/o", "w/o", "c/o"), wherever it stands in the name.
     */
    static List<String> alternatives(String name, boolean v2) {
        name = io.interdict.core.names.HalfwidthKana.widen(name);
        if (name == null || name.indexOf('/') < 0) {
            return List.of(name == null ? "" : name);
        }
        List<String> out = new ArrayList<>();
        out.add(name);
        String[] parts = v2 ? LETTER_SLASH_LETTER.split(name) : name.split("/");
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

    /** A slash that separates two names: not one between two letters standing alone ("s/o"). */
    private static final java.util.regex.Pattern LETTER_SLASH_LETTER =
            java.util.regex.Pattern.compile("(?<!(?:^|[\\s,(])\\p{L})/|/(?!\\p{L}(?:$|[\\s,)]))");

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
}
