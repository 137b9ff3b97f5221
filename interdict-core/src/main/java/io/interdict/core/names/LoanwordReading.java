package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;

/**
 * A European or American name as Japanese and Korean write it, read back towards its Latin spelling: ドナルド・トランプ
 * is "donarudo toranpu" syllable by syllable, and 도널드 트럼프 "doneoldeu teureompeu", neither of which a Latin
 * "Donald Trump" resembles; read as loanwords they are "donard tramp" ("donald tlamp") and "donald tramp".
 *
 * <p>Both languages write a foreign consonant cluster or final consonant with a vowel after it that the name does not
 * have, and English sounds with their nearest own letters (Wikipedia, "Transcription into Japanese" and "Korean
 * orthography for foreign words"; the National Institute of the Korean Language's 외래어 표기법, 1986):
 * <ul>
 *   <li>Katakana: u after a consonant (ク ス ズ ブ プ フ ム ル: "sumisu" Smith) before another consonant that keeps its vowel
 *   and at the end of a word (two at its end: "jeemuzu" James), and o after t and d (ト ド) before r or w and at the
 *   end ("toranpu" Trump, "donarudo" Donald, "edowaazu" Edwards), are left out; a word begins with such a cluster only
 *   after s or before r or w ("sumisu", "kurisu"; ルシア stays "rusia"). A final ル after e or i is "l" ("danieru"
 *   Daniel), other r-row letters r and, in a second reading per word, l (Japanese has one consonant for both). ー after
 *   a is "r" ("maaku" Mark, a final "-aa" "-er": "kaataa" Carter), ン before p, b, m is "m", ッ (a doubled consonant)
 *   is one, ホワ "wh", シ before a vowel "s" ("garushia" Garcia), a final ズ "s" ("joonzu" Jones), a final フ after o
 *   or e "v" (Russian's -ov and -ev: "iwanofu" Ivanov).</li>
 *   <li>Hangul: 으 (eu) is the vowel Korean adds: left out before another consonant and at the end of a word, read "o"
 *   in a closed syllable ("jonseun" Johnson); ㅓ is English's unstressed vowel, read "er" in an open syllable ("teo"
 *   -ter, "beo" -ber) and "a" in a closed one ("neol" -nal); ㅐ is English's a ("aendeoseun" Anderson), and so is ㅔ or ㅐ
 *   before 이 ("deibideu" David); 를 within a word is "r" ("kareullos" Carlos) and 클 at its end "l" (Michael); a final
 *   ㄹ before an initial ㄹ is one "l" ("elli" Eli-); a final 프 after o or e is "v" (Russian's -ov, -ev: 이바노프 "ibanov").</li>
 * </ul>
 * A reading is one more spelling of a name ({@code ScriptReadings}), scored like the others; the name's own syllable
 * reading stays. Approximate by design: the spelling a loanword reading gives is one edit or two from the Latin name
 * (Carter "kater", Peter "piter"), which the matcher's typo tolerance covers, and nothing when the name is a Japanese
 * or Korean one written in these letters ("ヤマダ" stays "yamada").
 */
public final class LoanwordReading {
    private LoanwordReading() {
    }

    // ---------------------------------------------------------------- katakana

    /** Katakana letters (U+30A1..U+30FA) in Hepburn: index = code point - 0x30A1; a small letter's value gives its
     *  vowel (or y) to the letter before ({@link #morae}). */
    private static final String[] KANA = {
        "a", "a", "i", "i", "u", "u", "e", "e", "o", "o",                     // ァアィイゥウェエォオ
        "ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko", "go",           // カガキギクグケゲコゴ
        "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo",         // サザシジスズセゼソゾ
        "ta", "da", "chi", "ji", "q", "tsu", "zu", "te", "de", "to", "do",  // タダチヂッツヅテデトド
        "na", "ni", "nu", "ne", "no",                                       // ナニヌネノ
        "ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he", "be", "pe", "ho", "bo", "po", // ハ..ポ
        "ma", "mi", "mu", "me", "mo",                                       // マミムメモ
        "ya", "ya", "yu", "yu", "yo", "yo",                                 // ャヤュユョヨ
        "ra", "ri", "ru", "re", "ro",                                       // ラリルレロ
        "wa", "wa", "wi", "we", "wo", "n", "vu", "ka", "ke", "va", "vi", "ve", "vo" // ヮワヰヱヲンヴヵヶヷヸヹヺ
    };

