package io.interdict.core.match.fuzzy;

import io.interdict.core.match.fuzzy.TokenAlignment.Side;
import io.interdict.core.names.CantoneseSpelling;
import io.interdict.core.names.HanReadings;
import io.interdict.core.names.JapaneseNameReading;
import io.interdict.core.names.KoreanNameSpelling;
import io.interdict.core.names.LoanwordSpelling;
import io.interdict.core.names.MandarinSpelling;
import io.interdict.core.names.TokenKind;

/**
 * A person's name written in Han against a Latin name (interdict-v2): a Latin word paired loosely with a word of one of
 * the name's readings is the same word only when it spells some run of the name's own characters, in one of the
 * systems names are read in: Korean, through every Hangul reading a character has, in any spelling Koreans register
 * ({@link KoreanNameSpelling#spellsOrUsual}); Mandarin in pinyin or Wade–Giles, each character in any of its
 * readings ({@link MandarinSpelling#spellsAnyReading}); Cantonese as Hong Kong spells it ({@link CantoneseSpelling});
 * Japanese in its name readings ({@link JapaneseNameReading}).
 * Each character is a whole syllable, so a Latin syllable that none of its readings spells is another character's, and
 * the word another name's: 鄭東勳 is 정동훈, "Jeong Dong-hun", and "Dong-hyun" (현) is not its given name, though
 * "donghyun" is one letter from the reading "donghun"; 張偉 is "Zhang Wei", not "Zhang Wen" (文). The pair is undone.
 * A pair the Latin word spells stays as the spelling scored it ("Jung" for 鄭, read "jeong"; "Park" for 朴, read "pak").
 * Only against a Latin name written in one system, of no more syllables than the name has characters ({@link
 * #syllableCounts}): a name its bearer spells in a way of their own ("Ma Ying-jeou", 九 jiu) is no other name in any
 * system, and is left to the spelling.
 *
 * <p>The same rule as {@link HangulSyllables}, for Han. Only for a person's name (no organisation's schema, legal form
 * or business word: a company spells its name as it likes), written wholly in Han, and not a foreign name transcribed
 * in Han ({@link LoanwordSpelling#hanTranscription}: "托马斯·米勒" ~ "Thomas Miller", spelt by its sound). Written from
 * the tuning pair files' different-person pairs (`crossscript --tuning-only --verbose`); session 66.
 */
final class HanSyllables {
    /** The longest run of characters one Latin word is taken to spell: a family name of two and a given name of two
     *  glued ("ouyangnana"); a name has at most {@link EastAsianReadings#MAX_NAME_CHARACTERS}. */
    private static final int MAX_RUN = 4;

    /** Most Korean readings of one run tried: a character read two ways (金 김, 금) doubles them. */
    private static final int MAX_KOREAN_READINGS = 8;

    private HanSyllables() {
    }

    /**
     * Undoes each pair of a word of the reading's side with a Latin word, paired below 1, that spells no run of the
     * written name's characters ({@code read}'s {@link ScoringName#han}; null: not read from Han, nothing undone).
     * {@code foreignIsA}: the reading is side {@code a}. Nothing is undone when the Latin side has a business word.
     */
    static void unpair(Side a, Side b, int[] pairOf, double[] ma, double[] mb, boolean foreignIsA, ScoringName read,
                       ScoringName latinName) {
        int[] characters = read.han;
        if (characters == null || characters.length == 0 || !loosePair(a, b, pairOf, ma)) {
            return;
        }
        Side latin = foreignIsA ? b : a;
        for (int k = 0; k < latin.size(); k++) {
            if (latin.kind[k] == TokenKind.GENERIC) {
                return;   // a business word: a company spells its name as it likes
            }
        }
        if (characters.length >= Integer.SIZE - 1 || (syllableCounts(latinName) & (1 << characters.length + 1) - 1) == 0) {
            return;   // a spelling of the writer's own ("Ma Ying-jeou", "Chung Myung-whun"): no system's other name
        }
        HangulSyllables.undoUnspelt(a, b, pairOf, ma, mb, foreignIsA, word -> spelt(read, word));
    }

    /** What a reading's written name has found its characters to spell ({@link ScoringName#hanSpelt}). */
    static final class Spelt {
        /** The written name's characters. */
        final int[] characters;
        /** Per character, the letters (bit a..z) a spelling of it in any system begins with ({@link #firstLetters}). */
        final int[] first;
        /** Each Latin word met: whether it spells a run of the characters. */
        final java.util.concurrent.ConcurrentHashMap<String, Boolean> words = new java.util.concurrent.ConcurrentHashMap<>();

