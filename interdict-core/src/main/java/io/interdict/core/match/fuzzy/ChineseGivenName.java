package io.interdict.core.match.fuzzy;

import io.interdict.core.match.fuzzy.TokenAlignment.Side;
import io.interdict.core.names.HanReadings;
import io.interdict.core.names.TokenKind;
import io.interdict.core.names.WadeGiles;
import java.util.HashSet;
import java.util.Set;

/**
 * A Chinese name's given name is one name of one or two syllables, which Latin text writes joined, hyphenated or
 * apart ("Keqiang", "Ke-qiang", "Ke Qiang"). A syllable one side adds, as a word of its own or joined to a word the
 * other side has, is another given name, not a middle name left out nor a slip: "Li Keqiang" is not "Li Qiang"
 * (interdict-v2). Only names written wholly in syllables of Mandarin, in Hanyu
 * Pinyin (Unihan's syllables, {@link HanReadings#mandarinSyllables()}) or Wade–Giles ({@link WadeGiles}), on both
 * sides: a Western name of such words is rare, and a Vietnamese or Korean one is romanised otherwise.
 */
final class ChineseGivenName {
    /** Pinyin and Wade–Giles syllables. */
    private static final Set<String> SYLLABLES = syllables();
    /** The longest syllable's letters: a word is split into two only where neither part is longer. */
    private static final int LONGEST = SYLLABLES.stream().mapToInt(String::length).max().orElse(0);

    private ChineseGivenName() {
    }

    private static Set<String> syllables() {
        Set<String> out = new HashSet<>(HanReadings.mandarinSyllables());
        for (String py : HanReadings.mandarinSyllables()) {
            out.add(WadeGiles.of(py));
        }
        return Set.copyOf(out);
    }

    /**
     * Whether one side is all paired and the other names a given name of two syllables written with a hyphen of which one
     * half is paired and the other not: "Lee Chiu" ~ "LEE, John Ka-chiu", "Chan Wing" ~ "CHAN Wing-kei". Such a given name
     * is one name, as {@link #syllableMore} holds of one written joined: half of it is another given name. Only a hyphen
     * between two words of one syllable each in Mandarin (Pinyin, Wade–Giles) or in Hong Kong's Cantonese spellings
     * ({@link io.interdict.core.names.CantoneseSpelling}) says so: a European given name of two ("Ilie-Gabriel", which
     * the labelled pairs call the same person as "Ilie") is often written by one of them. The hyphen is found in the
     * name as written; words the alignment glued are not halves.
     */
    static boolean halfHyphenated(Side a, Side b, int[] pairOf, int unpairedA, int unpairedB, String originalA, String originalB) {
        if (originalA.indexOf('-') < 0 && originalB.indexOf('-') < 0) {
            return false;   // most names: nothing to find, nothing allocated
        }
        // Every token of the other side paired, not only its words: a token left over (a letter, a word the pipeline
        // read as a code, "Chang-uS" for "Chang-Su") may be the other half misspelt.
        boolean[] pairedB = new boolean[b.size()];
        boolean allA = true;
        for (int i = 0; i < a.size(); i++) {
            if (pairOf[i] >= 0) {
                pairedB[pairOf[i]] = true;
            } else {
                allA = false;
            }
        }
        if (allA && unpairedA == 0 && unpairedB > 0 && originalB.indexOf('-') >= 0) {
            return halfHyphenated(b, pairedB, originalB);
        }
        boolean allB = true;
        for (boolean p : pairedB) {
            allB &= p;
        }
        if (allB && unpairedB == 0 && unpairedA > 0 && originalA.indexOf('-') >= 0) {
            boolean[] paired = new boolean[a.size()];
            for (int i = 0; i < a.size(); i++) {
                paired[i] = pairOf[i] >= 0;
            }
            return halfHyphenated(a, paired, originalA);
        }
        return false;
    }

