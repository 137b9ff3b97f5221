package io.interdict.core.match.fuzzy;

import io.interdict.core.names.HanReadings;
import io.interdict.core.names.HangulRomanizer;
import io.interdict.core.names.JapaneseNameReading;
import io.interdict.core.names.KoreanNameSpelling;
import io.interdict.core.names.LetterSpellings;
import io.interdict.core.names.MandarinSpelling;
import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.NameVariants;
import io.interdict.core.names.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * A name in Hangul or Han read the way a given Latin name spells it, when its characters allow that spelling
 * ({@code interdict-v2}). The fixed readings of {@link ScriptReadings} give one spelling per system; Korean given
 * names and Japanese names are spelt in many more: 김정은 is "Kim Jong-un", "Kim Jong Un", "Kim Jung Eun", and
 * 安倍晋三 "Abe Shinzo" in name readings no single system gives. So each part of the name (family name and given
 * name: the words as written, or a name of one word cut after its first syllable, or for Japanese after any
 * kanji) is checked against the Latin name's words, alone or with the next one or two glued ("jong un"):
 * <ul>
 *   <li>Cyrillic and Armenian, word by word: {@link LetterSpellings} (German, French, Ukrainian spellings…);</li>
 *   <li>Hangul, and Han through its Korean reading: {@link KoreanNameSpelling}, or for a family name of one
 *   syllable a known variant of its romanisation ({@link NameVariants}: 이 "Lee");</li>
 *   <li>Han: {@link JapaneseNameReading} (on, kun and name readings), and in Mandarin each character in any of its
 *   Unihan readings, in pinyin or Wade–Giles ({@link WadeGiles}: 蔣經國 "Chiang Ching-kuo"), as Taiwan and older
 *   sources write names.</li>
 * </ul>
 * When every part is spelt by its own word(s) of the Latin name, the reading is those words, in the name's order:
 * one more spelling of the name, scored like the others. Nothing is guessed: a part that fits no word leaves no
 * reading, so "Kim Jin" gives 김정은 none.
 */
final class FittedReading {
    /** Latin words glued into one unit at most: "jong un" for 정은, "shin ichi" for 伸一. */
    private static final int MAX_GLUED = 3;

    /** The name this reads, and what its words spell, kept while it is read against many Latin names (one query's
     *  candidates share their words: "kim", "park"). One thread. */
    private final String foreign;
    private final java.util.Map<String, Boolean> memo = new java.util.HashMap<>();

    /** A reader of {@code foreign} for many Latin names ({@link #read}). */
    FittedReading(String foreign) {
        this.foreign = foreign;
    }

    private enum Script { KOREAN, JAPANESE, MANDARIN }

