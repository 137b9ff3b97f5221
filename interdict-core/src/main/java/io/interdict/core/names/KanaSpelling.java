package io.interdict.core.names;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word in kana (hiragana or katakana) cut into its morae, each with the ways names spell it in Latin letters, for
 * {@link LetterSpellings}: "イトウ" fits "ito", "itoh" and "itou", "オオノ" "ono", "ohno" and "oono". Each mora is
 * spelt as ICU transliterates it (Hepburn: シ "shi", チ "chi", ツ "tsu") and, where ICU differs from Hepburn, as Hepburn
 * writes it (ヂ "ji", ヅ "zu", ヲ "o"); then the habits of Hepburn as names are written (Wikipedia, "Hepburn
 * romanization": long vowels written with a macron, doubled, followed by h, or not marked, and passports allowing
 * "OH" for a long o since 2000; ん written m before b, m, p in traditional Hepburn; a sokuon (っ) doubling the next
 * consonant, "tch" before ch):
 * <ul>
 *   <li>a long vowel, ウ after an o or u mora, オ after an o mora, and the mark ー: written as itself, not written, or h
 *   (after o);</li>
 *   <li>ン "n", and "m" before b, m, p;</li>
 *   <li>ッ the next mora's first consonant ("t" before ch) or not written.</li>
 * </ul>
 */
public final class KanaSpelling {
    /**
     * ICU's transliterator, built on the first mora {@link KanaFold}'s table does not hold (ICU's reading of every mora
     * it holds, checked by a test) and not before: {@link #isKana} is asked of every word in another script, and
     * building any ICU transliterator first costs 100-200 ms (ICU's registry of them all).
     */
    private static final class Latin {
        static final Transliterator ICU = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
    }
    /** Romaji of each katakana mora (one letter, or one with a small kana after it), filled on first use. */
    private static final Map<String, String> ROMAJI = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, String> HEPBURN = Map.of("ヂ", "ji", "ヅ", "zu", "ヲ", "o");

    private KanaSpelling() {
    }

