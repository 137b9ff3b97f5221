package io.interdict.core.match.fuzzy;

import io.interdict.core.names.HangulRomanizer;
import io.interdict.core.names.TokenKind;

/**
 * Which written word each token of a reading reads, for a name written in Han or Hangul words apart whose reading gives
 * each character a token of its own: "文雄 明德 謝" is read "wen xiong ming de xie", "유진 영길 류" "yu jin yeong gil ryu".
 * The reading sets every syllable apart, so that a listed name spelling one syllable of a given name ("MING XIE") would
 * pair it as a word of its own; the written words still say that "ming de" is one given name, Mingde, of which "Ming"
 * is half ({@code syllable_extra}, as "Mingde Xie" ~ "MING XIE" in Latin letters).
 */
final class WrittenParts {
    private WrittenParts() {
    }

    /**
     * For each of a reading's tokens (their kinds), the index of the written word of {@code written} it reads; null
     * unless every word is written in Han or in Hangul syllables only, the tokens are as many as the characters (a
     * syllable read as a particle, pinyin's "de", or as one letter, 우 "u", is one), none a number or a generic word, and
     * some word has two characters or more.
     */
    static int[] of(String written, TokenKind[] kinds) {
        if (written == null || kinds.length < 2 || kinds.length > 16) {
            return null;
        }
        for (TokenKind k : kinds) {
            if (k == TokenKind.NUMBER || k == TokenKind.GENERIC) {
                return null;
            }
        }
        int[] parts = new int[kinds.length];
        int token = 0;
        int word = -1;
        boolean inWord = false;
        boolean longer = false;
        int inThisWord = 0;
        for (int i = 0; i < written.length(); ) {
            int cp = written.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                inWord = false;
                continue;
            }
            if (!HangulRomanizer.isSyllable(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                return null;
            }
            if (!inWord) {
                inWord = true;
                word++;
                inThisWord = 0;
            }
            if (token == parts.length) {
                return null;   // more characters than tokens
            }
            parts[token++] = word;
            longer |= ++inThisWord >= 2;
        }
        return token == parts.length && longer ? parts : null;
    }

    /**
     * Whether some written word of two characters or more has a token paired ({@code paired[i] > 0}) and a token not:
     * one syllable of a name written as one word pairs, the other pairs nothing.
     */
    static boolean splitsAWord(int[] parts, double[] paired, int size) {
        if (parts == null || size != parts.length) {
            return false;   // the alignment glued tokens: what each reads is not known
        }
        for (int from = 0; from < size; ) {
            int to = from;
            boolean some = false;
            boolean none = false;
            while (to < size && parts[to] == parts[from]) {
                some |= paired[to] > 0;
                none |= paired[to] == 0;
                to++;
            }
            if (to - from >= 2 && some && none) {
                return true;
            }
            from = to;
        }
        return false;
    }
}
