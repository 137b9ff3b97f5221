package io.interdict.core.match.fuzzy;

import io.interdict.core.names.NameVariants;
import io.interdict.core.names.TokenKind;

/**
 * The second opinion on a token pair when one of the names was written in another script
 * ({@code interdict-v2}): the words' consonants decide where romanisations disagree on vowels.
 * How far that goes depends on the script:
 * <ul>
 *   <li>abjads (Arabic, Persian, Hebrew) leave vowels out (محمد -> "mhmd", דוד -> "dwd"): a word pairs with a
 *   Latin one its letters read as ({@link ConsonantReading}: "mhmd" ~ "mohamed", "dwd" ~ "david", "mswd" ~
 *   "massoud", "bdallh" ~ "abdullah"), and adjacent words that read as one are glued;</li>
 *   <li>abugidas (Devanagari, Thai...) imply vowels: equal consonants pair, w or y may stand for a vowel;</li>
 *   <li>alphabets and syllabaries (Greek, Cyrillic, Armenian, Georgian, Hangul, kana) write their
 *   vowels: only long words may differ in them, with three or more equal consonants, or four or more
 *   one edit apart ("alexandros" ~ "alexander"); "eunju" is not "jin".</li>
 * </ul>
 */
final class CrossScript {
    /** Consonants equal: "mhmd" ~ "mohamed", "dvd" ~ "david". */
    static final double SAME_CONSONANTS = 0.9;
    /** Consonants one edit apart, four or more of them: "lksndrs" ~ "lksndr" (in an alphabet, a consonant added or dropped at the end). */
    static final double NEAR_CONSONANTS = 0.85;

    /** The query's word x was written in a vowelless script (its candidate's y in Latin). */
    static final TokenAlignment.PairOpinion VOWELLESS_QUERY = (x, kx, y, ky, s) -> similarity(x, kx, y, ky, s, true, false);
    /** The candidate's word y was written in a vowelless script. */
    static final TokenAlignment.PairOpinion VOWELLESS_CANDIDATE = (x, kx, y, ky, s) -> similarity(y, ky, x, kx, s, true, false);
    /** The query's word x was written in Hebrew (an abjad): read by {@link ConsonantReading}. */
    static final TokenAlignment.PairOpinion HEBREW_QUERY = (x, kx, y, ky, s) -> similarity(x, kx, y, ky, s, true, true, false);
    /** The candidate's word y was written in Hebrew. */
    static final TokenAlignment.PairOpinion HEBREW_CANDIDATE = (x, kx, y, ky, s) -> similarity(y, ky, x, kx, s, true, true, false);
    /** The query's word x was written in the Arabic script (Arabic, Persian, Urdu, Pashto): as {@link #HEBREW_QUERY}, and a
     *  final ya may write the alef maqsura of an Arabic name ({@link ConsonantReading#cost(String, String, boolean)}). */
    static final TokenAlignment.PairOpinion ARABIC_QUERY = (x, kx, y, ky, s) -> similarity(x, kx, y, ky, s, true, true, true);
    /** The candidate's word y was written in the Arabic script. */
    static final TokenAlignment.PairOpinion ARABIC_CANDIDATE = (x, kx, y, ky, s) -> similarity(y, ky, x, kx, s, true, true, true);
    static final TokenAlignment.PairOpinion VOWELLED = (x, kx, y, ky, s) -> similarity(x, kx, y, ky, s, false, false);

