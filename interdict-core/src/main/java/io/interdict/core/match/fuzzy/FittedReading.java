package io.interdict.core.match.fuzzy;

import io.interdict.core.names.CantoneseSpelling;
import io.interdict.core.names.HanReadings;
import io.interdict.core.names.HangulRomanizer;
import io.interdict.core.names.JapaneseNameReading;
import io.interdict.core.names.KoreanNameSpelling;
import io.interdict.core.names.LetterSpellings;
import io.interdict.core.names.LoanwordSpelling;
import io.interdict.core.names.MandarinSpelling;
import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.NameVariants;
import io.interdict.core.names.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * A name in Hangul, Han, Cyrillic, Armenian, Georgian, Thai or kana read the way a given Latin name spells it, when its
 * letters allow that spelling ({@code interdict-v2}). The fixed readings of {@link ScriptReadings} give one spelling
 * per system; Korean given
 * names and Japanese names are spelt in many more: 김정은 is "Kim Jong-un", "Kim Jong Un", "Kim Jung Eun", and
 * 安倍晋三 "Abe Shinzo" in name readings no single system gives. So each part of the name (family name and given
 * name: the words as written, or a name of one word cut after its first syllable, or for Japanese after any
 * kanji) is checked against the Latin name's words, alone or with the next one or two glued ("jong un"):
 * <ul>
 *   <li>Cyrillic, Armenian, Georgian, Thai and kana, word by word (a word also by two or three Latin words glued):
 *   {@link LetterSpellings} (German, French, Ukrainian spellings of Cyrillic; RTGS, Pali values and the popular
 *   transcription of Thai; Hepburn's spellings of kana…);</li>
 *   <li>Hangul, and Han through its Korean reading: {@link KoreanNameSpelling}, or for a family name of one
 *   syllable a known variant of its romanisation ({@link NameVariants}: 이 "Lee");</li>
 *   <li>Han: {@link JapaneseNameReading} (on, kun and name readings), and in Mandarin, a given name's characters each in
 *   its first Unihan reading and a family name's in any of its readings or its surname reading (曾 "Zeng": {@link
 *   io.interdict.core.names.HanSurnames}), in pinyin or Wade–Giles ({@link MandarinSpelling}: 蔣經國 "Chiang Ching-kuo"), as Taiwan and older
 *   sources write names, and in Cantonese as Hong Kong writes them ({@link CantoneseSpelling}: 李嘉誠 "Li Ka-shing").</li>
 * </ul>
 * When every part is spelt by its own word(s) of the Latin name, the reading is those words, in the name's order:
 * one more spelling of the name, scored like the others. Nothing is guessed: a part that fits no word leaves no
 * reading, so "Kim Jin" gives 김정은 none.
 */
final class FittedReading {
    /** What parts a name in an alphabet or kana besides white space: hyphens, and the dots Japanese and Chinese put
     *  between a foreign name's parts (セルゲイ・ラブロフ). */
    private static final String WORD_SEPARATORS = "-\u30FB\u00B7=\uFF1D";
    /** Latin words glued into one unit at most: "jong un" for 정은, "shin ichi" for 伸一. */
    private static final int MAX_GLUED = 3;

    /** The name this reads, and what its words spell, kept while it is read against many Latin names (one query's
     *  candidates share their words: "kim", "park"). One thread. */
    private final String foreign;
    /** What each word or part of the name was found to spell, by the word or part (its memo key) and then by the Latin
     *  word: two lookups by strings whose hashes are kept, where one key made of both would be a new string per ask. */
    private final java.util.Map<String, java.util.Map<String, Boolean>> memo = new java.util.HashMap<>();

    /** The name this reads, as written. */
    String foreign() {
        return foreign;
    }

    /** A reader of {@code foreign} for many Latin names ({@link #read}). */
    FittedReading(String foreign) {
        this.foreign = foreign;
    }

    private enum Script { KOREAN, JAPANESE, MANDARIN, CANTONESE }

