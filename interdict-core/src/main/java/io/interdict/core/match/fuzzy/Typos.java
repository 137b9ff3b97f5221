package io.interdict.core.match.fuzzy;

import io.interdict.core.match.fuzzy.InterdictV2.ListContext;
import io.interdict.core.match.fuzzy.TokenAlignment.Side;
import io.interdict.core.names.TokenKind;

/**
 * Which loosely paired words of a name are a typist's slips ({@link InterdictV2}'s {@code typo} pairs): a slip covers its
 * word nearly as a spelling does ({@code name_coverage}), and lets the rules about loose pairs be
 * ({@code lone_word_loose}, {@code common_words_only}, {@code faint_pair}...).
 */
final class Typos {
    private Typos() {
    }

    /**
     * Per side-a token: paired with a word it is a plausible typo of, so that rules about loose pairs
     * let it be. A typo is one edit or one adjacent transposition ("slaim" ~ "salim", "bunk" ~ "bank").
     * How much of the rest of the name must agree exactly depends on how much a coincidence could explain:
     * <ul>
     *   <li>two or more other words paired closely: any such typo ("KTM YONG CHOL" ~ "KIM YONG CHOL");</li>
     *   <li>one other word: two letters swapped in a word of 3+ letters, whatever the lists hold ("OKNY" ~ "KONY",
     *   "NADRE" ~ "ANDRE"); or a typo in a word of 5+ letters (in one of 4: a slip after the first letter, "KMNY" ~ "KONY")
     *   that is not a change of ending names make
     *   ({@link InterdictV2#nameEnding}: "Antonia" / "Antonio" are two names), of a word the lists do not
     *   hold themselves ("hwan" is a listed name of its own, not a misspelt "hwang");</li>
     *   <li>a word alone: a transposition or an inner edit in a word of 6+ letters ("AWLIJAN" ~ "WALIJAN").</li>
     * </ul>
     * {@code written}: the query's tokens before glueing (null: none glued). A word glued from two the query wrote apart is
     * no typist's slip ("Tăng Tô" ~ "TANGO"). {@code listed}: the candidate's, likewise: a word met glued from two the
     * listed name writes apart is already one edit from it, and a slip besides is a second ("Phùng Sa" read "phung" ~
     * "PU HUNG 1" glued "puhung"; null: none glued).
     */
    static boolean[] of(Side a, Side b, int[] pairOf, double[] ma, ListContext list, ScoringName written,
                        ScoringName listed) {
        boolean[] out = new boolean[a.size()];
        // The words that agree with their pair: spelt alike, or two romanisations of one name ("osama" ~ "usama", {@link WordOpinions#VARIANT}).
        boolean[] agree = new boolean[a.size()];
        int close = 0;
        int words = 0;
        for (int i = 0; i < a.size(); i++) {
            if (content(a.kind[i])) {
                words++;
                agree[i] = pairOf[i] >= 0 && (ma[i] >= InterdictV1.LOOSE_PAIR
                        || ma[i] >= WordOpinions.VARIANT && WordOpinions.spellings(a.text[i], b.text[pairOf[i]]));
                close += agree[i] ? 1 : 0;
            } else if (a.kind[i] == TokenKind.INITIAL && pairOf[i] >= 0 && b.kind[pairOf[i]] == TokenKind.INITIAL
                    && a.text[i].equals(b.text[pairOf[i]])) {
                // A letter written alone on both sides agrees as a word does: a Korean syllable of one letter ("YU COL U"
                // ~ "YU CHOL U", "TCHO IL U" ~ "CHO IL U"), or a middle initial.
                close++;
            }
        }
        for (int i = 0; i < a.size(); i++) {
            int j = pairOf[i];
            if (j < 0 || ma[i] >= 1.0) {
                continue;
            }
            String x = a.text[i];
            String y = b.text[j];
            int max = Math.max(x.length(), y.length());
            if (!content(a.kind[i]) || !content(b.kind[j])) {
                // A particle slip: a word one edit from the particle it pairs with, or from a spelling of it ("en" ~ "bin"
                // by "ben", {@link ParticleSpellings}), beside other close words ("Sundus Ad Al-Ghafur" ~ "Sundus Abd
                // Al-Ghafur", "ahd" ~ "abd"); a particle never decides a name.
                out[i] = (a.kind[i] == TokenKind.PARTICLE) != (b.kind[j] == TokenKind.PARTICLE)
                        && (content(a.kind[i]) || content(b.kind[j])) && close >= 2
                        && (TokenSimilarity.osaWithin(x, y, 1) == 1 || (a.kind[i] == TokenKind.PARTICLE
                        ? ParticleSpellings.slip(y, b.kind[j], x) : ParticleSpellings.slip(x, a.kind[i], y)) > 0);
                continue;
            }
            if (WordOpinions.spellings(x, y) && (written == null || writtenAs(x, written))) {
                // Two romanisations of one name ("dawud" ~ "dawood", "saied" ~ "sayed", {@link RomanisationFold}): no
                // typist's slip, a spelling; beside another close word, or alone in a word of 5+ letters.
                int others = close - (agree[i] ? 1 : 0);
                out[i] = others >= 1 || words == 1 && Math.min(x.length(), y.length()) >= 5;
                continue;
            }
            if (Math.min(x.length(), y.length()) < 2 || max < 3 || TokenSimilarity.osaWithin(x, y, 1) > 1
                    || written != null && !writtenAs(x, written) || listed != null && !writtenAs(y, listed)) {
                continue;
            }
            boolean known = list != null && list.known() != null && a.size() == list.known().length && list.known()[i];
            int others = close - (agree[i] ? 1 : 0);
            boolean inner = firstDifference(x, y) < Math.min(x.length(), y.length()) - 1 || !InterdictV2.nameEnding(x, y)
                    || unmarkedEnding(x, y);
            boolean transposed = x.length() == y.length() && TokenSimilarity.osaWithin(x, y, 1) == 1 && transposition(x, y);
            // In a four-letter word, a slip after the first letter: a different name mostly differs first
            // ("Tony" / "Kony"), a typist's slip rarely does ("KMNY" ~ "KONY", "AZIJ" ~ "AZIZ").
            boolean later = max == 4 && firstDifference(x, y) >= 1;
            // Two letters swapped are a typist's slip, seldom another name, even of a word the lists hold ("NADRE" ~
            // "ANDRE", "ADBUL" ~ "ABDUL", "YKU" ~ "KYU").
            // A slip in a business word ("ANK" ~ "bank", "TRADNG" ~ "trading") mistakes no name: such words name no one.
            boolean generic = b.kind[j] == TokenKind.GENERIC && max >= 4;
            out[i] = others >= 2
                    || (others == 1 && (transposed && max >= 3 || generic))
                    || (!known && others == 1 && (max >= 5 || later && max >= 4) && inner)
                    || (!known && words == 1 && max >= 6 && inner);
        }
        return out;
    }


