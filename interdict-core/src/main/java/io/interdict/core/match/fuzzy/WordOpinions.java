package io.interdict.core.match.fuzzy;

import io.interdict.core.names.CountryNames;
import io.interdict.core.names.HangulRomanizer;
import io.interdict.core.names.Hypocorisms;
import io.interdict.core.names.JapaneseLongVowels;
import io.interdict.core.names.KoreanNameSpelling;
import io.interdict.core.names.TokenKind;

/**
 * How {@code interdict-v2} pairs two words: its opinions ({@link TokenAlignment.PairOpinion}) on top of the spelling's
 * similarity. Between two Latin names, {@link #SHORT} (spelling variants, particles, short words, hypocorisms, Korean
 * vowels) or, between two names of Korean or Hepburn syllables, {@link #KOREAN_LATIN} and {@link #JAPANESE_LATIN};
 * across scripts, {@link #READINGS} for a reading of Hangul or Han and the {@link CrossScript} opinions for an abjad
 * ({@link #HEBREW_QUERY}, {@link #ARABIC_QUERY}...), an alphabet or an abugida ({@link #VOWELLED}, {@link
 * #VOWELLESS_QUERY}...). {@link InterdictV2} chooses the opinion for a pair of names and scores the alignment it gives;
 * {@link CoverageBound} bounds what these opinions may pair.
 */
final class WordOpinions {
    private WordOpinions() {
    }

    /** Two spellings of one name in two romanisation habits ({@link RomanisationFold}: "dawud" ~ "dawood", "saied" ~
     *  "sayed", a word against the particle-like title it spells) pair as closely as spelling alike ({@link #CLOSE}).
     *  Tried only for pairs the spelling already pairs, or against a particle (v1 pairs a particle only with a slip of it). */
    static final double VARIANT = 0.9;

    /** v2's opinion on two Latin words: spelling variants, particles and short words ({@link #spelling}), then
     *  hypocorisms. */
    static final TokenAlignment.PairOpinion SHORT = (x, kx, y, ky, s) ->
            koreanVowels(x, kx, y, ky, hypocorism(x, kx, y, ky, spelling(x, kx, y, ky, s)));

    /**
     * 0 for two words that name two different countries ({@link CountryNames#twoCountries}) two edits apart or more
     * ("austria" ~ "australia", "niger" ~ "nigeria", "slovakia" ~ "slovenia"), which the spelling alone pairs: "Bank of
     * Austria" is not "Bank of Australia". One edit stays a possible slip, as issue 11 asks of every word ("iran" ~
     * "iraq": a typist's slip turns either into the other). Else {@code s}. Every opinion of this version gives its pairs
     * through it ({@link TokenAlignment.Side#similarity}); asked only of pairs paired at all, below equality.
     */
    static double twoCountries(String x, String y, double s) {
        return s > 0 && s < 1 && CountryNames.twoCountries(x, y) && TokenSimilarity.osaWithin(x, y, 1) > 1 ? 0.0 : s;
    }

    /** Whether the opinion is one between two names written in Latin letters, each word as its writer spelt it. */
    static boolean bothLatin(TokenAlignment.PairOpinion opinion) {
        return opinion == SHORT || opinion == KOREAN_LATIN || opinion == JAPANESE_LATIN;
    }

    /** {@link #SHORT} for a reading of Hangul or Han, which writes a Korean syllable in both systems itself. */
    static final TokenAlignment.PairOpinion SHORT_READ = (x, kx, y, ky, s) -> hypocorism(x, kx, y, ky, spelling(x, kx, y, ky, s));

