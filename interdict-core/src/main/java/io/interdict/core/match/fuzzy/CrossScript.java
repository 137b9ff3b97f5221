package io.interdict.core.match.fuzzy;

import io.interdict.core.names.TokenKind;

/**
 * The second opinion on a token pair when one of the names was written in another script
 * ({@code interdict-v2}). Abjads leave most vowels out (محمد -> "mhmd", דוד -> "dwd"), and
 * romanisations disagree on vowels far more than on consonants ("alexandros" / "alexander",
 * "jeong" / "jong"): the words' consonants, after the transliteration {@link Skeleton}, decide.
 */
final class CrossScript {
    /** Consonants equal: "mhmd" ~ "mohamed", "dvd" ~ "david". */
    static final double SAME_CONSONANTS = 0.9;
    /** Consonants one edit apart, four or more of them: "lksndrs" ~ "lksndr". */
    static final double NEAR_CONSONANTS = 0.85;

    static final InterdictV1.PairOpinion OPINION = CrossScript::similarity;

    private CrossScript() {
    }

    static double similarity(String x, TokenKind kx, String y, TokenKind ky, double s) {
        if (s >= SAME_CONSONANTS || kx != TokenKind.WORD || ky != TokenKind.WORD) {
            return s;
        }
        String cx = consonants(x, false);
        String cy = consonants(y, false);
        if (cx.isEmpty() || cy.isEmpty() || cx.charAt(0) != cy.charAt(0) && !(isVowel(x.charAt(0)) && isVowel(y.charAt(0)))) {
            return s;
        }
        // An abjad's w stands for a vowel as often as for a consonant (مسعود -> "mswd" ~ "massoud"; דוד -> "dwd" ~ "david").
        if (cx.equals(cy) || consonants(x, true).equals(cy) || cx.equals(consonants(y, true))) {
            return Math.max(s, SAME_CONSONANTS);
        }
        if (Math.min(cx.length(), cy.length()) >= 4 && TokenSimilarity.osaWithin(cx, cy, 1) <= 1) {
            return Math.max(s, NEAR_CONSONANTS);
        }
        return s;
    }

    /** The skeleton's consonants, doubles collapsed: "mohamed" -> "mhmd", "david" -> "dvd"; with {@code dropW}, w read as a vowel. */
    static String consonants(String t, boolean dropW) {
        String sk = Skeleton.of(dropW ? t.replace("w", "") : t);
        StringBuilder sb = new StringBuilder(sk.length());
        for (int i = 0; i < sk.length(); i++) {
            char c = sk.charAt(i);
            if (!isVowel(c) && (sb.length() == 0 || sb.charAt(sb.length() - 1) != c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