    /** Whether a query name is one this reads: {@link #appliesToListed}, or written wholly in letters {@link LetterSpellings}
     *  spells (Cyrillic, Armenian, Georgian, Thai). */
    static boolean applies(String name) {
        if (appliesToListed(name)) {
            return true;
        }
        if (name == null || name.isBlank() || CrossScript.hasLatin(name)) {
            return false;
        }
        if (LoanwordSpelling.words(name) != null) {
            return true;   // a foreign name in Han or Hangul
        }
        for (String w : io.interdict.core.names.Words.pieces(name.strip(), WORD_SEPARATORS)) {
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
        return letters >= 2 && letters <= EastAsianReadings.MAX_NAME_CHARACTERS;
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
        // Looked up by the words themselves (their hashes are kept), kept by a copy of them.
        List<String> known = results.get(latin);
        if (known == null) {
            known = readAnew(latin);
            results.put(List.copyOf(latin), known);
        }
        return known;
    }

    /** Readings already worked out, by the Latin words they were read for (a query's readings meet a group again). */
    private final java.util.Map<List<String>, List<String>> results = new java.util.HashMap<>();

    private List<String> readAnew(List<String> latin) {
        prepare();
        if (alphabetWords != null) {
            String alphabet = alphabet(latin);
            return alphabet == null ? List.of() : List.of(alphabet);
        }
        // A foreign name in Han or Hangul (LoanwordSpelling): its words spelt as loanwords, besides the readings below.
        String loanword = loanwordWords == null ? null : alphabet(latin);
        if (cps == null) {
            return loanword == null ? List.of() : List.of(loanword);
        }
        List<String> out = new ArrayList<>(2);
        add(out, loanword);
        if (hangul) {
            add(out, fit(cps, latin, Script.KOREAN));
        } else {
            // Han names of two characters run together are Chinese far more often (莫浩 is no "Moo Ko"); Korean names
            // written in Hanja have three (as ScriptReadings reads them).
            if (total >= 3 || cps.length > 1) {
                add(out, fit(cps, latin, Script.JAPANESE));
            }
            for (int k = 0; korean != null && k < korean.size(); k++) {
                add(out, fit(korean.get(k), latin, Script.KOREAN));
            }
            if (total <= 4) {
                add(out, fit(cps, latin, Script.MANDARIN));
                add(out, fit(cps, latin, Script.CANTONESE));
            }
        }
        return out;
    }

    /** Whether the name is written in Han (read in Japanese, Mandarin and Korean). */
    boolean han() {
        prepare();
        return cps != null && !hangul;
    }

    // What the name is, worked out once: its Cyrillic or Armenian words (with the pipeline's reading of each), or its
    // Hangul or Han words as code points.
    private boolean prepared;
    /** The words of a foreign name written in Han or Hangul ({@link LoanwordSpelling}), or null. */
    private String[] loanwordWords;
    private String[] alphabetWords;
    private String[] alphabetReads;
    /** Whether the alphabet name is a Korean name in Cyrillic ({@link io.interdict.core.names.KoreanCyrillicSpelling}:
     *  "Ким Чен Ын"), its words spelt as Korean too. */
    private boolean koreanCyrillic;
    /** Whether it is a Japanese name in Cyrillic ({@link io.interdict.core.names.JapaneseCyrillicSpelling}: "Итиро
     *  Одзава"), its words spelt as kana too. */
    private boolean japaneseCyrillic;
    private int[][] cps;
    private List<int[][]> korean;
    private boolean hangul;
    private int total;

    private void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        loanwordWords = LoanwordSpelling.words(foreign);
        String[] words = io.interdict.core.names.Words.pieces(foreign.strip(), WORD_SEPARATORS);
        boolean spellable = words.length <= 6;
        for (int i = 0; i < words.length && spellable; i++) {
            spellable = LetterSpellings.spellable(words[i]);
        }
        if (spellable) {
            alphabetWords = words;
            alphabetReads = new String[words.length];
            koreanCyrillic = io.interdict.core.names.KoreanCyrillicSpelling.korean(words);
            japaneseCyrillic = io.interdict.core.names.JapaneseCyrillicSpelling.japanese(words);
            return;
        }
        words = io.interdict.core.names.Words.spaced(foreign);
        if (words.length > 3) {
            return;
        }
        int[][] c = new int[words.length][];
        boolean allHangul = true;
        boolean allHan = true;
        int n = 0;
        for (int w = 0; w < words.length; w++) {
            c[w] = io.interdict.core.names.Words.codePoints(words[w]);
            n += c[w].length;
            for (int cp : c[w]) {
                allHangul &= HangulRomanizer.isSyllable(cp);
                allHan &= Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            }
        }
        if (n < 2 || n > EastAsianReadings.MAX_NAME_CHARACTERS || !allHangul && !allHan) {
            return;
        }
        cps = c;
        hangul = allHangul;
        total = n;
        // Korean names in Hanja have three characters, or two with a one-syllable given name (金九 "Kim Koo"): fitted, a
        // reading is made only when the Latin name spells the Korean reading of each, so a Chinese name of two meets
        // only a Latin name that spells its characters in Korean.
        korean = !allHangul && (n == 3 || n == 2) ? koreanReading(c) : null;
    }