    /** {@link #SHORT} for two Latin names of Korean syllables ({@link #koreanSyllables}): two words that may spell one
     *  Hangul syllable of a name ({@link KoreanNameSpelling#oneSyllable}: the Revised Romanization, McCune-Reischauer or
     *  the spellings Koreans register, initial consonants included) pair as two romanisations of one word ("Jo Yong Won"
     *  ~ "CHO YONG WON": 조; "Park Geun-hye" ~ "Pak Kun-hye": 박, 근; "Lee" ~ "Yi": 이). Only between such names:
     *  elsewhere "Jan" and "Chan", "Ben" and "Pen" are other names. */
    static final TokenAlignment.PairOpinion KOREAN_LATIN = (x, kx, y, ky, s) ->
            koreanConsonants(x, kx, y, ky, SHORT.similarity(x, kx, y, ky, s));

    private static double koreanConsonants(String x, TokenKind kx, String y, TokenKind ky, double s) {
        return s >= VARIANT || kx != TokenKind.WORD || ky != TokenKind.WORD || !KoreanNameSpelling.oneSyllable(x, y) ? s : VARIANT;
    }

    /** A Latin name of two to four words, each a syllable of a Korean name as it may be spelt
     *  ({@link KoreanNameSpelling#latinSyllables}): "Jo Yong Won", "KIM SOK CHOL", "Park Geun-hye". Not a reading of Han
     *  characters, whose readings are exact. */
    static boolean koreanSyllables(ScoringName s) {
        return (syllableKinds(s) & KOREAN_WORDS) != 0;
    }

    /** Which syllables one word may be written in, as {@link #syllableKinds} asks of each word of a name. */
    static int wordSyllables(String word) {
        return (KoreanNameSpelling.latinSyllables(word) != null ? KOREAN_WORDS : 0)
                | (JapaneseLongVowels.hepburn(word) ? HEPBURN_WORDS : 0)
                | (ChineseGivenName.oneOrTwoSyllables(word) ? MANDARIN_WORDS : 0);
    }

    private static final int KOREAN_WORDS = 1;
    private static final int HEPBURN_WORDS = 2;
    private static final int MANDARIN_WORDS = 4;

    /** A Latin name of two to four words, each one or two Mandarin syllables ({@link ChineseGivenName#syllablesOnly}'s
     *  test of a name as written, before any glueing). */
    static boolean mandarinSyllables(ScoringName s) {
        return (syllableKinds(s) & MANDARIN_WORDS) != 0;
    }

    /** Which syllables all of a name's two to four words are written in: {@link #KOREAN_WORDS}, {@link #HEPBURN_WORDS};
     *  none for a reading of Han characters. Worked out once per name ({@link ScoringName#syllableKinds}): a listed name
     *  is asked against each query. */
    private static int syllableKinds(ScoringName s) {
        int kinds = s.syllableKinds;
        if (kinds >= 0) {
            return kinds;
        }
        kinds = 0;
        if (s.size() >= 2 && s.size() <= 4 && !s.hanReading) {
            kinds = KOREAN_WORDS | HEPBURN_WORDS | MANDARIN_WORDS;
            for (int i = 0; i < s.size() && kinds != 0; i++) {
                if (koreanVowelSurname(s, i)) {
                    kinds &= KOREAN_WORDS;
                } else if (s.kind[i] != TokenKind.WORD) {
                    kinds = 0;
                } else if (s.facts != null) {
                    kinds &= s.facts[i].wordFacts().syllables();   // a query's word: worked out once
                } else {
                    // each test only while its kind is still possible: most names fail all three at their first word
                    kinds &= ((kinds & KOREAN_WORDS) != 0 && KoreanNameSpelling.latinSyllables(s.text[i]) != null ? KOREAN_WORDS : 0)
                            | ((kinds & HEPBURN_WORDS) != 0 && JapaneseLongVowels.hepburn(s.text[i]) ? HEPBURN_WORDS : 0)
                            | ((kinds & MANDARIN_WORDS) != 0 && ChineseGivenName.oneOrTwoSyllables(s.text[i]) ? MANDARIN_WORDS : 0);
                }
            }
        }
        s.syllableKinds = kinds;
        return kinds;
    }