    /** Whether a name is written (partly) in an abjad: Arabic (and Persian, Urdu), Hebrew, Syriac, Thaana. */
    static boolean abjad(String original) {
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x0590) {
                Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
                if (sc == Character.UnicodeScript.ARABIC || sc == Character.UnicodeScript.HEBREW
                        || sc == Character.UnicodeScript.SYRIAC || sc == Character.UnicodeScript.THAANA) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a name has a Hebrew letter. */
    static boolean hebrew(String original) {
        return hasCharIn(original, 0x05D0, 0x05EA);
    }

    /** Whether a string has a char from {@code first} to {@code last} (both in the Basic Multilingual Plane). */
    private static boolean hasCharIn(String s, int first, int last) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= first && c <= last) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name has a hiragana or katakana letter (kana: Japanese's alone). */
    static boolean kana(String original) {
        return hasCharIn(original, 0x3041, 0x3096) || hasCharIn(original, 0x30A1, 0x30FA);
    }

    /** Whether a name has a Han character. */
    static boolean han(String original) {
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name is written in Han, Hangul or kana: read by {@link ScriptReadings}, never by consonants. */
    static boolean readByReadings(String original) {
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x1100) {   // below Hangul Jamo: none of the four scripts (asked once per query form)
                continue;
            }
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HANGUL
                    || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA) {
                return true;
            }
        }
        return false;
    }

    private CrossScript() {
    }

    /** Whether a name has a Cyrillic letter. */
    static boolean cyrillic(String original) {
        return hasCharIn(original, 0x0400, 0x052F);
    }

    /** Whether a name is written (partly) in a script that leaves vowels out or implies them. */
    static boolean vowelless(String original) {
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x0590) {
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case ARABIC, HEBREW, SYRIAC, THAANA, DEVANAGARI, BENGALI, GURMUKHI, GUJARATI, ORIYA, TAMIL, TELUGU,
                     KANNADA, MALAYALAM, SINHALA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** Whether a name has Latin letters (then which of its words came from the other script is unknown). */
    static boolean hasLatin(String original) {
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /** Two spellings of one name by {@link NameVariants} ("mun" ~ "moon", "bak" ~ "park"): as close as a typo-free reading. */
    static final double VARIANT = 0.95;

    static double variants(String x, TokenKind kx, String y, TokenKind ky, double s) {
        return s < VARIANT && kx == TokenKind.WORD && ky == TokenKind.WORD && NameVariants.same(x, y) ? VARIANT : s;
    }

    /** Whether a word of this kind is compared by its sounds across scripts: a name's word or a generic business word. */
    private static boolean sounded(TokenKind k) {
        return k == TokenKind.WORD || k == TokenKind.GENERIC;
    }

    /** The consonants of an abjad word's reading, a word of two consonant letters counted as two: ICU writes ط ه
     *  (Taha) "th", as it writes ث. */
    private static int twoConsonants(String x) {
        return x.length() == 2 && !isVowel(x.charAt(0)) && !isVowel(x.charAt(1)) ? 2 : ConsonantReading.consonants(x);
    }

    /** Whether abjad reading x writes an alef before the cluster Latin y starts with: "astankzy" ~ "stanekzai". */
    static boolean prostheticAlef(String x, String y) {
        return x.length() >= 4 && x.charAt(0) == 'a' && x.charAt(1) == 's' && !isVowel(x.charAt(2)) && x.charAt(2) != 'h'
                && y.length() >= 4 && y.charAt(0) == 's' && y.charAt(1) == x.charAt(2);
    }

    /** @param x the word transliterated from the other script (when {@code vowelless}), y the Latin one */
    static double similarity(String x, TokenKind kx, String y, TokenKind ky, double s, boolean vowelless, boolean abjad) {
        return similarity(x, kx, y, ky, s, vowelless, abjad, false);
    }

    /** {@link #similarity(String, TokenKind, String, TokenKind, double, boolean, boolean)}; {@code arabicScript}: x is a
     *  word of the Arabic script ({@link #ARABIC_QUERY}). */
    static double similarity(String x, TokenKind kx, String y, TokenKind ky, double s, boolean vowelless, boolean abjad,
                             boolean arabicScript) {
        s = variants(x, kx, y, ky, s);
        // Generic business words are compared by their sounds too ("בנק" read "bnq" ~ "bank", "בזק"-like loans of an
        // English word); they keep their reduced weight, so two banks are no match for both being banks.
        // A word written in the other script also meets a Latin particle of three letters or more: the particle lists
        // hold titles that are family names too ("السيد" read "al syd" ~ "El Sayed", where "sayed" is the title's
        // spelling; "شيخ" ~ "Sheikh"). A two-letter particle ("al", "el", "bin" as "bn") is left to the particle rules.
        boolean titleWord = kx == TokenKind.WORD && ky == TokenKind.PARTICLE && y.length() >= 3
                || kx == TokenKind.PARTICLE && ky == TokenKind.WORD && x.length() >= 3;
        if (s >= SAME_CONSONANTS || !(sounded(kx) && sounded(ky) || titleWord) || !hasVowel(x) && !hasVowel(y)) {
            return s;
        }
        if (!vowelless && x.charAt(0) != y.charAt(0) && !(isVowel(x.charAt(0)) && isVowel(y.charAt(0)))) {
            return s;   // an alphabet writes the first sound: "osubin" is not "subin"
        }
        // A word of two letters reads as little more than itself: "bd" ~ "abd", "abed"; not "pl" ~ "ofelia". Two
        // consonant letters are two consonants, even where they spell one in Latin ("th" is ث, and طه, Taha).
        if (vowelless && !(hasVowel(x) && hasVowel(y)) && Math.min(x.length(), y.length()) < 3
                && (!abjad || twoConsonants(x) < 2 || y.length() > x.length() + 2)) {
            return s;
        }
        // An abjad writes a word-initial vowel (alef: أحمد -> "ahmd"): then the Latin word starts with one too,
        // "ahmd" is not "hamid". A consonant may stand for a Latin vowel (ain: علي -> "ly" ~ "ali").
        if (vowelless && isVowel(x.charAt(0)) && !isVowel(y.charAt(0))) {
            // Except the article's a, which the Maghreb's French spellings elide before a vowel: العربي "Larbi",
            // الأخضر "Lakhdar", الأمين "Lamine" (the l read with the word, as it is said).
            if (arabicScript && x.startsWith("al") && x.length() >= 5 && y.charAt(0) == 'l' && ConsonantReading.cost(x.substring(1), y, true) == 0) {
                return Math.max(s, SAME_CONSONANTS);
            }
            // Or the alef Persian, Pashto and Arabic write before an s and a consonant, which they never begin a word
            // with: استانکزی "Stanekzai", اسپین "Spin" (a Latin s with a vowel after it had no cluster to prop up).
            // Hebrew begins words with a cluster (סטנלי "Stanley"): its alef is a vowel, אסתר "astr" (Esther) no "STAR".
            if (arabicScript && prostheticAlef(x, y) && ConsonantReading.cost(x.substring(1), y, true) == 0) {
                return Math.max(s, SAME_CONSONANTS);
            }
            return s;
        }
        if (abjad) {
            // The letters read as the Latin spelling's sounds (ConsonantReading): "bdallh" ~ "abdullah", "khn" ~ "cohen".
            int cost = ConsonantReading.cost(x, y, arabicScript);
            if (cost == 0) {
                return Math.max(s, SAME_CONSONANTS);
            }
            if (cost == 1 && ConsonantReading.consonants(x) >= 4) {
                s = Math.max(s, NEAR_CONSONANTS);
            }
        }
        KeptConsonants kept = KEPT.get();
        String cx = kept.of(x, false);
        String cy = kept.of(y, false);
        if (cx.isEmpty() || cy.isEmpty() || cx.charAt(0) != cy.charAt(0) && !(isVowel(x.charAt(0)) && isVowel(y.charAt(0)))) {
            return s;
        }
        if (!vowelless) {
            // An alphabet writes its vowels: two words of one consonants whose vowels make two syllables more or fewer are
            // two names ("Єремій" read "eremiy" is no "army", "Олег" no "alleg").
            if (Math.abs(syllables(x) - syllables(y)) > 1) {
                return s;
            }
            if (Math.min(cx.length(), cy.length()) >= 3 && cx.equals(cy)) {
                return Math.max(s, SAME_CONSONANTS);
            }
            // One edit apart only at the end, a consonant of an ending added or dropped ("alexandros" ~ "alexander": the
            // Greek -os): inside the word it is another name ("kazantzakis" ~ "kazantzidis", "shevchenko" ~ "shevchuk").
            if (Math.min(cx.length(), cy.length()) >= 4 && (cx.startsWith(cy) || cy.startsWith(cx))
                    && TokenSimilarity.osaWithin(cx, cy, 1) <= 1) {
                return Math.max(s, NEAR_CONSONANTS);
            }
            return s;
        }
        // An abjad's words were read above (ConsonantReading: w and y only as the vowels they write, "nwf" is not "naif").
        // An abugida's (Devanagari, Thai...) w or y stands for a vowel as often as for a consonant.
        if (!abjad) {
            String dx = kept.of(x, true);
            String dy = kept.of(y, true);
            if (cx.equals(cy) || dx.equals(cy) || cx.equals(dy) || dx.length() >= 3 && dx.equals(dy)) {
                return Math.max(s, SAME_CONSONANTS);
            }
        }
        // Without vowels, four consonants one edit apart are too common a coincidence ("brjs" ~ "brgs"): five.
        if (Math.min(cx.length(), cy.length()) >= 5 && TokenSimilarity.osaWithin(cx, cy, 1) <= 1) {
            return Math.max(s, NEAR_CONSONANTS);
        }
        return s;
    }

    /**
     * What {@link #mayRaise} reads of a word: its length and first letter, whether it has a vowel, and its consonants'
     * ({@link #consonants}) first letter and count, with w and y and without them.
     */
    record Facts(int length, char first, boolean hasVowel, char firstConsonant, int consonants, int consonantsNoSemivowels) {
        static Facts of(String t) {
            String cx = CrossScript.consonants(t, false);
            return new Facts(t.length(), t.isEmpty() ? 0 : t.charAt(0), CrossScript.hasVowel(t),
                    cx.isEmpty() ? 0 : cx.charAt(0), cx.length(), CrossScript.consonants(t, true).length());
        }
    }

    /**
     * Whether {@link #similarity}{@code (x, kx, y, ky, s, vowelless, false)} (an alphabet's or an abugida's reading, not
     * an abjad's) may be above {@code s}, {@link NameVariants}' spellings of one name aside ({@link #variants}): false
     * only when its every step certainly returns {@code s}. Read from the words' {@link Facts}, step by step as {@link
     * #similarity} takes them: the first letters (an alphabet's) and the first consonants must agree or both words begin
     * with a vowel, equal consonants are as many, and one edit apart differ in number by one at most.
     */
    static boolean mayRaise(Facts x, TokenKind kx, Facts y, TokenKind ky, boolean vowelless) {
        if (x.length() == 0 || y.length() == 0) {
            return true;
        }
        boolean titleWord = kx == TokenKind.WORD && ky == TokenKind.PARTICLE && y.length() >= 3
                || kx == TokenKind.PARTICLE && ky == TokenKind.WORD && x.length() >= 3;
        if (!(sounded(kx) && sounded(ky) || titleWord) || !x.hasVowel() && !y.hasVowel()) {
            return false;
        }
        boolean vowels = isVowel(x.first()) && isVowel(y.first());
        if (!vowelless && x.first() != y.first() && !vowels) {
            return false;
        }
        if (vowelless && (!(x.hasVowel() && y.hasVowel()) && Math.min(x.length(), y.length()) < 3
                || isVowel(x.first()) && !isVowel(y.first()))) {
            return false;
        }
        if (x.consonants() == 0 || y.consonants() == 0 || x.firstConsonant() != y.firstConsonant() && !vowels) {
            return false;
        }
        int least = Math.min(x.consonants(), y.consonants());
        int apart = Math.abs(x.consonants() - y.consonants());
        if (!vowelless) {
            return least >= 3 && apart == 0 || least >= 4 && apart <= 1;
        }
        return apart == 0 || x.consonantsNoSemivowels() == y.consonants() || x.consonants() == y.consonantsNoSemivowels()
                || x.consonantsNoSemivowels() >= 3 && x.consonantsNoSemivowels() == y.consonantsNoSemivowels()
                || least >= 5 && apart <= 1;
    }

    /**
     * The word's consonants, spelling variants folded (kh/h, ph/f, w/v, q/k, ck/k, x/ks, c/k), doubles
     * collapsed: "mohamed" -> "mhmd", "david" -> "dvd"; with {@code semivowels}, w and y read as vowels.
     */
    static String consonants(String t, boolean semivowels) {
        return KEPT.get().of(t, semivowels);
    }

    private static final PerThread<KeptConsonants> KEPT = PerThread.withInitial(KeptConsonants::new);

    /**
     * One thread's recent words' consonants (the opinions ask them of a query's words against every candidate's, of a
     * listed word for many queries), direct-mapped by the word: a word evicts the one in its slot, and a word not found
     * is read again, so consonants found here are the very ones {@link #consonantsOf} gives.
     */
    private static final class KeptConsonants {
        private static final int SLOTS = 1 << 10;
        private final String[] word = new String[2 * SLOTS];
        /** The words' hashes: a slot held by another word is told from it without reading that word's string. */
        private final int[] hash = new int[2 * SLOTS];
        private final String[] consonants = new String[2 * SLOTS];

        String of(String t, boolean semivowels) {
            int h = t.hashCode();
            int slot = ((h ^ h >>> 16) & (SLOTS - 1)) << 1 | (semivowels ? 1 : 0);
            String kept = word[slot];
            if (kept == t || kept != null && hash[slot] == h && kept.equals(t)) {
                return consonants[slot];
            }
            String c = consonantsOf(t, semivowels);
            word[slot] = t;
            hash[slot] = h;
            consonants[slot] = c;
            return c;
        }
    }

    /** {@link #consonants}, worked out. */
    static String consonantsOf(String t, boolean semivowels) {
        StringBuilder sb = new StringBuilder(t.length() + 1);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char next = i + 1 < t.length() ? t.charAt(i + 1) : 0;
            if ((c == 'k' || c == 'p') && next == 'h') {
                c = c == 'k' ? 'h' : 'f';
                i++;
            } else if (c == 'c' && next == 'k') {
                c = 'k';
                i++;
            }
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u' -> { }
                case 'w' -> {
                    if (!semivowels) {
                        appendOnce(sb, 'v');
                    }
                }
                case 'y' -> {
                    if (!semivowels) {
                        appendOnce(sb, 'y');
                    }
                }
                case 'q', 'c' -> appendOnce(sb, 'k');
                case 'x' -> {
                    appendOnce(sb, 'k');
                    appendOnce(sb, 's');
                }
                default -> appendOnce(sb, c);
            }
        }
        return sb.toString();
    }

    /** Appends a consonant unless it repeats the last one. */
    private static void appendOnce(StringBuilder sb, char c) {
        if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c) {
            sb.append(c);
        }
    }

    /** Whether a lower-case Latin word has a vowel (a, e, i, o, u or y). */
    static boolean hasVowel(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (isVowel(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The runs of vowels in a word, y not counted ("eremiy" 3, "army" 1, "yuriy" 2). */
    static int syllables(String t) {
        int runs = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean v = c != 'y' && isVowel(c);
            if (v && !in) {
                runs++;
            }
            in = v;
        }
        return runs;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
