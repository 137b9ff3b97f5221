package io.interdict.core.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A foreign (European, American, Russian...) name written in Han characters or in Hangul, its syllables spelt the ways
 * a Latin name writes the sounds they stand for, for fitting the name to a Latin one ({@code FittedReading}) as
 * {@link KanaSpelling} does for katakana: 特朗普 "te lang pu" fits "trump", 세르게이 라브로프 "sereugei rabeuropeu" fits
 * "sergei lavrov".
 *
 * <p>Both languages write a foreign consonant cluster or final consonant with a vowel the name does not have, and a
 * foreign sound with the nearest of their own (Wikipedia, "Transcription of foreign names into Chinese" and "Korean
 * orthography for foreign words"; the National Institute of the Korean Language's 외래어 표기법, 1986):
 * <ul>
 *   <li>Han, read in Mandarin (each character's first Unihan reading, {@link HanReadings}): an unaspirated and an
 *   aspirated stop (b p, d t, g k) stand for either voicing; l and r for either liquid (Mandarin has one l, and its r
 *   writes French j: 让 "Jean"); x, s and sh for s, sh, c, z; zh, j and q for j, g, ch; f for f, v, ph; w for w, v;
 *   a j or q before i for Russian's soft t and d (普京 "Putin"); the vowel of an open syllable in e or u, and the
 *   i after z, c, s, zh, ch, sh, r, is the one Chinese adds to a consonant it cannot end a syllable with, and may be
 *   left out (特 "t", 普 "p", 斯 "s"); er (尔) is a final -r or -l, -er, -ar; an English r after a vowel is not
 *   written (卡特 "Carter", 克拉克 "Clark"), nor always an n before another consonant (n and ng as n, m or nothing).</li>
 *   <li>Hangul: 으 (eu) is the vowel Korean adds, left out in an open syllable; ㅓ (eo) stands for English's o, u, e and
 *   unstressed vowels; ㅂ is b or v, ㅍ p, f or v, ㅈ j, g or z (즈 also a final s), ㅊ ch, ts or z, ㅅ s, sh, th, and a
 *   final ㅅ s or t; ㅎ h or kh; 슈 before a consonant the German sch; 이 after an open syllable the second half of a
 *   diphthong (데이비드 "David"); a final ㄹ before an initial ㄹ one l or two.</li>
 * </ul>
 * Each Latin spelling is a choice of one spelling per syllable ({@link SyllableFit}), with a doubled consonant (ll, tt)
 * and a German "dt" allowed, and a Latin x read as ks and a silent final e left out. A th is t only before a vowel that
 * is spoken (托马斯 "Thomas"; 史密斯 writes Smith's final th as s, so 施密特 is no "Smith").
 */
public final class LoanwordSpelling {
    private LoanwordSpelling() {
    }

    /** The dots Chinese and Japanese put between a foreign name's parts (U+00B7, U+30FB, U+2027, U+2022, U+FF65). */
    private static final String DOTS = "\u00B7\u30FB\u2027\u2022\uFF65";

    /**
     * Whether a name written in Han is a transcription of a foreign name: Han characters in two parts or more parted by
     * a middle dot (弗拉基米尔·普京), as Chinese writes every foreign personal name and never a Chinese one (张伟, 欧阳修
     * have none). Names without the dot keep their Chinese, Korean and Japanese readings alone.
     */
    public static boolean hanTranscription(String name) {
        if (name == null) {
            return false;
        }
        int parts = 0;
        boolean inPart = false;
        boolean dot = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (DOTS.indexOf(cp) >= 0 || cp == ' ' || cp == '\u3000' || cp == '-' || cp == '=' || cp == '\uFF1D') {
                dot |= DOTS.indexOf(cp) >= 0 || cp == '=' || cp == '\uFF1D';
                inPart = false;
            } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                if (!inPart) {
                    parts++;
                    inPart = true;
                }
            } else {
                return false;
            }
        }
        return dot && parts >= 2;
    }

    /** The words of a Han transcription or a Hangul loanword name ({@link #hanTranscription}, {@link
     *  LoanwordReading#hangul}); null for any other name. */
    public static String[] words(String name) {
        if (hanTranscription(name) || LoanwordReading.hangul(name) != null && !sinoKorean(name)) {
            return name.strip().split("[\\s\\-=\\uFF1D" + DOTS + "]+");
        }
        return null;
    }

    /**
     * Whether every Hangul syllable of a name is Sino-Korean ({@link HanReadings#sinoKorean}: the Korean reading of a
     * Han character in Unihan's kHangul), as a Korean name's are (지은 허, 성훈 경희 허); a foreign name has syllables
     * only loanwords use (존 카터: 카, 터; 세르게이: 르). Such a name is not fitted as a loanword.
     */
    static boolean sinoKorean(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (HangulRomanizer.isSyllable(cp) && !HanReadings.sinoKorean(cp)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the Latin word (lower-case ASCII) spells the Han or Hangul word as a loanword. */
    public static boolean spells(String word, String latin) {
        List<String[]> units = units(word);
        if (units == null || latin.isEmpty()) {
            return false;
        }
        for (String form : sounds(latin)) {
            if (SyllableFit.fits(units, form)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Latin word as written and as spoken where its letters say so: x as ks (尼克松 "Nixon"), gu and qu before e or i
     * as g and k (罗德里格斯 "Rodriguez"), a final e or es after a consonant as nothing or s (George, Jones), and a final
     * -er after a consonant as nothing, which Chinese and Korean may leave unwritten (詹妮弗 "Jennifer").
     */
    static List<String> sounds(String latin) {
        String w = latin.replace("x", "ks").replaceAll("([gq])u([ei])", "$1$2").replace("q", "k");
        Set<String> out = new LinkedHashSet<>(4);
        out.add(latin);
        out.add(w);
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == 'e' && !vowel(w.charAt(n - 2))) {
            out.add(w.substring(0, n - 1));
        }
        if (n > 4 && w.endsWith("es") && !vowel(w.charAt(n - 3))) {
            out.add(w.substring(0, n - 2) + "s");
        }
        if (n > 5 && w.endsWith("er") && !vowel(w.charAt(n - 3))) {
            out.add(w.substring(0, n - 2));
        }
        return List.copyOf(out);
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** The letters (bit a..z) a spelling of the word may begin with; -1 when it may begin with any, 0 when none. */
    public static int firstLetters(String word) {
        int m = SyllableFit.firstLetters(units(word));
        return m == 0 || m == -1 ? m : m | 1 << ('c' - 'a') | 1 << ('q' - 'a');   // a Latin k, ks may be written c, q, x
    }

    private static final Map<String, List<String[]>> WORDS = new ConcurrentHashMap<>();

    /** The word's syllables with their spellings; null when it is not all Han with Mandarin readings, or all Hangul. */
    static List<String[]> units(String word) {
        if (word.isEmpty()) {
            return null;
        }
        List<String[]> known = WORDS.get(word);
        if (known == null) {
            known = unitsAnew(word);
            if (known == null) {
                return null;
            }
            if (WORDS.size() < 50_000) {
                WORDS.put(word, known);
            }
        }
        return known;
    }

    private static List<String[]> unitsAnew(String word) {
        int[] cps = Words.codePoints(word);
        boolean hangul = true;
        for (int cp : cps) {
            hangul &= HangulRomanizer.isSyllable(cp);
        }
        if (hangul) {
            List<String[]> out = new ArrayList<>(cps.length);
            for (int k = 0; k < cps.length; k++) {
                out.add(hangulSyllable(cps, k));
            }
            return out;
        }
        List<String[]> out = new ArrayList<>(cps.length);
        for (int cp : cps) {
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                return null;
            }
            HanReadings.Reading r = HanReadings.of(cp);
            if (r == null || r.mandarin().length == 0) {
                return null;
            }
            out.add(PINYIN.computeIfAbsent(r.mandarin()[0], LoanwordSpelling::pinyin));
        }
        return out;
    }

    // ---------------------------------------------------------------- Mandarin

    private static final Map<String, String[]> PINYIN = new ConcurrentHashMap<>();
    private static final String[] INITIALS = {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j",
        "q", "x", "r", "z", "c", "s", "y", "w"};

    /** A pinyin syllable (no tone; ü as v) spelt as the foreign sounds it writes. */
    static String[] pinyin(String syllable) {
        String initial = "";
        for (String i : INITIALS) {
            if (syllable.startsWith(i) && syllable.length() > i.length()) {
                initial = i;
                break;
            }
        }
        String fin = syllable.substring(initial.length());
        if (initial.isEmpty() && fin.equals("er")) {
            return new String[] {"r", "er", "ar", "or", "ir", "ur", "l", "el", "il", "ll", "rr"};
        }
        boolean front = "jqxy".contains(initial) && !initial.isEmpty();
        if (front && fin.startsWith("u")) {
            fin = "v" + fin.substring(1);          // ju, qu, xu, yu: ü
        }
        if (fin.equals("ui")) {
            fin = "uei";
        } else if (fin.equals("iu")) {
            fin = "iou";
        } else if (fin.equals("un")) {
            fin = front ? "vn" : "uen";
        }
        String coda = fin.endsWith("ng") ? "ng" : fin.endsWith("n") ? "n" : "";
        String nucleus = fin.substring(0, fin.length() - coda.length());
        boolean buzz = nucleus.equals("i") && (initial.equals("z") || initial.equals("c") || initial.equals("s")
                || initial.equals("zh") || initial.equals("ch") || initial.equals("sh") || initial.equals("r"));
        boolean open = coda.isEmpty();
        // The vowel Chinese adds after a foreign consonant: e, u and the buzzing i of an open syllable (特 t, 普 p, 斯 s).
        boolean epenthetic = open && !initial.isEmpty() && !initial.equals("y") && !initial.equals("w")
                && (nucleus.equals("e") || nucleus.equals("u") || buzz);
        String[] vowels = buzz ? new String[] {"i", "e", "y"} : vowel(nucleus, coda);
        String[] codas = switch (coda) {
            case "n" -> new String[] {"n", "nn", "m", ""};
            case "ng" -> new String[] {"ng", "n", "m", ""};
            default -> new String[] {""};
        };
        boolean beforeI = nucleus.startsWith("i") || nucleus.equals("v");
        Set<String> out = new LinkedHashSet<>();
        for (String c : initial(initial, beforeI)) {
            for (String v : vowels) {
                for (String k : codas) {
                    out.add(c + v + k);
                    if (open && !v.isEmpty()) {
                        out.add(c + v + "r");        // an English r or l after a vowel is not written: 卡 "car"
                        if (nucleus.equals("a") || nucleus.equals("o") || nucleus.equals("uo")) {
                            out.add(c + v + "l");    // and a dark l after a or o: 罗纳德 "Ronald", 沃克 "Walker"
                        }
                    }
                }
            }
            if (epenthetic && !c.equals("th")) {
                out.add(c);
            }
            if (open && initial.equals("l") && nucleus.equals("uo")) {
                out.add(c);                          // a final l with the vowel Chinese adds: 保罗 "Paul"
            }
        }
        if (initial.equals("h") && nucleus.length() > 1 && nucleus.startsWith("u")) {
            // h before u is a foreign w or wh: 华 "wa", 怀 "whi"
            for (String w : new String[] {"w", "wh"}) {
                for (String v : vowel(nucleus.substring(1), coda)) {
                    for (String k : codas) {
                        out.add(w + v + k);
                    }
                }
            }
        }
        return out.toArray(String[]::new);
    }

    private static String[] initial(String i, boolean beforeI) {
        return switch (i) {
            case "b", "p" -> new String[] {"b", "p", "bb", "pp"};
            case "m" -> new String[] {"m", "mm"};
            case "f" -> new String[] {"f", "v", "ph", "ff"};
            case "d", "t" -> new String[] {"d", "t", "dd", "tt", "th", "dt"};
            case "n" -> new String[] {"n", "nn"};
            case "l" -> new String[] {"l", "r", "ll", "rr"};
            case "g", "k" -> new String[] {"g", "k", "c", "ck", "gg", "q", "kh", "ch"};
            case "h" -> new String[] {"h", "kh", "ch", "j"};
            case "j", "q" -> beforeI ? new String[] {"j", "g", "zh", "dj", "ch", "c", "k", "ts", "d", "t"}
                    : new String[] {"j", "g", "zh", "dj", "ch", "c", "k", "ts"};
            case "x" -> new String[] {"s", "sh", "ss", "c", "z", "sch", "ch", "x"};
            case "zh" -> new String[] {"zh", "j", "g", "ch", "dg", "z"};
            case "ch" -> new String[] {"ch", "c", "k", "tch", "ts", "tsch"};
            case "sh" -> new String[] {"sh", "s", "sch", "ch", "ss", "c", "z"};
            case "r" -> new String[] {"r", "l", "rr", "ll", "j", "g", "zh"};
            case "z", "c" -> new String[] {"z", "ts", "tz", "s", "zz", "dz", "c"};
            case "s" -> new String[] {"s", "ss", "c", "z", "th", "sz"};
            case "y" -> new String[] {"y", "j", "i", ""};
            case "w" -> new String[] {"w", "v", "wh", "u", ""};
            default -> new String[] {""};
        };
    }

    /** A pinyin vowel (its nucleus without n or ng) as Latin vowels. */
    private static String[] vowel(String v, String coda) {
        boolean open = coda.isEmpty();
        return switch (v) {
            case "a" -> open ? new String[] {"a", "e"} : new String[] {"a", "o", "u", "e", "ea", "ow", "ou", "au"};
            case "o" -> new String[] {"o", "a", "u", "ou", "au", "e"};   // bo, po, mo, fo: also "ber"
            case "e" -> open ? new String[] {"e", "a", "i", "o", "u"} : new String[] {"e", "a", "i", "o", "u", ""};
            case "i" -> new String[] {"i", "y", "e", "ee", "ie", "ea", "ey"};
            case "u" -> new String[] {"u", "o", "oo", "ou", "ue"};
            case "v" -> open ? new String[] {"u", "ue", "ui", "i", "y", "eu"} : new String[] {"u", "ue", "i", "y", "o"};
            case "ai" -> new String[] {"ai", "a", "e", "ay", "ei", "ey", "i", "y", "ie"};
            case "ei" -> new String[] {"ei", "e", "ay", "ai", "a", "i", "ey", "y"};
            case "ao" -> new String[] {"ao", "o", "au", "aw", "a", "ow", "ou"};
            case "ou" -> new String[] {"ou", "o", "ow", "u", "oe"};
            case "ia" -> new String[] {"ia", "ya", "a", "ie", "e", "ea", "iya"};
            case "ie" -> new String[] {"ie", "ye", "e", "i", "ia"};
            case "iao" -> new String[] {"iao", "io", "yo", "o", "eo", "eau"};
            case "iou" -> new String[] {"iu", "yu", "u", "io", "eu", "ew", "yo"};
            case "io" -> new String[] {"io", "yo", "o", "u", "eo"};
            case "ua" -> new String[] {"ua", "wa", "a", "oa"};
            case "uo" -> new String[] {"uo", "o", "wo", "a", "wa", "ou"};
            case "uai" -> new String[] {"uai", "wai", "ai", "oi", "ui", "wi"};
            case "uei" -> new String[] {"ui", "ue", "wi", "we", "ei", "i", "oi", "ay"};
            case "ue" -> new String[] {"ue", "o", "u", "we", "e", "a"};
            case "ve" -> new String[] {"ue", "e", "o", "ye", "ie", "io"};
            case "van" -> new String[] {"ua", "ue", "ie", "ia"};
            default -> new String[] {v};
        };
    }

    // ---------------------------------------------------------------- Hangul

    private static final int BASE = 0xAC00;
    private static final int EU = 18;

    private static String[] hangulSyllable(int[] cps, int k) {
        int s = cps[k] - BASE;
        int initial = s / (21 * 28);
        int vowel = s % (21 * 28) / 28;
        int fin = s % 28;
        boolean last = k + 1 == cps.length;
        int prevFin = k > 0 ? (cps[k - 1] - BASE) % 28 : -1;
        boolean prevOpen = prevFin == 0;
        int nextInitial = last ? -1 : (cps[k + 1] - BASE) / (21 * 28);
        boolean epenthetic = vowel == EU && fin == 0 && initial != 11;
        int next = last ? -1 : cps[k + 1] - BASE;
        // 아이, 와이 and 아우 are English's diphthongs (마이클 "Michael", 화이트 "White", 브라운 "Brown"); 에이 its long a.
        boolean nextI = next >= 0 && next / (21 * 28) == 11 && next % (21 * 28) / 28 == 20;
        boolean nextU = next >= 0 && next / (21 * 28) == 11 && next % (21 * 28) / 28 == 13;
        int prevVowel = k > 0 ? (cps[k - 1] - BASE) % (21 * 28) / 28 : -1;
        String[] is = switch (initial) {
            case 0 -> new String[] {"g", "k", "c", "gh", "gg"};                          // ㄱ
            case 1 -> new String[] {"k", "c", "g", "ck"};                                // ㄲ
            case 2 -> new String[] {"n", "nn"};                                          // ㄴ
            case 3 -> new String[] {"d", "t", "dd", "dt"};                               // ㄷ
            case 4 -> new String[] {"t", "tt", "d"};                                     // ㄸ
            case 5 -> prevFin == 8 ? new String[] {"", "l"} : new String[] {"r", "l", "rr", "ll"};   // ㄹ
            case 6 -> new String[] {"m", "mm"};                                          // ㅁ
            case 7 -> new String[] {"b", "v", "bb"};                                       // ㅂ
            case 8 -> new String[] {"p", "pp", "b"};                                     // ㅃ
            case 9 -> vowel == 17 && fin == 0 && !last && nextInitial != 11
                    ? new String[] {"s", "sh", "sch", "ss", "c", "z"}                    // 슈 before a consonant: sch
                    : epenthetic ? new String[] {"s", "ss", "c", "z", "th"}
                    : new String[] {"s", "ss", "c", "th", "sh", "z"};                    // ㅅ
            case 10 -> new String[] {"s", "ss"};                                         // ㅆ
            case 11 -> new String[] {""};                                                // ㅇ
            case 12 -> epenthetic ? new String[] {"j", "g", "z", "dz", "ds", "s", "dg"}
                    : new String[] {"j", "g", "z", "dg", "dj", "zh", "ge"};                    // ㅈ
            case 13 -> new String[] {"j", "z", "ts"};                                    // ㅉ
            case 14 -> new String[] {"ch", "c", "ts", "tch", "tz", "z", "tsch"};         // ㅊ
            case 15 -> new String[] {"k", "c", "ck", "ch", "q", "kh", "qu"};             // ㅋ
            case 16 -> epenthetic ? new String[] {"t", "tt", "dt"} : new String[] {"t", "tt", "th"};   // ㅌ
            case 17 -> new String[] {"p", "f", "ph", "pp", "ff", "v"};                  // ㅍ
            case 18 -> new String[] {"h", "kh", "ch"};                                   // ㅎ
            default -> new String[] {""};
        };
        if (vowel == 17 && initial == 9 && fin == 0 && !last && nextInitial != 11) {
            return is;                                                                   // 슈 (sch) with no vowel
        }
        String[] vs = switch (vowel) {
            case 0 -> fin == 0 && nextI ? new String[] {"a", ""} : fin == 0 && nextU ? new String[] {"a", "o"} : new String[] {"a"};
            case 1 -> new String[] {"a", "e", "ai", "ay", "ae"};
            case 2 -> new String[] {"ya", "ia", "ja"};
            case 3 -> new String[] {"ya", "ye"};
            case 4 -> new String[] {"o", "u", "e", "a", "ou", "ea", "i"};
            case 5 -> new String[] {"e", "ai", "ay", "a", "ei", "ea"};
            case 6 -> new String[] {"yo", "ye", "io", "ie", "yu", "eo", "you"};
            case 7 -> new String[] {"ye", "ie", "e"};
            case 8 -> new String[] {"o", "au", "aw", "ou", "oh", "oe", "ow"};
            case 9 -> fin == 0 && nextI ? new String[] {"wa", "oi", "ua", "oa", "w"} : new String[] {"wa", "oi", "ua", "oa"};
            case 10 -> new String[] {"wa", "wai", "wae"};
            case 11 -> new String[] {"oe", "we", "oi", "ue"};
            case 12 -> new String[] {"yo", "io", "eo"};
            case 13 -> new String[] {"u", "oo", "ou", "o", "w", "ew", "ue"};
            case 14 -> new String[] {"wo", "wa", "wu", "uo"};
            case 15 -> new String[] {"we", "ue", "wi"};
            case 16 -> new String[] {"wi", "ui", "ue", "u"};
            case 17 -> new String[] {"yu", "u", "ew", "iu", "eu", "ue", "you"};
            // 으 is the vowel Korean adds: none in an open syllable, nor in 를, 클 (카를로스 "Carlos", 클라크 "Clark")
            case 18 -> fin == 0 ? new String[] {"", "e", "u", "o", "i"} : fin == 8 ? new String[] {"", "o", "u", "e", "i", "a", "ae"}
                    : new String[] {"o", "u", "e", "i", "a"};
            case 19 -> new String[] {"ui", "i", "ee"};
            default -> initial == 11 && k > 0 && prevOpen && (fin == 0 || prevVowel == 0 || prevVowel == 1 || prevVowel == 5)
                    ? new String[] {"i", "y", "e", "ee", "ie", "ea", "ey", ""}           // 이 after an open syllable
                    : new String[] {"i", "y", "e", "ee", "ie", "ea", "ey"};
        };
        String[] fs = switch (fin) {
            case 0 -> new String[] {""};
            case 1, 2, 3, 9, 24 -> new String[] {"k", "c", "ck", "g"};
            case 4, 5, 6 -> new String[] {"n", "nn"};
            case 7, 22, 23, 25, 27 -> new String[] {"t", "d", "tt"};
            case 19, 20 -> new String[] {"s", "t", "ss", "tt"};                           // a final ㅅ: s or t
            case 8, 11, 12, 13, 15 -> new String[] {"l", "ll"};
            case 10, 16 -> new String[] {"m", "mm"};
            case 14, 17, 18, 26 -> new String[] {"p", "b", "pp"};
            case 21 -> new String[] {"ng", "n"};
            default -> new String[] {""};
        };
        Set<String> out = new LinkedHashSet<>();
        for (String i : is) {
            for (String v : vs) {
                for (String f : fs) {
                    out.add(i + v + f);
                    if ((initial == 9 || initial == 12 || initial == 14) && v.length() > 1 && v.startsWith("y")) {
                        out.add(i + v.substring(1) + f);      // 쇼 "sho", 쥬 "ju": sh, j, ch before y
                    }
                    if (initial == 18 && v.startsWith("w")) {
                        out.add("wh" + v.substring(1) + f);   // 화 "wha"
                    }
                    if (fin == 0 && !v.isEmpty()) {
                        out.add(i + v + "r");       // an English r after a vowel is not written: 카터 "carter"
                    }
                }
            }
        }
        return out.toArray(String[]::new);
    }
}