    /** Whether a name is written in katakana alone (and the dots, spaces and long-vowel marks between). */
    public static boolean isKatakana(String name) {
        boolean any = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '\u30A1' && c <= '\u30FA') {
                any = true;
            } else if (c != '\u30FB' && c != '\u30FC' && c != ' ' && c != '\u3000' && c != '\u00B7' && c != '=' && c != '\uFF1D') {
                return false;
            }
        }
        return any;
    }

    /** A katakana name read as a loanword (its r-row letters as r, then as l: Japanese has one consonant for both),
     *  or an empty list when it is not written in katakana alone. */
    public static List<String> katakana(String name) {
        if (name == null || !isKatakana(name)) {
            return List.of();
        }
        String[] words = name.split("[\\u30FB\\u00B7\\s=\\uFF1D]+");
        List<String> out = new ArrayList<>(4);
        // Each word with its r-row letters as r, and as l: both words' choices together, at most four readings.
        int combinations = 1 << Math.min(2, words.length);
        for (int choice = 0; choice < combinations; choice++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < words.length; w++) {
                boolean l = w < 2 ? (choice >> w & 1) == 1 : (choice & 1) == 1;
                String read = words[w].isEmpty() ? "" : katakanaWord(words[w], l);
                if (!read.isEmpty()) {
                    sb.append(sb.length() == 0 ? "" : " ").append(read);
                }
            }
            if (sb.length() > 0 && !out.contains(sb.toString())) {
                out.add(sb.toString());
            }
        }
        return out;
    }

    /** The morae of a katakana word: consonant and vowel apart ("to" -> "t","o"), a small letter joined to the one
     *  before ("ジェ" -> "j","e"; "ティ" -> "t","i"; "ウィ" -> "w","i"). */
    private static List<String[]> morae(String word) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\u30FC') {
                out.add(new String[] {"", "-"});
                continue;
            }
            if (c < '\u30A1' || c > '\u30FA') {
                continue;
            }
            String r = KANA[c - 0x30A1];
            boolean small = "ァィゥェォャュョヮヵヶ".indexOf(c) >= 0;
            if (small && !out.isEmpty() && !out.get(out.size() - 1)[1].isEmpty() && !out.get(out.size() - 1)[1].equals("-")) {
                String[] prev = out.get(out.size() - 1);
                String consonant = prev[0];
                String vowel = r.substring(r.length() - 1);
                if (r.startsWith("y")) {        // キャ kya, シャ sha, チャ cha, ジャ ja
                    consonant = consonant.equals("sh") || consonant.equals("ch") || consonant.equals("j") ? consonant
                            : consonant + "y";
                } else if (prev[1].equals("u") && consonant.isEmpty()) {
                    consonant = "w";           // ウィ wi, ウェ we, ウォ wo (ツァ tsa, ティ ti keep theirs)
                }
                prev[0] = consonant;
                prev[1] = vowel;
                continue;
            }
            if (r.equals("q") || r.equals("n")) {
                out.add(new String[] {r, ""});
                continue;
            }
            String consonant = r.substring(0, r.length() - 1);
            out.add(new String[] {consonant, r.substring(r.length() - 1)});
        }
        return out;
    }

    /** One katakana word as a loanword, its r-row letters written {@code r} ("l" when {@code l}). */
    static String katakanaWord(String word, boolean l) {
        List<String[]> m = morae(word);
        int n = m.size();
        // Which morae lose their vowel, decided from the end: a vowel is epenthetic before a consonant that keeps its
        // own vowel ("su-mi-su" s-mi-s; "ku-zu-ne" ku-z-ne: of two in a row the second goes), and at the end.
        boolean[] drop = new boolean[n];
        for (int k = n - 1; k >= 0; k--) {
            String c = m.get(k)[0];
            String v = m.get(k)[1];
            String[] next = k + 1 < n ? m.get(k + 1) : null;
            boolean nextKeeps = next != null && !next[0].isEmpty() && !drop[k + 1];
            boolean u = v.equals("u") && !c.isEmpty() && !c.equals("y") && !c.equals("w") && !c.equals("q") && !c.equals("n");
            boolean o = v.equals("o") && (c.equals("t") || c.equals("d"))
                    && (next == null || (next[0].equals("r") || next[0].equals("w")) && k + 2 < n);   // tr, dr, dw
            // A word begins with a cluster of s, or of a consonant and r or w (sm, st, kr, br, fr, tw), never of r or m.
            boolean clusterStart = k > 0 || c.equals("s") || c.equals("sh")
                    || next != null && (next[0].equals("r") || next[0].equals("w"));
            boolean finalCluster = next != null && k + 2 == n && drop[k + 1];   // ジェームズ "jems", ロナルド "ronard"
            drop[k] = (u || o) && clusterStart
                    && (next == null || nextKeeps || finalCluster || next[0].equals("n") && next[1].isEmpty());
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            String c = m.get(k)[0];
            String v = m.get(k)[1];
            String[] next = k + 1 < n ? m.get(k + 1) : null;
            if (c.equals("q")) {
                continue;                       // a doubled consonant is one in the Latin name
            }
            if (c.equals("n") && v.isEmpty()) {
                boolean labial = next != null && (next[0].startsWith("p") || next[0].startsWith("b") || next[0].startsWith("m"));
                sb.append(labial ? 'm' : 'n');
                continue;
            }
            if (v.equals("-")) {
                char before = sb.length() == 0 ? ' ' : sb.charAt(sb.length() - 1);
                if (before == 'a' && next == null) {
                    sb.setCharAt(sb.length() - 1, 'e');     // a final "-aa" is "-er": "kaataa" carter
                    sb.append('r');
                } else if (before == 'a') {
                    sb.append('r');                         // "maaku" mark
                }
                continue;                       // "pii" peter, "joo" george, "jee" james: one vowel
            }
            if (c.equals("h") && v.equals("o") && next != null && next[0].equals("w")) {
                next[0] = "wh";                 // ホワイト "whait": white
                continue;
            }
            if (c.equals("sh") && next != null && next[0].isEmpty() && !next[1].equals("-")) {
                c = "s";                        // ガルシア "garsia"
            }
            if (c.equals("r")) {
                boolean finalAfterFront = drop[k] && next == null && k > 0 && !drop[k - 1]
                        && (m.get(k - 1)[1].equals("e") || m.get(k - 1)[1].equals("i"));
                c = l || finalAfterFront ? "l" : "r";   // ダニエル daniel; ビクトル viktor
            }
            if (drop[k]) {
                boolean russianEnding = c.equals("f") && next == null && k > 0 && !drop[k - 1]
                        && (m.get(k - 1)[1].equals("o") || m.get(k - 1)[1].equals("e"));
                // ジョーンズ jones; a final フ after o or e is Russian's -ov, -ev (イワノフ ivanov, メドベージェフ medvedev)
                sb.append(c.equals("z") && next == null ? "s" : russianEnding ? "v" : c);
                continue;
            }
            sb.append(c).append(v);
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- Han

    /**
     * A foreign name transcribed in Han ({@link LoanwordSpelling#hanTranscription}: parts parted by a middle dot) read as
     * a loanword, or null for any other name: each character's Mandarin reading (its first in Unihan, {@link
     * HanReadings}), the vowel Chinese adds to a foreign consonant (e, u, and the i after z, c, s, zh, ch, sh, r in an
     * open syllable) left out before a consonant and at the end of a word, 尔 (er) as r, ng as n, x as s, q as ch, c as
     * ts: 弗拉基米尔·普京 "flajimir pjin", 谢尔盖·绍伊古 "siergai shaoyig". Like the kana and Hangul readings, a spelling
     * for the candidate search and one more to score; {@link LoanwordSpelling} fits the name to a Latin one.
     */
    public static String han(String name) {
        if (!LoanwordSpelling.hanTranscription(name)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String w : LoanwordSpelling.words(name)) {
            String sb = hanWord(w);
            if (sb == null) {
                return null;
            }
            if (!sb.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(sb);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** One word of a foreign name transcribed in Han, read as {@link #han} reads it; null when a character has no
     *  Mandarin reading. */
    static String hanWord(String w) {
        int[] cps = Words.codePoints(w);
        String[] syllables = new String[cps.length];
        for (int k = 0; k < cps.length; k++) {
            HanReadings.Reading r = HanReadings.of(cps[k]);
            if (r == null || r.mandarin().length == 0) {
                return null;
            }
            syllables[k] = r.mandarin()[0];
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < syllables.length; k++) {
            String y = syllables[k];
            boolean beforeConsonant = k + 1 == syllables.length || "aoe".indexOf(syllables[k + 1].charAt(0)) < 0;
            sb.append(hanSyllable(y, beforeConsonant));
        }
        return sb.toString();
    }

    private static String hanSyllable(String y, boolean beforeConsonant) {
        if (y.equals("er")) {
            return "r";
        }
        String initial = "";
        for (String i : new String[] {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
                "r", "z", "c", "s", "y", "w"}) {
            if (y.startsWith(i) && y.length() > i.length()) {
                initial = i;
                break;
            }
        }
        String fin = y.substring(initial.length()).replace('v', 'u');
        if (fin.endsWith("ng")) {
            fin = fin.substring(0, fin.length() - 1);       // ng as n
        }
        boolean buzz = fin.equals("i") && (initial.equals("z") || initial.equals("c") || initial.equals("s")
                || initial.equals("zh") || initial.equals("ch") || initial.equals("sh") || initial.equals("r"));
        boolean epenthetic = !initial.isEmpty() && !initial.equals("y") && !initial.equals("w")
                && (fin.equals("e") || fin.equals("u") || buzz);
        String c = switch (initial) {
            case "x" -> "s";
            case "q" -> "ch";
            case "c" -> "ts";
            default -> initial;
        };
        return epenthetic && beforeConsonant ? c : c + fin;
    }

    // ---------------------------------------------------------------- Hangul

    private static final int BASE = 0xAC00;
    private static final String[] INITIAL = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
            "ch", "k", "t", "p", "h"};
    private static final String[] VOWEL = {"a", "a", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo",
            "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
            "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};
    private static final int EU = 18;
    private static final int EO = 4;
    private static final int E = 5;
    private static final int AE = 1;
    private static final int I = 20;
    private static final int O = 8;
    private static final int PIEUP_ASPIRATED = 17;
    private static final int RIEUL = 5;
    private static final int FINAL_RIEUL = 8;

    /**
     * The most common Korean family names (the twenty most common in South Korea by Statistics Korea's census, as
     * Infogalactic's "List of South Korean surnames by prevalence" and hallyuwebsite.com's "Top 10 Korean Family Names"
     * list them, about 80 % of the population; with the North's 리 림 량 for 이 임 양).
     */
    private static final java.util.Set<String> COMMON_FAMILY_NAMES = java.util.Set.of("김", "이", "리", "박", "정", "최", "조",
            "강", "유", "류", "윤", "장", "신", "임", "림", "한", "오", "서", "전", "권", "황", "송", "안", "홍", "양", "량", "손");

    /**
     * A Hangul name of two words or more read as a loanword, or null: a name of one word, one not all Hangul, or one
     * that looks Korean (words of one or two syllables, five at most, one of them a common family name alone: "경수 송",
     * "김 민준"), whose own readings stand.
     */
    public static String hangul(String name) {
        return hangul(name, false);
    }

    /**
     * An organisation's name in Hangul read as a loanword, whatever its shape: companies take English words and names
     * whole and write them in one word (셀트리온 "seltrion" ~ "Celltrion", 카카오뱅크 "kakaobank"), where a person's name
     * of one word is Korean. Null when it is not all Hangul.
     */
    public static String hangulOrganisation(String name) {
        return hangul(name, true);
    }

    private static String hangul(String name, boolean anyShape) {
        if (name == null) {
            return null;
        }
        String stripped = name.strip();
        if (stripped.isEmpty() || !HangulRomanizer.isSyllable(stripped.charAt(0))) {
            return null;   // every word must be Hangul syllables, the first too (asked of every query: no split for the rest)
        }
        String[] words = Words.pieces(stripped, "\u00B7\u30FB");
        if (!anyShape && (words.length < 2 || looksKorean(words))) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            int[] cps = Words.codePoints(w);
            if (cps.length == 0) {
                return null;
            }
            for (int cp : cps) {
                if (!HangulRomanizer.isSyllable(cp)) {
                    return null;
                }
            }
            out.append(out.length() == 0 ? "" : " ").append(hangulWord(cps));
        }
        return out.toString();
    }

    private static boolean looksKorean(String[] words) {
        int syllables = 0;
        boolean familyName = false;
        for (String w : words) {
            int n = w.codePointCount(0, w.length());
            if (n > 2) {
                return false;
            }
            syllables += n;
            familyName |= n == 1 && COMMON_FAMILY_NAMES.contains(w);
        }
        return familyName && syllables <= 5;
    }

    static String hangulWord(int[] cps) {
        StringBuilder sb = new StringBuilder();
        boolean skipI = false;
        for (int k = 0; k < cps.length; k++) {
            int s = cps[k] - BASE;
            int initial = s / (21 * 28);
            int vowel = s % (21 * 28) / 28;
            int fin = s % 28;
            boolean last = k + 1 == cps.length;
            boolean nextVowelOnly = !last && (cps[k + 1] - BASE) / (21 * 28) == 11;
            String i = INITIAL[initial];
            if (initial == RIEUL && k > 0 && (cps[k - 1] - BASE) % 28 == FINAL_RIEUL) {
                // 엘리 el-li: one l; after 를 (r, its vowel Korean's) the l is this one's: 카를로스 "karlos"
                i = (cps[k - 1] - BASE) % (21 * 28) / 28 == EU ? "l" : "";
            }
            String f = FINAL[fin];
            String v;
            boolean nextIsI = !last && nextVowelOnly && (cps[k + 1] - BASE) % (21 * 28) / 28 == I;
            if ((vowel == E || vowel == AE) && fin == 0 && nextIsI) {
                sb.append(i).append('a');       // 데이비드 "dabid", 제임스 "jams": English's long a
                skipI = true;
                continue;
            }
            if (skipI) {
                skipI = false;
                sb.append(f);                   // the 이 of 데이 read with the syllable before: its final only
                continue;
            }
            if (vowel == EU && fin == 0 && last && initial == PIEUP_ASPIRATED && k > 0
                    && (cps[k - 1] - BASE) % 28 == 0 && ((cps[k - 1] - BASE) % (21 * 28) / 28 == O
                    || (cps[k - 1] - BASE) % (21 * 28) / 28 == E)) {
                sb.append('v');                 // a final 프 after o or e is Russian's -ov, -ev (이바노프 ivanov)
                continue;
            }
            if (vowel == EU && fin == FINAL_RIEUL) {
                v = "";                         // 를 "r" within a word (카를로스 carlos), 클 "l" at its end (마이클 michael)
                f = last ? "l" : "";
            } else if (vowel == EU) {
                v = fin != 0 ? "o" : last || !nextVowelOnly ? "" : "u";   // 슨 son; 스 s
            } else if (vowel == EO) {
                v = fin != 0 ? "a" : "er";      // 널 nal; 터 ter
            } else {
                v = VOWEL[vowel];
            }
            if (v.isEmpty() && f.isEmpty() && k == 0 && i.isEmpty()) {
                v = "eu";
            }
            sb.append(i).append(v).append(f);
        }
        return sb.toString();
    }
}