    /** Whether token {@code i} is a Korean family name of one vowel, which the pipeline reads as an initial: 오 "O" and 우
     *  "U", so written in both the Revised Romanization and McCune-Reischauer ("O KUK RYOL", OFAC and CSL's "O Kuk-Ryol"),
     *  first or last in a name of three words. Two words beside it are still too few to tell a Western name's initial
     *  ("O Sung Min" and "John O Smith" alike have two others), so the other words must be Korean syllables too. */
    private static boolean koreanVowelSurname(ScoringName s, int i) {
        return s.size() == 3 && (i == 0 || i == s.size() - 1) && s.kind[i] == TokenKind.INITIAL
                && (s.text[i].equals("o") || s.text[i].equals("u"));
    }

    /** Two Latin words that are one Korean syllable, one in the Revised Romanization and one in McCune-Reischauer
     *  without breves ("seok" ~ "sok", "cheol" ~ "chol", "eun" ~ "un", {@link HangulRomanizer#mrVowels}), pair as two
     *  romanisations of one word. Latin names only: a reading of Hangul is written in both systems already, and more
     *  readings of its syllables pair a given name's syllable with a listed family name ("경희 장" ~ "JANG GYONG"). */
    private static double koreanVowels(String x, TokenKind kx, String y, TokenKind ky, double s) {
        return s >= VARIANT || kx != TokenKind.WORD || ky != TokenKind.WORD || !koreanVowels(x, y) ? s : VARIANT;
    }

    private static boolean koreanVowels(String x, String y) {
        String fx = HangulRomanizer.mrVowels(x);
        String fy = HangulRomanizer.mrVowels(y);
        return (fx != null || fy != null) && (fx != null ? fx : x).equals(fy != null ? fy : y);
    }

    /** Two Latin words that are one word in two romanisation habits: {@link RomanisationFold}, or a Korean syllable in
     *  two systems ({@link #koreanVowels}). Asked of Latin text only (typos are a typist's, in Latin text). */
    static boolean spellings(String x, String y) {
        return RomanisationFold.variants(x, y) || koreanVowels(x, y) || TransliterationHabits.variants(x, y);
    }

    /** {@link JapaneseLongVowels}, but not for a word that is one Mandarin syllable: Pinyin writes "ou" as a final of its
     *  own ("hou" 侯 is not "ho" 何, "you" 尤 not "yo"). */
    static boolean japaneseLongVowels(String x, String y) {
        return JapaneseLongVowels.variants(x, y) && !ChineseGivenName.syllable(x) && !ChineseGivenName.syllable(y);
    }

    /** {@link #SHORT} for two Latin names written wholly in Hepburn's syllables ({@link #hepburnWords}): two words that
     *  are one Japanese name with its long vowels marked two ways ({@link #japaneseLongVowels}: "Tarou" ~ "Taro", "Ohno"
     *  ~ "Ono") pair as two spellings of one word. Only between such names: "Johnson" and "Jonson", "Moore" and "More"
     *  are English names, whose other words are no Japanese syllables ("Boris", "Roger"). */
    static final TokenAlignment.PairOpinion JAPANESE_LATIN = (x, kx, y, ky, s) -> {
        double v = SHORT.similarity(x, kx, y, ky, s);
        return v >= VARIANT || kx != TokenKind.WORD || ky != TokenKind.WORD || !japaneseLongVowels(x, y) ? v : VARIANT;
    };

    /** A Latin name of two to four words, each written in Hepburn's syllables ({@link JapaneseLongVowels#hepburn}). */
    static boolean hepburnWords(ScoringName s) {
        return (syllableKinds(s) & HEPBURN_WORDS) != 0;
    }

    /** A given name and its hypocorism ({@link Hypocorisms}: "ted" ~ "theodore", "bill" ~ "william") pair as loosely as an
     *  initial with its word: weak evidence, a loose pair, never close (many names share a short form). */
    static final double HYPOCORISM = 0.8;

