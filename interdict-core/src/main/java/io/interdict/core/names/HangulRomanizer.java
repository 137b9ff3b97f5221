package io.interdict.core.names;

/**
 * Hangul syllables to Latin in the two systems names are written in: the Revised Romanization of
 * Korean (South Korea, 2000: 김정은 -> "gim jeong eun") and McCune-Reischauer without its breves and
 * apostrophes (North Korea and older Western usage: "kim chong un", plain stops voiced between voiced
 * sounds: "kim jong un"). Syllables are decomposed arithmetically (Unicode chapter 3.12: 19 initials x
 * 21 vowels x 28 finals from U+AC00). Simplified: no consonant assimilation across syllables.
 */
public final class HangulRomanizer {
    private static final int BASE = 0xAC00;
    /** ㅇ, silent as an initial. */
    private static final int SILENT_INITIAL = 11;
    private static final int LAST = 0xD7A3;
    private static final String[] RR_INITIAL = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
            "ch", "k", "t", "p", "h"};
    private static final String[] MR_INITIAL = {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch",
            "ch", "k", "t", "p", "h"};
    /** McCune-Reischauer voices plain k, t, p, ch after a vowel or a voiced final. */
    private static final String[] MR_VOICED = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "tch",
            "ch", "k", "t", "p", "h"};
    private static final String[] RR_VOWEL = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo",
            "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] MR_VOWEL = {"a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo",
            "u", "wo", "we", "wi", "yu", "u", "ui", "i"};
    private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
            "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    private HangulRomanizer() {
    }

    /** Every syllable's Revised Romanization (11,172 syllables, fewer spellings). */
    private static final class RrSyllables {
        static final java.util.Set<String> ALL = build();

        private static java.util.Set<String> build() {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (int cp = BASE; cp <= LAST; cp++) {
                out.add(syllable(cp, false, false));
            }
            return java.util.Set.copyOf(out);
        }
    }

    /**
     * A Latin word that is one Hangul syllable in the Revised Romanization, with its vowel as McCune-Reischauer writes it
     * without breves (ㅓ eo as o, ㅕ yeo as yo, ㅡ eu as u: "seok" -> "sok", "cheol" -> "chol", "eun" -> "un"); null for
     * any other word, and for a syllable both systems spell alike. Consonants are left: RR's initial g, d, b, j against
     * MR's k, t, p, ch would make "Jan" and "Chan", "Ben" and "Pen" one name.
     */
    public static String mrVowels(String word) {
        if (word.length() < 2 || word.length() > 7 || word.indexOf("eo") < 0 && word.indexOf("eu") < 0
                || !RrSyllables.ALL.contains(word)) {
            return null;
        }
        return word.replace("eo", "o").replace("eu", "u");
    }

    public static boolean isSyllable(int cp) {
        return cp >= BASE && cp <= LAST;
    }

    /** One syllable in the Revised Romanization ({@code mr} false) or McCune-Reischauer. */
    public static String syllable(int cp, boolean mr, boolean afterVoiced) {
        int s = cp - BASE;
        int initial = s / (21 * 28);
        int vowel = s % (21 * 28) / 28;
        int fin = s % 28;
        String i = mr ? (afterVoiced ? MR_VOICED : MR_INITIAL)[initial] : RR_INITIAL[initial];
        return i + (mr ? MR_VOWEL : RR_VOWEL)[vowel] + FINAL[fin];
    }

    /**
     * One syllable as Koreans mostly write their names in Latin letters: McCune-Reischauer's consonants
     * (voiced between voiced sounds: 박정희 "pak chung hui", 문재인 "mun jae in") with the Revised
     * Romanization's vowels, but ㅓ and ㅕ written u and yu (정 "jung", 현 "hyun", 명 "myung", 성 "sung").
     * South Korean passports accept any spelling that reads as the name (Ministry of Foreign Affairs, 2014, as
     * Wikipedia's "Korean name" quotes it); tennis player 정현 is "Hyeon Chung", "Hyun Chung" too, and singer
     * 전정국 "Jeon Jungkook" writes ㅓ eo and u in one name (hangukchurisoseol.com, "Romanisation of Korean names").
     * ㅢ after a consonant is pronounced ㅣ (Standard Pronunciation, article 5) and written ee: 희 "hee" far more
     * often than "hui" (heeim.tistory.com, 2020, on Naver's name-spelling counts).
     */
    public static String popularSyllable(int cp, boolean afterVoiced) {
        int s = cp - BASE;
        int initial = s / (21 * 28);
        int vowel = s % (21 * 28) / 28;
        int fin = s % 28;
        String v = RR_VOWEL[vowel];
        v = v.equals("eo") ? "u" : v.equals("yeo") ? "yu" : v.equals("ui") && initial != SILENT_INITIAL ? "ee" : v;
        return (afterVoiced ? MR_VOICED : MR_INITIAL)[initial] + v + FINAL[fin];
    }

    /** The syllables of a Hangul word in {@link #popularSyllable}, or null when one is not a Hangul syllable. */
    public static String[] popularSyllables(String word) {
        return spelt(word, (cp, afterVoiced, k) -> popularSyllable(cp, afterVoiced));
    }

    /** How a system spells syllable {@code k} of a word, {@code afterVoiced} when the one before ends voiced. */
    private interface Spelling {
        String spell(int cp, boolean afterVoiced, int k);
    }

    /** The syllables of a Hangul word as {@code spelling} spells each, or null when one is not a Hangul syllable. */
    private static String[] spelt(String word, Spelling spelling) {
        int[] cps = Words.codePoints(word);
        String[] out = new String[cps.length];
        for (int k = 0; k < cps.length; k++) {
            if (!isSyllable(cps[k])) {
                return null;
            }
            out[k] = spelling.spell(cps[k], k > 0 && endsVoiced(cps[k - 1]), k);
        }
        return out;
    }

    /**
     * A personal name in McCune-Reischauer, breves and apostrophes left out, as North Korean names are mostly written on
     * sanctions lists ("KIM TONG CHOL", "O KUK RYOL", "RI MAN GON"): plain k, t, p are voiced between voiced sounds
     * within the given name ("Pak Tong Gu"), but the given name's first letter is voiceless even where it is said
     * voiced ("Kim Tong Chol", not "Kim Dong Chol"): McCune-Reischauer writes a family and a given name apart, and
     * North Korea's own system (1992, revised 2002 and 2012) keeps the rule for names (Wikipedia, "Romanization of
     * Korean (North Korean system)", Guide: "The given name's first initial is transcribed in a voiceless letter, even
     * when it becomes resonant in pronunciation"). ㅈ there is voiced as before ("Kim Jong Il"): North Korea writes ㅈ
     * j wherever it stands. {@code givenStart}: the syllable the given name begins at (1, or 2 after a family name of
     * two); the syllables' count for a word that is no name. Null when a character is not a Hangul syllable.
     */
    public static String[] personalSyllables(String word, int givenStart) {
        return spelt(word, (cp, afterVoiced, k) -> personalSyllable(cp, afterVoiced, k == givenStart));
    }

    /** One syllable in {@link #personalSyllables}: McCune-Reischauer's, {@code givenFirst} the given name's first. */
    public static String personalSyllable(int cp, boolean afterVoiced, boolean givenFirst) {
        int initial = (cp - BASE) / (21 * 28);
        boolean stop = initial == PLAIN_K || initial == PLAIN_T || initial == PLAIN_P;
        return syllable(cp, true, afterVoiced && !(givenFirst && stop));
    }

    /** North Korea's initials (its 1992 system, revised 2002 and 2012: Wikipedia, "Romanization of Korean (North Korean
     *  system)"): McCune-Reischauer's, but ㅈ j wherever it stands and the aspirates kh, th, ph. */
    private static final String[] NORTH_INITIAL = {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj",
            "ch", "kh", "th", "ph", "h"};
    private static final String[] NORTH_VOICED = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
            "ch", "kh", "th", "ph", "h"};

    /**
     * A personal name's syllables as North Korea's own system writes them ("박정천" pak jong chon, as the UK list writes
     * "Jong Chon PAK", where McCune-Reischauer's "chong" spells ㅈ after a voiceless final; "정경택" jong kyong thaek):
     * {@link #personalSyllables}' voicing, the given name's first plain stop voiceless. Null when a character is not a
     * Hangul syllable.
     */
    public static String[] northSyllables(String word, int givenStart) {
        return spelt(word, (cp, afterVoiced, k) -> northSyllable(cp, afterVoiced, k == givenStart));
    }

    /** One syllable in {@link #northSyllables}; {@code givenFirst}: the given name's first. */
    private static String northSyllable(int cp, boolean afterVoiced, boolean givenFirst) {
        int s = cp - BASE;
        int initial = s / (21 * 28);
        boolean stop = initial == PLAIN_K || initial == PLAIN_T || initial == PLAIN_P;
        boolean voiced = afterVoiced && !(givenFirst && stop);
        return (voiced ? NORTH_VOICED : NORTH_INITIAL)[initial] + MR_VOWEL[s % (21 * 28) / 28] + FINAL[s % 28];
    }

    /**
     * One syllable as South Koreans often write their names in English: {@link #popularSyllable}'s consonants, ㅓ and ㅕ
     * as the Revised Romanization writes them (eo, yeo: 건 "keon", 석 "seok"), and ㅜ and ㅠ as English spells the sound
     * (oo, yoo: 윤 "Yoon", 구 "Koo", 남궁 "Namgoong", 두산 "Doosan"). Not a system: a spelling names and companies show.
     */
    public static String englishSyllable(int cp, boolean afterVoiced) {
        int s = cp - BASE;
        int initial = s / (21 * 28);
        int vowel = s % (21 * 28) / 28;
        String v = RR_VOWEL[vowel];
        v = v.equals("u") ? "oo" : v.equals("yu") ? "yoo" : v.equals("ui") && initial != SILENT_INITIAL ? "ee" : v;
        return (afterVoiced ? MR_VOICED : MR_INITIAL)[initial] + v + FINAL[s % 28];
    }

    /** The syllables of a Hangul word in {@link #englishSyllable}, or null when one is not a Hangul syllable. */
    public static String[] englishSyllables(String word) {
        return spelt(word, (cp, afterVoiced, k) -> englishSyllable(cp, afterVoiced));
    }

    /** ㄱ, ㄷ, ㅂ: the plain stops McCune-Reischauer writes k, t, p, and g, d, b where voiced. */
    private static final int PLAIN_K = 0;
    private static final int PLAIN_T = 3;
    private static final int PLAIN_P = 7;

    /** Whether a syllable ends in a vowel or a voiced final (n, l, m, ng): the next plain stop is voiced in MR. */
    static boolean endsVoiced(int cp) {
        String f = FINAL[(cp - BASE) % 28];
        return f.isEmpty() || f.equals("n") || f.equals("l") || f.equals("m") || f.equals("ng");
    }

    /**
     * The syllables of a Hangul word, romanised and separated by spaces ("gim jeong eun"), or null when
     * the word has characters that are not Hangul syllables.
     */
    public static String[] syllables(String word, boolean mr) {
        return spelt(word, (cp, afterVoiced, k) -> syllable(cp, mr, afterVoiced));
    }
}
