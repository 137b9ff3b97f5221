package io.interdict.core.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a Latin word spells a Korean name written in Hangul, syllable by syllable, in any of the spellings
 * Koreans register their names in. South Korean passports accept any romanisation that reads as the name
 * (Ministry of Foreign Affairs, 2014, as Wikipedia's "Korean name" quotes it: 인 "IN, INN, IHN, YIN"), so given
 * names are spelt in mixtures of the Revised Romanization, McCune-Reischauer without breves and English
 * habits: "Young" for 영 (RR yeong), "Hyun" for 현 (hyeon), "Joon" for 준 (jun), "Soo" for 수 (su), "Woo" for 우
 * (u), "Kyung" for 경 (gyeong) (moneynestlab.com, "How to Romanize Your Korean Name for a Passport", common
 * against official spellings). Each syllable may be spelt:
 * <ul>
 *   <li>its initial as the Revised Romanization table allows it (g/k, d/t, b/p, r/l: the embassy of the Republic
 *   of Korea in Japan's passport-name table), McCune-Reischauer's ch for ㅈ, s as sh before i (신 "Shin");</li>
 *   <li>its vowel in RR, in MR without breves (ㅓ o, ㅡ u), or as English spells the sound: ㅓ u or ou ("Hyun",
 *   "Young"), ㅜ oo ("Joon", "Soo"; 우 "Woo"), ㅣ and ㅢ ee ("Hee"), ㅡ eu or u ("Eun", "Un"), ㅚ oi (derived: 최 is
 *   mostly registered "Choi", and 회 is written "Hoi" in 李會昌 "Lee Hoi-chang", a tuning pair; session 66);</li>
 *   <li>its final as RR or MR write it (ㄱ k/g, ㄹ l/r, ㅂ p/b), an n or m also doubled ("Inn").</li>
 * </ul>
 * A word spells a name when it is cut into one spelling per syllable, in order ("jongun", "jungeun" for 정은);
 * a lone vowel before a final may take a silent h ("Ihn", "Ahn").
 */
public final class KoreanNameSpelling {
    private static final int BASE = 0xAC00;
    private static final int LAST = 0xD7A3;
    private static final String[][] INITIAL = {
        {"g", "k"}, {"kk", "gg", "k"}, {"n"}, {"d", "t"}, {"tt", "dd", "t"}, {"r", "l", "n"}, {"m"}, {"b", "p"},
        {"pp", "bb", "p"}, {"s"}, {"ss", "s"}, {""}, {"j", "ch"}, {"jj", "tch", "j"}, {"ch"}, {"k"}, {"t"}, {"p"}, {"h"},
    };
    private static final String[][] VOWEL = {
        {"a"}, {"ae", "e"}, {"ya"}, {"yae", "ye"}, {"eo", "o", "u", "ou"}, {"e"}, {"yeo", "yo", "yu", "you"},
        {"ye"}, {"o", "oh"}, {"wa"}, {"wae", "we"}, {"oe", "we", "oi"}, {"yo"}, {"u", "oo", "woo"}, {"wo", "weo"}, {"we"},
        {"wi", "wee"}, {"yu", "yoo", "you"}, {"eu", "u"}, {"ui", "eui", "ee", "i"}, {"i", "ee", "yi"},
    };
    private static final String[][] FINAL = {
        {""}, {"k", "g"}, {"k", "kk"}, {"k"}, {"n", "nn"}, {"n"}, {"n"}, {"t", "d"}, {"l", "r"}, {"k", "l"}, {"m", "l"},
        {"l", "p"}, {"l"}, {"l"}, {"p", "l"}, {"l"}, {"m", "mm"}, {"p", "b"}, {"p"}, {"t", "s"}, {"t", "ss"}, {"ng"}, {"t", "j"},
        {"t", "ch"}, {"k"}, {"t"}, {"p"}, {"t", "h"},
    };
    /** ㅅ, ㅇ, ㅜ (u) and ㅣ (i) in the tables above. */
    private static final int S = 9;
    private static final int SILENT = 11;
    private static final int U = 13;
    private static final int I = 20;

    /** Each syllable's spellings, worked out the first time it is read (a benign race: equal arrays). */
    private static final String[][] SPELLINGS = new String[LAST - BASE + 1][];

    private KoreanNameSpelling() {
    }

    public static boolean isSyllable(int cp) {
        return cp >= BASE && cp <= LAST;
    }

    /** Whether the Latin word (lower-case ASCII) spells Hangul syllables {@code cps[from..to)}. */
    public static boolean spells(int[] cps, int from, int to, String latin) {
        if (from >= to) {
            return false;
        }
        List<String[]> spellings = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            if (!isSyllable(cps[k])) {
                return false;
            }
            String[] sp = SPELLINGS[cps[k] - BASE];
            if (sp == null) {
                sp = spellings(cps[k]);
                SPELLINGS[cps[k] - BASE] = sp;
            }
            spellings.add(sp);
        }
        return SyllableFit.fits(spellings, latin);
    }

    /** {@link #spells}, and for one syllable also the usual spellings {@link #latinSyllables} knows beside the rules
     *  (이 "Lee", 박 "Park"), the syllable taken as it begins a South Korean name (리 as 이). */
    public static boolean spellsOrUsual(int[] cps, int from, int to, String latin) {
        if (spells(cps, from, to, latin)) {
            return true;
        }
        if (to - from != 1 || !isSyllable(cps[from])) {
            return false;
        }
        int[] usual = latinSyllables(latin);
        return usual != null && java.util.Arrays.binarySearch(usual, initialLaw(cps[from])) >= 0;
    }

    /** The spellings of one syllable. */
    static String[] spellings(int cp) {
        int s = cp - BASE;
        int initial = s / (21 * 28);
        int vowel = s % (21 * 28) / 28;
        int fin = s % 28;
        Set<String> out = new LinkedHashSet<>();
        for (String i : INITIAL[initial]) {
            for (String v : VOWEL[vowel]) {
                if (initial != SILENT && v.equals("woo")) {
                    continue;   // "woo" is 우 alone: 구 is "gu", "koo", not "kwoo"
                }
                if (initial == SILENT && vowel == U && v.equals("u")) {
                    out.add("u");
                }
                for (String f : FINAL[fin]) {
                    out.add(i + v + f);
                    if (initial == S && (vowel == I || v.startsWith("i"))) {
                        out.add("sh" + v + f);   // 신 "Shin", 식 "Shik"
                    }
                    if (initial == SILENT && !f.isEmpty() && v.length() == 1) {
                        out.add(v + "h" + f);   // 인 "Ihn", 안 "Ahn": a silent h after a lone vowel
                    }
                }
            }
        }
        return out.toArray(String[]::new);
    }

    /** The first letters (bit a..z) a spelling of the syllable begins with; 0 when it is no syllable. */
    public static int firstLetters(int cp) {
        if (!isSyllable(cp)) {
            return 0;
        }
        String[] sp = SPELLINGS[cp - BASE];
        if (sp == null) {
            sp = spellings(cp);
            SPELLINGS[cp - BASE] = sp;
        }
        return mask(sp);
    }

    /** {@link #firstLetters} of every spelling {@link #spellsOrUsual} accepts for the one syllable: also those of the
     *  syllable as it begins a South Korean name, and its usual spellings (이 "Lee", 박 "Park"). */
    public static int firstLettersOrUsual(int cp) {
        if (!isSyllable(cp)) {
            return 0;
        }
        int m = firstLetters(cp) | firstLetters(initialLaw(cp));
        for (String[] row : USUAL_SURNAMES) {
            if (initialLaw(row[0].codePointAt(0)) == initialLaw(cp)) {
                for (int k = 1; k < row.length; k++) {
                    m |= 1 << (row[k].charAt(0) - 'a');
                }
            }
        }
        return m;
    }

    static int mask(String[] spellings) {
        int m = 0;
        for (String s : spellings) {
            m |= s.isEmpty() ? -1 : 1 << (s.charAt(0) - 'a');
        }
        return m;
    }

    /**
     * Whether two Latin words may spell one Hangul syllable of a name, each in any of the spellings above
     * ({@link #latinSyllables}): "moon" ~ "mun" (문), "geun" ~ "kun" (근), "park" ~ "bak" (박), "roh" ~ "no" (노), "lee"
     * ~ "yi" (이). Said of words only; whether the names are Korean is the caller's to know.
     */
    public static boolean oneSyllable(String x, String y) {
        int[] sx = latinSyllables(x);
        int[] sy = sx == null ? null : latinSyllables(y);
        if (sy == null) {
            return false;
        }
        for (int i = 0, j = 0; i < sx.length && j < sy.length; ) {
            if (sx[i] == sy[j]) {
                return true;
            }
            if (sx[i] < sy[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /**
     * The Hangul syllables a Latin word (lower-case ASCII) spells as one syllable of a name, ascending, or null when it
     * spells none. Each syllable is given as it begins a South Korean name: an initial ㄹ or ㄴ before ㅣ or a y-vowel is
     * not written (리 and 니 as 이, 류 as 유), an initial ㄹ before any other vowel is written ㄴ (로 as 노), the "initial
     * sound law" by which the South writes 李 as 이 and the North as 리 (Wikipedia, "Lee (Korean surname)": "officially
     * romanized as I in South Korea and Ri in North Korea"). So "Lee", "Ri", "Yi" and "I" are one surname, "Roh" and
     * "No" another.
     */
    public static int[] latinSyllables(String word) {
        return word.length() > 7 ? null : LatinSpellings.ALL.get(word);
    }

    /**
     * Usual spellings of frequent surnames that no rule above gives, from Wikipedia's "Korean name" family-name table
     * (박 "Park, Pak"; 최 "Choi"; 이 "Lee, Yi, Rhee, Rhie, Reeh, Yie, Ee"), its surname articles (최 "Choi, and sometimes
     * also Chey, Choe or Chwe"; 신 "Sin or Sheen").
     */
    private static final String[][] USUAL_SURNAMES = {
        {"박", "park"}, {"최", "choi", "chey", "chwe"}, {"이", "lee", "rhee", "rhie", "reeh", "yie"}, {"신", "sheen"},
    };

    /** Every spelling of a syllable -> the syllables (as a South Korean name begins with them) it spells, ascending. */
    private static final class LatinSpellings {
        static final java.util.Map<String, int[]> ALL = build();

        private static java.util.Map<String, int[]> build() {
            java.util.Map<String, int[]> m = new java.util.HashMap<>(1 << 16);
            for (int cp = BASE; cp <= LAST; cp++) {
                if (!SOUNDED_FINALS.contains((cp - BASE) % 28)) {
                    continue;
                }
                int canonical = initialLaw(cp);
                for (String sp : spellings(cp)) {
                    if (!sp.isEmpty()) {
                        add(m, sp, canonical);
                    }
                }
            }
            for (String[] row : USUAL_SURNAMES) {
                for (int k = 1; k < row.length; k++) {
                    add(m, row[k], initialLaw(row[0].codePointAt(0)));
                }
            }
            m.replaceAll((k, v) -> {
                java.util.Arrays.sort(v);
                return v;
            });
            return m;
        }

        private static void add(java.util.Map<String, int[]> m, String spelling, int syllable) {
            int[] v = m.get(spelling);
            if (v == null) {
                m.put(spelling, new int[] {syllable});
                return;
            }
            for (int x : v) {
                if (x == syllable) {
                    return;
                }
            }
            int[] w = java.util.Arrays.copyOf(v, v.length + 1);
            w[v.length] = syllable;
            m.put(spelling, w);
        }
    }

    /** None and the finals a Latin name writes as they sound: ㄱ ㄲ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ. A syllable's final has only seven
     *  sounds, ㅇ ㅁ ㄴ ㄹ ㅂ ㄷ ㄱ (KBS World, "Learn Korean", part 1.3 "Final"), so a name spelt by its sound never writes
     *  the others' letters (ㅎ "h", ㅅ "s", ㅈ "j"), nor both consonants of a cluster, which the tables above let a
     *  syllable be spelt with either (ㄻ "m" or "l"). Between two Latin words such syllables would make "kil" (길) and
     *  "kim" (김) one syllable (긺), "jih" and "chih" one (짛); the spellings of {@link #latinSyllables} leave them out. */
    private static final java.util.Set<Integer> SOUNDED_FINALS = java.util.Set.of(0, 1, 2, 4, 7, 8, 16, 17, 21);

    /** ㄹ, ㄴ in the initial table; the vowels ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ, before which the South writes neither. */
    private static final int R = 5;
    private static final int N = 2;
    private static final java.util.Set<Integer> Y_VOWELS = java.util.Set.of(2, 3, 6, 7, 12, 17, 20);

    /** The syllable as it begins a South Korean name ({@link #latinSyllables}). */
    static int initialLaw(int cp) {
        int s = cp - BASE;
        int initial = s / (21 * 28);
        int vowel = s % (21 * 28) / 28;
        int rest = s % (21 * 28);
        if (initial == R || initial == N) {
            int to = Y_VOWELS.contains(vowel) ? SILENT : N;
            return BASE + to * 21 * 28 + rest;
        }
        return cp;
    }
}