    private static double hypocorism(String x, TokenKind kx, String y, TokenKind ky, double s) {
        return s < HYPOCORISM && kx == TokenKind.WORD && ky == TokenKind.WORD && ShortForms.related(x, y) ? HYPOCORISM : s;
    }

    /** Two romanisations of one word ({@link RomanisationFold}), particle slips, and a two-letter word one letter short of
     *  a three-letter one, same first letter ("km" ~ "kim"), or the three-letter word without its first letter ("li" ~
     *  "ali", "im" ~ "kim"); v1 never pairs them. */
    private static double spelling(String x, TokenKind kx, String y, TokenKind ky, double s) {
        return s >= VARIANT ? s
            : (s > 0 || kx == TokenKind.PARTICLE || ky == TokenKind.PARTICLE || foldable(x, kx, y, ky)
                    || kx == TokenKind.WORD && ky == TokenKind.WORD && sameGivenName(x, y))
                    && RomanisationFold.variants(x, y) ? VARIANT
            : kx == TokenKind.WORD && ky == TokenKind.WORD
                    && TransliterationHabits.variants(x, y) ? VARIANT
            : s > 0 ? s
            : (kx == TokenKind.PARTICLE) != (ky == TokenKind.PARTICLE) ? ParticleSpellings.slip(
                    kx == TokenKind.PARTICLE ? y : x, kx == TokenKind.PARTICLE ? ky : kx, kx == TokenKind.PARTICLE ? x : y)
            : kx == TokenKind.PARTICLE && ky == TokenKind.PARTICLE ? particles(x, y)
            : kx != TokenKind.WORD || ky != TokenKind.WORD
            || Math.min(x.length(), y.length()) != 2 || Math.max(x.length(), y.length()) != 3
            || !(x.charAt(0) == y.charAt(0) && TokenSimilarity.osaWithin(x, y, 1) == 1
                    || (x.length() == 2 ? y.endsWith(x) : x.endsWith(y))) ? s : 1.0 - 1.0 / 3;
    }

    /** Two different spellings of one frequent given name ({@code given-name-spellings.tsv}), whose first letters may
     *  differ ("isa" ~ "essa", "umar" ~ "omar") and whose edit distance may be too far for any pair at all. */
    static boolean sameGivenName(String x, String y) {
        if (!io.interdict.core.names.NameVariants.mayBeGivenName(x) || !io.interdict.core.names.NameVariants.mayBeGivenName(y)) {
            return false;
        }
        String gx = io.interdict.core.names.NameVariants.givenName(x);
        return gx != null && gx.equals(io.interdict.core.names.NameVariants.givenName(y));
    }

    /** Two spellings of two different frequent given names of the table, three edits or more apart, their consonants
     *  alike or not: "Hossein" (Husayn) is not "Hassan" (Hasan). Two edits may be a slip, as the labels read them. */
    static boolean otherGivenNames(String x, String y) {
        if (!io.interdict.core.names.NameVariants.mayBeGivenName(x) || !io.interdict.core.names.NameVariants.mayBeGivenName(y)) {
            return false;
        }
        String gx = io.interdict.core.names.NameVariants.givenName(x);
        String gy = io.interdict.core.names.NameVariants.givenName(y);
        return gx != null && gy != null && !gx.equals(gy) && TokenSimilarity.osaWithin(x, y, 2) > 2;
    }

    /** Two words the spelling does not pair that may still fold alike: same first letter, at most two letters apart in
     *  length ("nur" ~ "noor": two edits in four letters); a cheap test before the fold. */
    static boolean foldable(String x, TokenKind kx, String y, TokenKind ky) {
        return kx == TokenKind.WORD && ky == TokenKind.WORD && Math.min(x.length(), y.length()) >= 3
                && (x.charAt(0) == y.charAt(0) && Math.abs(x.length() - y.length()) <= 2 || jSound(x, y) || jSound(y, x));
    }

