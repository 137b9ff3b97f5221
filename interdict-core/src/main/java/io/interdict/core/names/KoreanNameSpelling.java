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
 *   "Young"), ㅜ oo ("Joon", "Soo"; 우 "Woo"), ㅣ and ㅢ ee ("Hee"), ㅡ eu or u ("Eun", "Un");</li>
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
        {"ye"}, {"o", "oh"}, {"wa"}, {"wae", "we"}, {"oe", "we"}, {"yo"}, {"u", "oo", "woo"}, {"wo", "weo"}, {"we"},
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

    static int mask(String[] spellings) {
        int m = 0;
        for (String s : spellings) {
            m |= s.isEmpty() ? -1 : 1 << (s.charAt(0) - 'a');
        }
        return m;
    }
}