    private static boolean halfHyphenated(Side s, boolean[] paired, String original) {
        int n = original.length();
        for (int h = original.indexOf('-'); h >= 0; h = original.indexOf('-', h + 1)) {
            int from = h;
            while (from > 0 && Character.isLetter(original.charAt(from - 1))) {
                from--;
            }
            int to = h + 1;
            while (to < n && Character.isLetter(original.charAt(to))) {
                to++;
            }
            if (from == h || to == h + 1 || from > 0 && original.charAt(from - 1) == '-' || to < n && original.charAt(to) == '-') {
                continue;   // a hyphen not between two words, or one of three or more parts
            }
            String x = original.substring(from, h).toLowerCase(java.util.Locale.ROOT);
            String y = original.substring(h + 1, to).toLowerCase(java.util.Locale.ROOT);
            if (!GivenSyllables.of(x) || !GivenSyllables.of(y)) {
                continue;
            }
            for (int j = 0; j + 1 < s.size(); j++) {
                if (s.kind[j] == TokenKind.WORD && s.kind[j + 1] == TokenKind.WORD && s.text[j].equals(x)
                        && s.text[j + 1].equals(y) && paired[j] != paired[j + 1]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The syllables a Chinese given name is written in: Pinyin, Wade–Giles and Hong Kong's Cantonese spellings. */
    private static final class GivenSyllables {
        static final Set<String> ALL = all();

        private static Set<String> all() {
            Set<String> out = new HashSet<>(SYLLABLES);
            out.addAll(io.interdict.core.names.CantoneseSpelling.syllableSpellings());
            return Set.copyOf(out);
        }

        static boolean of(String w) {
            return w.length() <= 6 && ALL.contains(w);
        }
    }

    /** Whether every token of the side is a word of one or two Mandarin syllables, and there are two to four. */
    static boolean syllablesOnly(Side s) {
        if (s.size() < 2 || s.size() > 4) {
            return false;
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.kind[i] != TokenKind.WORD || !oneOrTwoSyllables(s.text[i]) && !GivenSyllables.of(s.text[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name of syllables writes some letters pinyin or Wade-Giles write and few other languages' names do (zh,
     * x, q, ng, hs, ts; the vowel pairs ao, ou, ei, ui, uo, ie, iu, ua): "Zhang Lei", "Hsu Yu-hua". A name of plain
     * syllables only ("Idi Amin Dada", "Ali Musa Bala") is written as much in Africa and the Arab world.
     */
    static boolean lettersOfChinese(Side s) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.text[i];
            for (String m : CHINESE_LETTERS) {
                if (w.contains(m)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] CHINESE_LETTERS = {"zh", "x", "q", "ng", "hs", "ts", "ao", "ou", "ei", "ui", "uo", "ie",
        "iu", "ua"};

    /** Whether one word is the other and a syllable more, written joined ("keqiang" ~ "qiang", "keming" ~ "ke"). */
    static boolean syllableMore(String x, String y) {
        String longer = x.length() > y.length() ? x : y;
        String shorter = longer == x ? y : x;
        if (shorter.length() == longer.length() || !SYLLABLES.contains(shorter)) {
            return false;
        }
        int rest = longer.length() - shorter.length();
        if (rest < 2) {
            return false;   // a letter more is a slip as often ("tongm" ~ "tong"), though m, n, a, e and o are syllables
        }
        return longer.endsWith(shorter) && SYLLABLES.contains(longer.substring(0, rest))
                || longer.startsWith(shorter) && SYLLABLES.contains(longer.substring(shorter.length()));
    }

    /** Whether some word pair of the two sides is a word and that word a syllable more ({@link #syllableMore}). */
    static boolean syllableMore(Side a, Side b, int[] pairOf) {
        for (int i = 0; i < a.size(); i++) {
            if (pairOf[i] >= 0 && syllableMore(a.text[i], b.text[pairOf[i]])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two words are given names of two syllables each that share one syllable, in the same place, and differ in
     * the other by three edits or more ("jianguo" ~ "jianming", "haibo" ~ "haiyang"): another given name, not a slip. A
     * syllable in Pinyin and in Wade–Giles is one syllable ("chinping" ~ "jinping").
     */
    static boolean otherSyllable(String x, String y) {
        if (x.equals(y) || x.length() > 12 || y.length() > 12) {
            return false;
        }
        for (int i = 1; i < x.length(); i++) {
            String x1 = x.substring(0, i);
            String x2 = x.substring(i);
            if (!SYLLABLES.contains(x1) || !SYLLABLES.contains(x2)) {
                continue;
            }
            for (int j = 1; j < y.length(); j++) {
                String y1 = y.substring(0, j);
                String y2 = y.substring(j);
                if (!SYLLABLES.contains(y1) || !SYLLABLES.contains(y2)) {
                    continue;
                }
                if (sameSyllable(x1, y1) && farSyllables(x2, y2) || sameSyllable(x2, y2) && farSyllables(x1, y1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameSyllable(String s, String t) {
        return s.equals(t) || WadeGiles.of(s).equals(t) || WadeGiles.of(t).equals(s);
    }

    /** Three edits or more apart, in either system: two edits stay a possible slip, as the labelled pairs call a person's
     *  word two edits from another's (TwoEditWord). */
    private static boolean farSyllables(String s, String t) {
        return !sameSyllable(s, t) && TokenSimilarity.osaWithin(s, t, 2) > 2
                && TokenSimilarity.osaWithin(WadeGiles.of(s), t, 2) > 2 && TokenSimilarity.osaWithin(s, WadeGiles.of(t), 2) > 2;
    }

    /** Whether the word is one Mandarin syllable, in Pinyin or Wade–Giles. */
    static boolean syllable(String w) {
        return SYLLABLES.contains(w);
    }

    /** Whether the word is one Mandarin syllable or two written together. Asked of every query's words: a word of
     *  letters a-z is cut without making its halves (each half's {@link #code} is looked up among the syllables'). */
    static boolean oneOrTwoSyllables(String w) {
        int n = w.length();
        if (n > 12) {
            return false;
        }
        if (SYLLABLES.contains(w)) {
            return true;
        }
        long[] suffix = null;
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return cutAsStrings(w);
            }
        }
        long prefix = 0;
        for (int i = 1; i < n && i <= LONGEST; i++) {
            prefix = prefix << 5 | w.charAt(i - 1) - 'a' + 1;
            if (i < n - LONGEST || java.util.Arrays.binarySearch(CODES, prefix) < 0) {
                continue;
            }
            if (suffix == null) {
                suffix = new long[n + 1];
                for (int k = n - 1; k >= 0; k--) {
                    suffix[k] = suffix[k + 1] | (long) (w.charAt(k) - 'a' + 1) << 5 * (n - 1 - k);
                }
            }
            if (java.util.Arrays.binarySearch(CODES, suffix[i]) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@link #oneOrTwoSyllables}'s cuts of a word holding a letter outside a-z, as strings. */
    static boolean cutAsStrings(String w) {
        for (int i = Math.max(1, w.length() - LONGEST); i < w.length() && i <= LONGEST; i++) {
            if (SYLLABLES.contains(w.substring(0, i)) && SYLLABLES.contains(w.substring(i))) {
                return true;
            }
        }
        return false;
    }

    /** The {@link #code}s of the syllables written in a-z alone, sorted. */
    private static final long[] CODES = SYLLABLES.stream().filter(ChineseGivenName::plainLetters)
            .mapToLong(ChineseGivenName::code).sorted().toArray();

    private static boolean plainLetters(String w) {
        return w.length() <= 12 && w.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** Five bits a letter a-z (1 to 26), the first highest: two words of such letters of at most 12 have one code only
     *  when equal. */
    static long code(String w) {
        long code = 0;
        for (int i = 0; i < w.length(); i++) {
            code = code << 5 | w.charAt(i) - 'a' + 1;
        }
        return code;
    }
}