        Spelt(int[] characters) {
            this.characters = characters;
            first = new int[characters.length];
            for (int i = 0; i < characters.length; i++) {
                first[i] = firstLetters(characters[i]);
            }
        }
    }

    /** Most Latin words one name keeps the answer for ({@link Spelt#words}). */
    private static final int MAX_KEPT = 512;

    /** The last name's {@link Spelt} this thread made or met. */
    private static final ThreadLocal<Spelt> LAST = new ThreadLocal<>();

    /** {@link #spellsARun} for the reading's written name, kept in it ({@link ScoringName#hanSpelt}). */
    private static boolean spelt(ScoringName read, String word) {
        Spelt known = read.hanSpelt;
        if (known == null) {
            // A query's readings (Mandarin, Korean, Japanese...) are one written name's: they share what it spells.
            Spelt last = LAST.get();
            known = last != null && java.util.Arrays.equals(last.characters, read.han) ? last : new Spelt(read.han);
            LAST.set(known);
            read.hanSpelt = known;   // a race makes two: each answer is the same
        }
        Boolean b = known.words.get(word);
        if (b == null) {
            b = spellsARun(read.han, known.first, word);
            if (known.words.size() < MAX_KEPT) {
                known.words.put(word, b);   // a listed name meets query after query: it keeps the first words only
            }
        }
        return b;
    }

    /** The letters (bit a..z) a spelling of a character in any of the systems begins with; -1 (any) when a reading may
     *  leave it unwritten. */
    static int firstLetters(int cp) {
        int m = CantoneseSpelling.firstLetters(cp) | JapaneseNameReading.firstLetters(cp) | MandarinSpelling.anyReadingFirstLetters(cp);
        for (String h : HanReadings.hangulReadings(cp)) {
            m |= KoreanNameSpelling.firstLettersOrUsual(h.codePointAt(0));
        }
        return m;
    }