    /** Whether {@code x} begins with j and {@code y} with a longer spelling of it ({@link RomanisationFold}: "dzh", "dsch"),
     *  at most three letters longer: "jokhar" ~ "dzhokhar". */
    private static boolean jSound(String x, String y) {
        return x.charAt(0) == 'j' && y.charAt(0) == 'd' && y.length() > x.length() && y.length() - x.length() <= 3
                && (y.startsWith("dzh") || y.startsWith("dsch"));
    }

    /** Two particles one edit apart are one particle spelt two ways or misspelt ("el" ~ "al", the Arabic article in
     *  two romanisations): they pair at their edit ratio, which v1's floor rejects for words of two letters. */
    private static double particles(String x, String y) {
        return TokenSimilarity.osaWithin(x, y, 1) == 1 ? TokenSimilarity.editRatio(x, y) : 0.0;
    }
    static final TokenAlignment.PairOpinion VOWELLESS_QUERY = (x, kx, y, ky, s) ->
            CrossScript.VOWELLESS_QUERY.similarity(x, kx, y, ky, SHORT.similarity(x, kx, y, ky, s));
    static final TokenAlignment.PairOpinion VOWELLESS_CANDIDATE = (x, kx, y, ky, s) ->
            CrossScript.VOWELLESS_CANDIDATE.similarity(x, kx, y, ky, SHORT.similarity(x, kx, y, ky, s));
    /** A reading of Hangul or Han (or a name partly in Latin) against a Latin name: spelling, and known variants ("mun" ~ "moon"). */
    static final TokenAlignment.PairOpinion READINGS = (x, kx, y, ky, s) ->
            CrossScript.variants(x, kx, y, ky, SHORT_READ.similarity(x, kx, y, ky, s));
    static final TokenAlignment.PairOpinion HEBREW_QUERY = (x, kx, y, ky, s) ->
            CrossScript.HEBREW_QUERY.similarity(x, kx, y, ky, SHORT.similarity(x, kx, y, ky, s));
    static final TokenAlignment.PairOpinion HEBREW_CANDIDATE = (x, kx, y, ky, s) ->
            CrossScript.HEBREW_CANDIDATE.similarity(x, kx, y, ky, SHORT.similarity(x, kx, y, ky, s));
    /** {@link #HEBREW_QUERY} for a name in the Arabic script (Arabic, Persian, Urdu, Pashto), whose final ya may write an
     *  alef maqsura ({@link CrossScript#ARABIC_QUERY}). */
    static final TokenAlignment.PairOpinion ARABIC_QUERY = (x, kx, y, ky, s) ->
            CrossScript.ARABIC_QUERY.similarity(x, kx, y, ky, SHORT.similarity(x, kx, y, ky, s));
    static final TokenAlignment.PairOpinion ARABIC_CANDIDATE = (x, kx, y, ky, s) ->
            CrossScript.ARABIC_CANDIDATE.similarity(x, kx, y, ky, SHORT.similarity(x, kx, y, ky, s));

    /** Whether an opinion reads one name from an abjad (Hebrew or the Arabic script). */
    static boolean abjad(TokenAlignment.PairOpinion o) {
        return o == HEBREW_QUERY || o == HEBREW_CANDIDATE || o == ARABIC_QUERY || o == ARABIC_CANDIDATE;
    }

    /** Whether an abjad opinion reads the query from the abjad (else the candidate). */
    static boolean abjadQuery(TokenAlignment.PairOpinion o) {
        return o == HEBREW_QUERY || o == ARABIC_QUERY;
    }
    static final TokenAlignment.PairOpinion VOWELLED = (x, kx, y, ky, s) ->
            CrossScript.VOWELLED.similarity(x, kx, y, ky, SHORT.similarity(x, kx, y, ky, s));
}