    /** Whether a query name is one this reads: {@link #appliesToListed}, or written wholly in Cyrillic or Armenian. */
    static boolean applies(String name) {
        if (appliesToListed(name)) {
            return true;
        }
        if (name == null || name.isBlank() || CrossScript.hasLatin(name)) {
            return false;
        }
        for (String w : name.strip().split("[\\s\\-]+")) {
            if (!LetterSpellings.spellable(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a name is written wholly in Hangul or Han (words apart), of a name's length: the listed names this reads
     *  in a search (a listed Cyrillic name is read in its own romanisations only: every Latin query meets many). */
    static boolean appliesToListed(String name) {
        if (name == null) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            if (!HangulRomanizer.isSyllable(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                return false;
            }
            letters++;
        }
        return letters >= 2 && letters <= ScriptReadings.MAX_NAME_CHARACTERS;
    }

    /** The readings of {@code foreign} that the Latin words (token texts, in order) spell; empty when none. */
    static List<String> of(String foreign, List<String> latin) {
        return new FittedReading(foreign).read(latin);
    }

    /** {@link #of} for this reader's name. */
    List<String> read(List<String> latin) {
        if (foreign == null || latin.isEmpty() || latin.size() > 8) {
            return List.of();
        }
        prepare();
        if (alphabetWords != null) {
            String alphabet = alphabet(latin);
            return alphabet == null ? List.of() : List.of(alphabet);
        }
        if (cps == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        if (hangul) {
            add(out, fit(cps, latin, Script.KOREAN));
        } else {
            // Han names of two characters run together are Chinese far more often (莫浩 is no "Moo Ko"); Korean names
            // written in Hanja have three (as ScriptReadings reads them).
            if (total >= 3 || cps.length > 1) {
                add(out, fit(cps, latin, Script.JAPANESE));
            }
            if (korean != null) {
                add(out, fit(korean, latin, Script.KOREAN));
            }
            if (total <= 4) {
                add(out, fit(cps, latin, Script.MANDARIN));
            }
        }
        return out;
    }

    // What the name is, worked out once: its Cyrillic or Armenian words (with the pipeline's reading of each), or its
    // Hangul or Han words as code points.
    private boolean prepared;
    private String[] alphabetWords;
    private String[] alphabetReads;
    private int[][] cps;
    private int[][] korean;
    private boolean hangul;
    private int total;

    private void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        String[] words = foreign.strip().split("[\\s\\-]+");
        boolean spellable = words.length <= 6;
        for (int i = 0; i < words.length && spellable; i++) {
            spellable = LetterSpellings.spellable(words[i]);
        }
        if (spellable) {
            alphabetWords = words;
            alphabetReads = new String[words.length];
            return;
        }
        words = foreign.strip().split("\\s+");
        if (words.length > 3) {
            return;
        }
        int[][] c = new int[words.length][];
        boolean allHangul = true;
        boolean allHan = true;
        int n = 0;
        for (int w = 0; w < words.length; w++) {
            c[w] = words[w].codePoints().toArray();
            n += c[w].length;
            for (int cp : c[w]) {
                allHangul &= HangulRomanizer.isSyllable(cp);
                allHan &= Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            }
        }
        if (n < 2 || n > ScriptReadings.MAX_NAME_CHARACTERS || !allHangul && !allHan) {
            return;
        }
        cps = c;
        hangul = allHangul;
        total = n;
        korean = !allHangul && n == 3 ? koreanReading(c) : null;
    }

    /**
     * A Cyrillic or Armenian name with each word a Latin word spells ({@link LetterSpellings}: "Юрий Жуков" as "juri
     * schukow"), one Latin word per word; a word no Latin word spells keeps the pipeline's reading. Null when fewer than
     * two of its words (of a name of one word: it) are spelt.
     */
    private String alphabet(List<String> latin) {
        String[] words = alphabetWords;
        boolean[] used = new boolean[latin.size()];
        StringBuilder sb = new StringBuilder();
        int spelt = 0;
        for (int i = 0; i < words.length; i++) {
            String as = null;
            for (int j = 0; j < latin.size() && as == null; j++) {
                if (!used[j] && letters(words[i], latin.get(j))) {
                    used[j] = true;
                    as = latin.get(j);
                }
            }
            spelt += as != null ? 1 : 0;
            if (as == null && alphabetReads[i] == null) {
                alphabetReads[i] = NamePipeline.standard().prepare(words[i], Schema.UNKNOWN).normalized();
            }
            String read = as != null ? as : alphabetReads[i];
            if (!read.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(read);
            }
        }
        // Two words spelt (or the name's only one): one given name spelt alike is no evidence ("Георгий Соколова" is not
        // "Georgy S. Poltavchenko" for spelling "Georgy" as he does).
        return spelt >= Math.min(2, words.length) ? sb.toString() : null;
    }

    private boolean letters(String word, String latin) {
        String key = word + '\u0000' + latin;
        Boolean known = memo.get(key);
        if (known == null) {
            known = LetterSpellings.spells(word, latin);
            memo.put(key, known);
        }
        return known;
    }

    private static void add(List<String> out, String r) {
        if (r != null && !out.contains(r)) {
            out.add(r);
        }
    }

    /** Han as the Hangul of its Korean readings (Unihan's kHangul), or null when a character has none. */
    private static int[][] koreanReading(int[][] cps) {
        int[][] out = new int[cps.length][];
        for (int w = 0; w < cps.length; w++) {
            out[w] = new int[cps[w].length];
            for (int k = 0; k < cps[w].length; k++) {
                HanReadings.Reading r = HanReadings.of(cps[w][k]);
                if (r == null || r.hangul() == null) {
                    return null;
                }
                out[w][k] = r.hangul().codePointAt(0);
            }
        }
        return out;
    }

    /** The first fitting: the name's parts, each spelt by its own Latin word(s). */
    private String fit(int[][] words, List<String> latin, Script script) {
        if (words.length > 1) {
            List<int[]> parts = new ArrayList<>(words.length);
            for (int[] w : words) {
                parts.add(w);
            }
            return assign(parts, latin, script);
        }
        int[] w = words[0];
        // One word: a family name of one syllable (Korean; two in a name of four: 남궁, 선우), or of any length (Japanese).
        int maxFamily = script != Script.JAPANESE ? (w.length == 4 ? 2 : 1) : w.length - 1;
        for (int k = 1; k <= maxFamily; k++) {
            String r = assign(List.of(java.util.Arrays.copyOfRange(w, 0, k), java.util.Arrays.copyOfRange(w, k, w.length)),
                    latin, script);
            if (r != null) {
                return r;
            }
        }
        return w.length <= 3 ? assign(List.<int[]>of(w), latin, script) : null;   // a name of one part ("岸田", "정은")
    }

    private String assign(List<int[]> parts, List<String> latin, Script script) {
        String[] chosen = new String[parts.size()];
        return assign(parts, 0, latin, new boolean[latin.size()], chosen, script) ? String.join(" ", chosen) : null;
    }

    private boolean assign(List<int[]> parts, int p, List<String> latin, boolean[] used, String[] chosen, Script script) {
        if (p == parts.size()) {
            return true;
        }
        int[] part = parts.get(p);
        for (int from = 0; from < latin.size(); from++) {
            StringBuilder glued = new StringBuilder();
            StringBuilder spaced = new StringBuilder();
            for (int to = from; to < latin.size() && to < from + MAX_GLUED && !used[to]; to++) {
                glued.append(latin.get(to));
                spaced.append(spaced.length() == 0 ? "" : " ").append(latin.get(to));
                if (!spells(part, glued.toString(), p == 0 && parts.size() > 1, script)) {
                    continue;
                }
                for (int k = from; k <= to; k++) {
                    used[k] = true;
                }
                chosen[p] = spaced.toString();
                if (assign(parts, p + 1, latin, used, chosen, script)) {
                    return true;
                }
                for (int k = from; k <= to; k++) {
                    used[k] = false;
                }
            }
        }
        return false;
    }

    private boolean spells(int[] part, String word, boolean family, Script script) {
        String key = script.ordinal() + (family ? "f" : "g") + new String(part, 0, part.length) + '\u0000' + word;
        Boolean known = memo.get(key);
        if (known == null) {
            known = spelt(part, word, family, script);
            memo.put(key, known);
        }
        return known;
    }

    private static boolean spelt(int[] part, String word, boolean family, Script script) {
        if (script == Script.JAPANESE) {
            return JapaneseNameReading.reads(part, 0, part.length, word);
        }
        if (script == Script.MANDARIN) {
            return MandarinSpelling.spells(part, word);
        }
        if (KoreanNameSpelling.spells(part, 0, part.length, word)) {
            return true;
        }
        if (!family || part.length != 1) {
            return false;
        }
        // A family name's usual spellings are data (이 "Lee", 박 "Park"): any of its readings and a variant of it.
        String rr = HangulRomanizer.syllable(part[0], false, false);
        String mr = HangulRomanizer.syllable(part[0], true, false);
        return NameVariants.same(rr, word) || NameVariants.same(mr, word) || rr.equals("i") && NameVariants.same("yi", word);
    }
}