    /**
     * Whether a final vowel written for another ({@link InterdictV2#nameEnding}) is a typist's slip rather than another
     * name's ending: the endings that make another name mark a given name's gender ("Antonia" / "Antonio", "Giovanna" /
     * "Giovanni", "Julia" / "Julio") or a Slavic family name's ({@link SurnameGender}: "Kowalska" / "Kowalski"); a family
     * name of another kind changes no vowel for it ("Haqqani", "Eslami": an Arabic or Persian nisba's feminine is
     * "-iyya", not "-e" or "-a"). So the two words of one length, neither a given name the tables know ({@link
     * io.interdict.core.names.Hypocorisms}, {@link io.interdict.core.names.NameVariants#givenName}) nor a Slavic pair of
     * genders: "MOHAMMAD ESLAMA" ~ "MOHAMMAD ESLAMI". A vowel added ("Daniel" / "Daniela", "Morozov" / "Morozova") stays
     * a name's ending. Nor two words each written wholly in Korean, Japanese (Hepburn) or Mandarin syllables, whose
     * every vowel is a syllable's own ("Yuki" / "Yuko", two Japanese given names the tables do not hold). Derived from the
     * perturbation tuning seed's misses (a final letter substituted) and the own pairs' tuning half.
     */
    static boolean unmarkedEnding(String x, String y) {
        return x.length() == y.length() && !givenName(x) && !givenName(y) && !SurnameGender.differs(x, y)
                && WordOpinions.wordSyllables(x) == 0 && WordOpinions.wordSyllables(y) == 0;
    }

    private static boolean givenName(String w) {
        return io.interdict.core.names.Hypocorisms.words().contains(w) || io.interdict.core.names.NameVariants.givenName(w) != null;
    }

    /** Whether {@code written}'s words hold {@code token} as it is. */
    static boolean writtenAs(String token, ScoringName written) {
        for (String t : written.text) {
            if (t.equals(token)) {
                return true;
            }
        }
        return false;
    }

    static boolean content(TokenKind k) {
        return k == TokenKind.WORD || k == TokenKind.GENERIC;
    }

    /** Whether y is x with two adjacent letters swapped ("okny" ~ "kony"). */
    private static boolean transposition(String x, String y) {
        int d = firstDifference(x, y);
        return d + 1 < x.length() && x.charAt(d) == y.charAt(d + 1) && x.charAt(d + 1) == y.charAt(d)
                && x.regionMatches(d + 2, y, d + 2, x.length() - d - 2);
    }

    private static int firstDifference(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            if (x.charAt(i) != y.charAt(i)) {
                return i;
            }
        }
        return n;
    }
}