    /** Whether some word is paired with a word below 1: most pairs a search scores have none, and need nothing more. */
    private static boolean loosePair(Side a, Side b, int[] pairOf, double[] ma) {
        for (int i = 0; i < a.size(); i++) {
            int j = pairOf[i];
            if (j >= 0 && ma[i] < 1.0 && a.kind[i] == TokenKind.WORD && b.kind[j] == TokenKind.WORD) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Han characters of a person's name written wholly in Han (words parted by spaces or a middle dot aside), in
     * order; null for any other name, and for a foreign name transcribed in Han.
     */
    static int[] written(String name) {
        if (name == null || name.isEmpty() || !CrossScript.han(name) || LoanwordSpelling.hanTranscription(name)) {
            return null;
        }
        int[] cps = new int[name.length()];
        int n = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (HanReadings.of(cp) != null) {
                cps[n++] = cp;
            } else if (!Character.isWhitespace(cp) && cp != '\u00B7' && cp != '\u30FB' && cp != '-') {
                return null;   // kana, Latin or another script beside the Han: not a name written wholly in Han
            }
        }
        return n == 0 ? null : java.util.Arrays.copyOf(cps, n);
    }

    /** Whether a Latin word (lower-case ASCII) spells some run of one to {@link #MAX_RUN} of the characters, in order,
     *  in one of the systems. */
    static boolean spellsARun(int[] characters, String word) {
        int[] first = new int[characters.length];
        for (int i = 0; i < characters.length; i++) {
            first[i] = firstLetters(characters[i]);
        }
        return spellsARun(characters, first, word);
    }

    /** {@link #spellsARun}, each character's {@link #firstLetters} known: a run is tried only from a character a
     *  spelling of which the word's first letter may begin. */
    private static boolean spellsARun(int[] characters, int[] first, String word) {
        int letter = word.isEmpty() || word.charAt(0) < 'a' || word.charAt(0) > 'z' ? -1 : 1 << (word.charAt(0) - 'a');
        for (int from = 0; from < characters.length; from++) {
            if ((first[from] & letter) == 0) {
                continue;
            }
            for (int to = from + 1; to <= Math.min(characters.length, from + MAX_RUN); to++) {
                if (spells(characters, from, to, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How many syllables of one system the words of a Latin name may be read as, all together (bit k: k syllables):
     * each word one to {@link #MAX_RUN} Korean syllables ({@link KoreanNameSpelling#latinSyllables}), or each one to
     * {@link #MAX_RUN} Mandarin ones in pinyin or Wade–Giles, or each Cantonese ones as Hong Kong spells them. A name of
     * as many syllables as the Han name has characters is a name in that system, and a word of it that spells no run of
     * the characters is another name's, and so is one of fewer syllables, part of such a name ("JANG GYONG" against
     * 莊家榮). A name spelt some other way ("Tsai Ing-wen", "Ma Ying-jeou": "jeou" is two
     * syllables, not 九's one; "Syngman Rhee", "Chung Myung-whun": a family's or the writer's own spelling) has no count
     * that fits and is left to the spelling. Worked out once per name ({@link ScoringName#hanSyllableCounts}): a listed name
     * is asked against each query.
     */
    static int syllableCounts(ScoringName latin) {
        int known = latin.hanSyllableCounts;
        if (known >= 0) {
            return known;
        }
        int korean = 1;
        int mandarin = 1;
        int cantonese = 1;
        for (int i = 0; i < latin.size() && (korean | mandarin | cantonese) != 0; i++) {
            if (latin.kind[i] != TokenKind.WORD) {
                continue;
            }
            String w = latin.text[i];
            korean = sum(korean, counts(w, x -> KoreanNameSpelling.latinSyllables(x) != null));
            mandarin = sum(mandarin, counts(w, MandarinSpelling.syllableSpellings()::contains));
            cantonese = sum(cantonese, counts(w, CantoneseSpelling.syllableSpellings()::contains));
        }
        int all = (korean | mandarin | cantonese) & ~1;   // no word at all is no count
        latin.hanSyllableCounts = all;
        return all;
    }

    /** The counts two parts together may have (bit k: k syllables), below {@link Integer#SIZE}. */
    private static int sum(int x, int y) {
        int out = 0;
        for (int k = 0; k < Integer.SIZE; k++) {
            if ((x & 1 << k) != 0) {
                out |= y << k;
            }
        }
        return out;
    }

    /** How many syllables a word may be cut into (bit k: k), one to {@link #MAX_RUN}, each one {@code syllable}. */
    static int counts(String word, java.util.function.Predicate<String> syllable) {
        int n = word.length();
        int[] reach = new int[n + 1];   // reach[p]: bit k when the first p letters are k syllables
        reach[0] = 1;
        for (int from = 0; from < n; from++) {
            if (reach[from] == 0) {
                continue;
            }
            for (int to = from + 1; to <= n; to++) {
                if (syllable.test(word.substring(from, to))) {
                    reach[to] |= (reach[from] << 1) & ((1 << MAX_RUN + 1) - 1);
                }
            }
        }
        return reach[n];
    }

    /** Whether a Latin word spells characters {@code [from, to)} in Korean, Mandarin, Cantonese or Japanese. */
    static boolean spells(int[] characters, int from, int to, String word) {
        int[] run = java.util.Arrays.copyOfRange(characters, from, to);
        return MandarinSpelling.spellsAnyReading(run, word) || CantoneseSpelling.spells(run, word)
                || JapaneseNameReading.reads(characters, from, to, word) || korean(run, word);
    }

    /** Whether a Latin word spells the run in one of its Korean readings (every Hangul reading of each character, the
     *  initial sound rule's original reading inside a name: 李 이 first, 리 after). */
    private static boolean korean(int[] run, String word) {
        java.util.List<int[]> readings = new java.util.ArrayList<>(2);
        readings.add(new int[run.length]);
        for (int k = 0; k < run.length; k++) {
            String[] all = HanReadings.hangulReadings(run[k]);
            if (all.length == 0) {
                return false;
            }
            int n = readings.size();
            for (int r = 1; r < all.length && readings.size() < MAX_KOREAN_READINGS; r++) {
                for (int i = 0; i < n && readings.size() < MAX_KOREAN_READINGS; i++) {
                    int[] copy = readings.get(i).clone();
                    copy[k] = all[r].codePointAt(0);
                    readings.add(copy);
                }
            }
            for (int i = 0; i < n; i++) {
                readings.get(i)[k] = all[0].codePointAt(0);
            }
        }
        for (int[] hangul : readings) {
            if (KoreanNameSpelling.spellsOrUsual(hangul, 0, hangul.length, word)) {
                return true;
            }
        }
        return false;
    }
}