    /**
     * A Cyrillic or Armenian name with each word a Latin word (or two or three adjacent ones glued) spells ({@link LetterSpellings}: "Юрий Жуков" as "juri
     * schukow"), one Latin word per word; a word no Latin word spells keeps the pipeline's reading. Null when fewer than
     * two of its words (of a name of one word: it) are spelt.
     */
    private String alphabet(List<String> latin) {
        boolean loanword = alphabetWords == null;
        String[] words = loanword ? loanwordWords : alphabetWords;
        if (alphabetReads == null) {
            alphabetReads = new String[words.length];
        }
        boolean[] used = new boolean[latin.size()];
        StringBuilder sb = new StringBuilder();
        int spelt = 0;
        for (int i = 0; i < words.length; i++) {
            String as = null;
            for (int j = 0; j < latin.size() && as == null; j++) {
                if (!used[j] && mayBegin(i, latin.get(j)) && letters(words[i], latin.get(j), loanword)) {
                    used[j] = true;
                    as = latin.get(j);
                }
            }
            // A word the Latin name writes in parts ("ศิลปอาชา" "Silpa-archa", "Тер-Петросян" written apart): two or three
            // adjacent words glued, as the Hangul and Han parts are read; only from a word it may begin with.
            for (int j = 0; j + 1 < latin.size() && as == null; j++) {
                if (!mayBegin(i, latin.get(j))) {
                    continue;
                }
                String glued = latin.get(j);
                for (int to = j + 1; to < latin.size() && to < j + MAX_GLUED && as == null && !used[j]; to++) {
                    if (used[to]) {
                        break;
                    }
                    glued += latin.get(to);
                    if (letters(words[i], glued, loanword)) {
                        for (int k = j; k <= to; k++) {
                            used[k] = true;
                        }
                        as = String.join(" ", latin.subList(j, to + 1));
                    }
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

    /** Per word of an alphabet name, the letters a spelling of it may begin with ({@link LetterSpellings#firstLetters}). */
    private int[] alphabetFirst;

    private boolean mayBegin(int word, String latin) {
        if (alphabetFirst == null) {
            boolean loanword = alphabetWords == null;
            String[] words = loanword ? loanwordWords : alphabetWords;
            alphabetFirst = new int[words.length];
            for (int k = 0; k < words.length; k++) {
                alphabetFirst[k] = io.interdict.core.names.LoanwordNames.firstLetters(words[k])
                        | (loanword ? LoanwordSpelling.firstLetters(words[k]) : LetterSpellings.firstLetters(words[k]))
                        | (koreanCyrillic ? io.interdict.core.names.KoreanCyrillicSpelling.firstLetters(words[k]) : 0)
                        | (japaneseCyrillic ? io.interdict.core.names.JapaneseCyrillicSpelling.firstLetters(words[k]) : 0);
            }
        }
        char c = latin.isEmpty() ? 0 : latin.charAt(0);
        return c >= 'a' && c <= 'z' && (alphabetFirst[word] & (1 << (c - 'a'))) != 0;
    }

    private boolean letters(String word, String latin, boolean loanword) {
        java.util.Map<String, Boolean> spelt = memo.computeIfAbsent(word, k -> new java.util.HashMap<>());
        Boolean known = spelt.get(latin);
        if (known == null) {
            // a transcribed word the names table spells so (ジョーンズ "jones"), or one its letters spell
            known = io.interdict.core.names.LoanwordNames.spells(word, latin)
                    || (loanword ? LoanwordSpelling.spells(word, latin) : LetterSpellings.spells(word, latin))
                    || koreanCyrillic && io.interdict.core.names.KoreanCyrillicSpelling.spells(word, latin)
                    || japaneseCyrillic && io.interdict.core.names.JapaneseCyrillicSpelling.spells(word, latin);
            spelt.put(latin, known);
        }
        return known;
    }

    private static void add(List<String> out, String r) {
        if (r != null && !out.contains(r)) {
            out.add(r);
        }
    }

    /** Most Korean readings of one Han name tried: a character read two ways (泌 비, 필) doubles them. */
    private static final int MAX_KOREAN_READINGS = 4;

    /**
     * Han as the Hangul of its Korean readings (Unihan's kHangul, every reading a character has: 金鍾泌 is 김종필 "Kim
     * Jong-pil" in 泌's second reading, 필), at most {@link #MAX_KOREAN_READINGS} of them; null when a character has none.
     */
    private static List<int[][]> koreanReading(int[][] cps) {
        List<int[][]> out = new ArrayList<>(2);
        out.add(new int[cps.length][]);
        for (int w = 0; w < cps.length; w++) {
            for (int[][] r : out) {
                r[w] = new int[cps[w].length];
            }
            for (int k = 0; k < cps[w].length; k++) {
                String[] all = HanReadings.hangulReadings(cps[w][k]);
                if (all.length == 0) {
                    return null;
                }
                int n = out.size();
                for (int a = 1; a < all.length && out.size() < MAX_KOREAN_READINGS; a++) {
                    for (int i = 0; i < n && out.size() < MAX_KOREAN_READINGS; i++) {
                        int[][] copy = new int[cps.length][];
                        for (int v = 0; v <= w; v++) {
                            copy[v] = out.get(i)[v].clone();
                        }
                        copy[w][k] = all[a].codePointAt(0);
                        out.add(copy);
                    }
                }
                for (int i = 0; i < n; i++) {
                    out.get(i)[w][k] = all[0].codePointAt(0);
                }
            }
        }
        return out;
    }

    /** One way of cutting the name into parts (family name, given name), each part with its memo key. */
    private record Cut(List<int[]> parts, List<String> keys, int[] first) {
        /** Whether each part could begin one of the words: a part's first character spelt from a word's first letter. */
        boolean possible(int wordInitials) {
            for (int f : first) {
                if ((f & wordInitials) == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private final java.util.Map<Object, List<Cut>> cuts = new java.util.HashMap<>();

    /** The ways to cut a name's words into parts for a script: words as written, or one word after its family name. */
    private List<Cut> cuts(int[][] words, Script script) {
        Object cacheKey = script == Script.KOREAN && !hangul ? words : script;   // one Korean reading of Han each
        List<Cut> known = cuts.get(cacheKey);
        if (known != null) {
            return known;
        }
        List<List<int[]>> ways = new ArrayList<>();
        if (words.length > 1) {
            ways.add(java.util.Arrays.asList(words));
        } else {
            int[] w = words[0];
            // One word: a family name of one syllable (two in a name of four: 남궁, 선우), or of any length (Japanese).
            int maxFamily = script != Script.JAPANESE ? (w.length == 4 ? 2 : 1) : w.length - 1;
            for (int k = 1; k <= maxFamily; k++) {
                ways.add(List.of(java.util.Arrays.copyOfRange(w, 0, k), java.util.Arrays.copyOfRange(w, k, w.length)));
            }
            if (w.length <= 3) {
                ways.add(List.<int[]>of(w));   // a name of one part ("岸田", "정은")
            }
        }
        List<Cut> out = new ArrayList<>(ways.size());
        for (List<int[]> parts : ways) {
            List<String> keys = new ArrayList<>(parts.size());
            int[] first = new int[parts.size()];
            for (int p = 0; p < parts.size(); p++) {
                int[] part = parts.get(p);
                boolean family = p == 0 && parts.size() > 1;
                keys.add(script.ordinal() + (family ? "f" : "g") + new String(part, 0, part.length));
                first[p] = switch (script) {
                    case JAPANESE -> JapaneseNameReading.firstLetters(part[0]);
                    // a family name in any reading, its surname reading too (曾 "Zeng", not only "Ceng")
                    case MANDARIN -> family ? MandarinSpelling.anyReadingFirstLetters(part[0]) : MandarinSpelling.firstLetters(part[0]);
                    case CANTONESE -> CantoneseSpelling.firstLetters(part[0]);
                    // a family name of one syllable may also be a variant (이 "Lee", "Rhee"): any letter
                    case KOREAN -> family && part.length == 1 ? -1 : KoreanNameSpelling.firstLetters(part[0]);
                };
            }
            out.add(new Cut(parts, keys, first));
        }
        cuts.put(cacheKey, out);
        return out;
    }

    /** The first fitting: the name's parts, each spelt by its own Latin word(s). */
    private String fit(int[][] words, List<String> latin, Script script) {
        int initials = 0;
        for (String w : latin) {
            char c = w.isEmpty() ? 0 : w.charAt(0);
            initials |= c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 0;
        }
        for (Cut cut : cuts(words, script)) {
            if (!cut.possible(initials)) {
                continue;
            }
            String[] chosen = new String[cut.parts().size()];
            if (assign(cut, 0, latin, new boolean[latin.size()], chosen, script)) {
                return String.join(" ", chosen);
            }
        }
        return null;
    }

    private boolean assign(Cut cut, int p, List<String> latin, boolean[] used, String[] chosen, Script script) {
        List<int[]> parts = cut.parts();
        if (p == parts.size()) {
            return true;
        }
        int[] part = parts.get(p);
        // Japanese is read from the word folded, which may begin with another letter ("tch", "mb"): not filtered here.
        int mayBegin = script == Script.JAPANESE ? -1 : cut.first()[p];
        for (int from = 0; from < latin.size(); from++) {
            String start = latin.get(from);
            char c = start.isEmpty() ? 0 : start.charAt(0);
            if (c < 'a' || c > 'z' ? mayBegin != -1 : (mayBegin & 1 << (c - 'a')) == 0) {
                continue;   // no spelling of the part begins with this word's letter (nor so when words are glued to it)
            }
            String glued = "";
            for (int to = from; to < latin.size() && to < from + MAX_GLUED && !used[to]; to++) {
                glued = to == from ? latin.get(to) : glued + latin.get(to);
                if (!spells(cut.keys().get(p), part, glued, p == 0 && parts.size() > 1, script)) {
                    continue;
                }
                for (int k = from; k <= to; k++) {
                    used[k] = true;
                }
                chosen[p] = String.join(" ", latin.subList(from, to + 1));
                if (assign(cut, p + 1, latin, used, chosen, script)) {
                    return true;
                }
                for (int k = from; k <= to; k++) {
                    used[k] = false;
                }
            }
        }
        return false;
    }

    private boolean spells(String partKey, int[] part, String word, boolean family, Script script) {
        java.util.Map<String, Boolean> spelt = memo.computeIfAbsent(partKey, k -> new java.util.HashMap<>());
        Boolean known = spelt.get(word);
        if (known == null) {
            known = spelt(part, word, family, script);
            spelt.put(word, known);
        }
        return known;
    }

    private static boolean spelt(int[] part, String word, boolean family, Script script) {
        if (script == Script.JAPANESE) {
            return JapaneseNameReading.reads(part, 0, part.length, word);
        }
        if (script == Script.MANDARIN) {
            return family ? MandarinSpelling.spellsAnyReading(part, word) : MandarinSpelling.spells(part, word);
        }
        if (script == Script.CANTONESE) {
            return CantoneseSpelling.spells(part, word);
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
