package io.interdict.core.match.fuzzy;

import io.interdict.core.match.fuzzy.TokenAlignment.Side;
import io.interdict.core.names.KoreanNameSpelling;
import io.interdict.core.names.TokenKind;

/**
 * A name written in Hangul against a Latin name of Korean syllables (interdict-v2): a Latin word paired loosely with a
 * word of the Hangul name's reading is the same word only when it spells some of the name's own syllables, in any of
 * the spellings Koreans register ({@link KoreanNameSpelling#spellsOrUsual}): "Seo-jin" spells 서진, not 서준, though
 * "seojin" is one letter from the reading "seojun" ("윤서준" ~ "Yoon Seo-jin"); "Son" spells 손, not 송 ("송민호" ~ "Son
 * Min-ho"). Hangul writes every syllable exactly, so a syllable spelt otherwise is another name's; the pair is undone,
 * as the word of another name it is. A pair the Latin word spells stays as the spelling scored it ("Yoon" for 윤, read
 * "yun"; "Jong" for 정, read "jeong").
 *
 * <p>Only for a person's name (no organisation's schema, legal form or business word on either side: a company spells
 * its name as it likes, "현대자동차" ~ "Hyundai Motor Company", 대 "dai"), written in Hangul in one word ({@link
 * ScoringName#familyFirst}), as Koreans write theirs, family name first: a Western name written in Hangul keeps its
 * words apart ("헬렌 워커", read "helen woker" ~ "Helen Walker") and is read by its sound. And only against a Latin name
 * whose every word spells Korean syllables ({@link #koreanWord}: one, or two or three run together, "seojin"). Written
 * from the tuning pair files' different-person pairs (`crossscript --tuning-only --verbose`); session 65.
 */
final class HangulSyllables {
    private HangulSyllables() {
    }

    /**
     * Undoes each pair of a word of the reading's side with a Latin word, paired below 1, that spells no run of the
     * written name's {@code syllables} ({@link ScoringName#hangul}; null: not read from Hangul, nothing undone).
     * {@code foreignIsA}: the reading is side {@code a}. Nothing is undone unless every word of the Latin side spells
     * Korean syllables.
     */
    static void unpair(Side a, Side b, int[] pairOf, double[] ma, double[] mb, boolean foreignIsA, int[] syllables) {
        if (syllables == null || syllables.length == 0) {
            return;
        }
        Side latin = foreignIsA ? b : a;
        for (int k = 0; k < latin.size(); k++) {
            if (latin.kind[k] == TokenKind.GENERIC || latin.kind[k] == TokenKind.WORD && !koreanWord(latin.text[k])) {
                return;   // a business word (a company spells its name as it likes), or a word of no Korean syllables
            }
        }
        undoUnspelt(a, b, pairOf, ma, mb, foreignIsA, word -> spellsARun(syllables, word));
    }

    /**
     * Undoes each pair of two words paired below 1 whose Latin word ({@code foreignIsA}: side b's, else a's) {@code
     * spelt} rejects: how this class and {@link HanSyllables} end, once each has found its rule applies.
     */
    static void undoUnspelt(Side a, Side b, int[] pairOf, double[] ma, double[] mb, boolean foreignIsA,
                            java.util.function.Predicate<String> spelt) {
        for (int i = 0; i < a.size(); i++) {
            int j = pairOf[i];
            if (j < 0 || ma[i] >= 1.0 || a.kind[i] != TokenKind.WORD || b.kind[j] != TokenKind.WORD) {
                continue;
            }
            if (!spelt.test(foreignIsA ? b.text[j] : a.text[i])) {
                pairOf[i] = -1;
                ma[i] = 0;
                mb[j] = 0;
            }
        }
    }

    /** The Hangul syllables of a written name, in order (anything else left out); null when it has none. */
    static int[] written(String name) {
        int n = 0;
        for (int i = 0; name != null && i < name.length(); i++) {
            n += KoreanNameSpelling.isSyllable(name.charAt(i)) ? 1 : 0;   // Hangul syllables are all in the BMP
        }
        if (n == 0) {
            return null;   // most readings: asked of every reading a search or a comparison makes
        }
        int[] s = new int[n];
        for (int i = 0, k = 0; i < name.length(); i++) {
            if (KoreanNameSpelling.isSyllable(name.charAt(i))) {
                s[k++] = name.charAt(i);
            }
        }
        return s;
    }

    /** Whether a Latin word spells some run of one to three of the syllables, in order. */
    static boolean spellsARun(int[] syllables, String word) {
        for (int from = 0; from < syllables.length; from++) {
            for (int to = from + 1; to <= Math.min(syllables.length, from + 3); to++) {
                if (KoreanNameSpelling.spellsOrUsual(syllables, from, to, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a Latin word spells one Korean syllable, or two or three run together ("seojin", "minho"). */
    static boolean koreanWord(String word) {
        return syllablesOf(word, 3);
    }

    private static boolean syllablesOf(String word, int most) {
        if (KoreanNameSpelling.latinSyllables(word) != null) {
            return true;
        }
        for (int k = 1; most > 1 && k < word.length(); k++) {
            if (KoreanNameSpelling.latinSyllables(word.substring(0, k)) != null && syllablesOf(word.substring(k), most - 1)) {
                return true;
            }
        }
        return false;
    }
}