    /** Whether the word is written wholly in kana (the prolonged sound mark included). */
    public static boolean isKana(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c >= '\u3041' && c <= '\u3096' || c >= '\u30A1' && c <= '\u30FA' || c == '\u30FC')) {
                return false;
            }
        }
        return true;
    }

    /** The word's morae with their spellings; null when a mora has none (a word not wholly in kana). */
    static List<String[]> units(String w) {
        if (!isKana(w)) {
            return null;
        }
        char[] k = w.toCharArray();
        boolean katakana = w.chars().noneMatch(c -> c >= '\u3041' && c <= '\u3096');
        for (int i = 0; i < k.length; i++) {
            if (k[i] >= '\u3041' && k[i] <= '\u3096') {
                k[i] += 0x60;   // hiragana -> katakana
            }
        }
        List<String> morae = new ArrayList<>(k.length);
        for (int i = 0; i < k.length; i++) {
            if (i + 1 < k.length && small(k[i + 1]) && !small(k[i]) && k[i] != '\u30C3') {
                morae.add(new String(k, i, 2));
                i++;
            } else {
                morae.add(String.valueOf(k[i]));
            }
        }
        List<String> romaji = new ArrayList<>(morae.size());
        for (String m : morae) {
            romaji.add(m.equals("ー") || m.equals("ッ") ? "" : ROMAJI.computeIfAbsent(m, KanaSpelling::transliterate));
        }
        List<String[]> out = new ArrayList<>(morae.size());
        for (int i = 0; i < morae.size(); i++) {
            String m = morae.get(i);
            String r = romaji.get(i);
            String prev = i > 0 ? romaji.get(i - 1) : "";
            char last = prev.isEmpty() ? 0 : prev.charAt(prev.length() - 1);
            String next = i + 1 < romaji.size() ? romaji.get(i + 1) : "";
            List<String> sp = new ArrayList<>(4);
            switch (m) {
                case "ッ" -> {
                    sp.add("");
                    if (next.startsWith("ch")) {
                        sp.add("t");
                    } else if (!next.isEmpty() && "aeiou".indexOf(next.charAt(0)) < 0) {
                        sp.add(next.substring(0, 1));
                    }
                }
                case "ー" -> {
                    sp.add("");
                    if (last == 'o') {
                        sp.add("h");
                    }
                    if (katakana && last != 0 && "aeiou".indexOf(last) >= 0) {
                        longVowel(last, sp);
                    }
                    if (katakana && last == 'i' && next.isEmpty()) {
                        sp.add("y");   // a final -ii for -y, Russian's -ий: エフゲニー "evgeny", ドミトリー "dmitry" (below)
                    }
                    if (last != 0 && "aeiou".indexOf(last) >= 0) {
                        sp.add(String.valueOf(last));
                    }
                }
                case "ン" -> {
                    sp.add("n");
                    if (!next.isEmpty() && "bmp".indexOf(next.charAt(0)) >= 0) {
                        sp.add("m");
                    }
                }
                default -> {
                    if (r.isEmpty() || !r.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                        return null;
                    }
                    sp.add(r);
                    String hepburn = HEPBURN.get(m);
                    if (hepburn != null) {
                        sp.add(hepburn);
                    }
                    if (katakana) {
                        loanword(r, i == 0, next, sp);
                        englishVowels(i == 0, i + 1 < morae.size() && morae.get(i + 1).equals("ー"), sp);
                    }
                    boolean longO = last == 'o' && (m.equals("ウ") || m.equals("オ"));
                    boolean longU = last == 'u' && m.equals("ウ");
                    if (longO || longU) {
                        sp.add("");
                        if (longO) {
                            sp.add("h");
                        }
                    }
                }
            }
            out.add(sp.toArray(String[]::new));
        }
        int n = morae.size();
        if (katakana && n >= 2 && morae.get(n - 1).equals("ー") && romaji.get(n - 2).endsWith("i")) {
            // a final -ii for -y: the i mora without its vowel, then the mark as y (ドミトリー "dmitry", エフゲニー "evgeny")
            String r = romaji.get(n - 2);
            List<String> prev = new ArrayList<>(List.of(out.get(n - 2)));
            prev.add(r.substring(0, r.length() - 1));
            out.set(n - 2, prev.toArray(String[]::new));
        }
        return out;
    }

    /**
     * A mora of a name written in katakana (as foreign names are) spelt as {@link LoanwordReading} reads loanwords: its
     * vowel left out where Japanese adds one after a foreign consonant (u after a consonant, o after t and d: "su"
     * s or th, "bu" b or v, a final "fu" f or v, "to" t), an r-row letter as l too, a b-row letter as v, a k-row letter
     * as c (セルゲイ・ラブロフ ~ "Sergei Lavrov", カルロス ~ "Carlos"), and the letters Japanese writes Russian's soft t
     * and d and its zh with (Wikipedia, "Transcription into Japanese": ти チ, ди ジ, же ジェ). Only alternatives are
     * added; the mora's own spellings stay first.
     */
    private static void loanword(String r, boolean first, String next, List<String> sp) {
        int n = r.length();
        char vowel = r.charAt(n - 1);
        String consonant = r.substring(0, n - 1);
        boolean last = next.isEmpty();
        List<String> more = new ArrayList<>(6);
        more.add(r);
        if (first && r.equals("u") && !last && "aeiou".indexOf(next.charAt(0)) < 0) {
            more.add("v");   // ウラジーミル "vladimir": u for a v before a consonant
        }
        // Russian's soft t and d, and its zh, written チ and ジ: "チ" ti (プーチン putin), "ジ" di, zhi (プリゴジン
        // prigozhin), "ジェ" de, zhe (メドベージェフ medvedev)
        switch (r) {
            case "chi" -> more.add("ti");
            case "ji" -> {
                more.add("di");
                more.add("zhi");
            }
            case "je" -> {
                more.add("de");
                more.add("zhe");
            }
            default -> {
            }
        }
        boolean epenthetic = vowel == 'u' && !consonant.isEmpty() && !consonant.equals("y") && !consonant.equals("w")
                || vowel == 'o' && (consonant.equals("t") || consonant.equals("d"));
        if (epenthetic) {
            more.add(consonant);
            if (consonant.equals("s")) {
                more.add("th");
            } else if (consonant.equals("f")) {
                more.add("v");   // Russian's v before a voiceless consonant and at the end: エフゲニー evgeny, ラブロフ lavrov
            }
        }
        for (String x : List.copyOf(more)) {
            char c = x.isEmpty() ? 0 : x.charAt(0);
            String rest = x.isEmpty() ? "" : x.substring(1);
            if (c == 'r') {
                more.add("l" + rest);
            } else if (c == 'b') {
                more.add("v" + rest);
            } else if (c == 'k') {
                more.add("c" + rest);
            }
        }
        for (String x : more) {
            if (!sp.contains(x)) {
                sp.add(x);
            }
        }
    }

    /**
     * What the mark ー after {@code vowel} writes in a foreign name (katakana), besides the vowel again or nothing: English
     * writes a long vowel, or a vowel before an r it does not sound, that Japanese writes with the mark ("Rendering
     * English words into katakana", scribd.com/doc/288850470, rules 6, 7 and 9: -ar, -er, -ir, -ur, -or as the vowel
     * extended, "car" カー; two vowel letters -ee-, -ea-, -ai-, -ou-, -oa-, -au-, -oo- as one long vowel, "speed" スピード,
     * "boat" ボート; a final -w or -y likewise, "show" ショー, "copy" コピー). So after a the mark is also r, i, u, w, y;
     * after e r, a, e, i, y ("Reagan" レーガン); after i r, e; after o r, a, u, o, w; after u r, e, o.
     */
    private static void longVowel(char vowel, List<String> sp) {
        String more = switch (vowel) {
            case 'a' -> "r i u w y";
            case 'e' -> "r a e i y";
            case 'i' -> "r e";
            case 'o' -> "r a u o w";
            default -> "r e o";
        };
        for (String x : more.split(" ")) {
            if (!sp.contains(x)) {
                sp.add(x);
            }
        }
    }

    /**
     * A mora of a foreign name in katakana with its vowel as English spells the sound Japanese writes with it
     * (Wikipedia, "Transcription into Japanese", English vowels: /ʌ/ and /æ/ both a, "Trump" トランプ; /eɪ/ e or ei,
     * "David" デビッド, "Jane" ジェーン; an unstressed -er before the mark a, "Carter" カーター, "Miller" ミラー), and a
     * consonant English writes doubled (ll, tt, nn: ミラー "Miller", which Japanese writes single) after the first mora.
     * Only alternatives are added, each with the mora's consonant as {@link #loanword} spelt it.
     */
    private static void englishVowels(boolean first, boolean beforeMark, List<String> sp) {
        List<String> more = new ArrayList<>(8);
        for (String x : sp) {
            if (x.isEmpty() || "aeiou".indexOf(x.charAt(x.length() - 1)) < 0) {
                continue;
            }
            String stem = x.substring(0, x.length() - 1);
            char v = x.charAt(x.length() - 1);
            if (v == 'a') {
                more.add(stem + "u");
                if (beforeMark) {
                    more.add(stem + "e");
                }
            } else if (v == 'e') {
                more.add(stem + "a");
            }
        }
        List<String> all = new ArrayList<>(sp);
        all.addAll(more);
        if (!first) {
            for (String x : all) {
                if (x.length() >= 2 && "aeiouy".indexOf(x.charAt(0)) < 0 && x.charAt(0) != x.charAt(1)
                        && "bdfgklmnprstz".indexOf(x.charAt(0)) >= 0) {
                    more.add(x.charAt(0) + x);
                }
            }
        }
        for (String x : more) {
            if (!sp.contains(x)) {
                sp.add(x);
            }
        }
    }

    private static boolean small(char c) {
        return c == '\u30A1' || c == '\u30A3' || c == '\u30A5' || c == '\u30A7' || c == '\u30A9'
                || c == '\u30E3' || c == '\u30E5' || c == '\u30E7' || c == '\u30EE';
    }

    private static String transliterate(String mora) {
        String read = KanaFold.mora(mora);   // ICU's reading from its table: a kana name builds no transliterator
        if (read != null) {
            return read;
        }
        synchronized (Latin.ICU) {
            return Latin.ICU.transliterate(mora);
        }
    }
}
