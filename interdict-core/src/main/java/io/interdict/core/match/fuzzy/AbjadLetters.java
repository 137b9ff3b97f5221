package io.interdict.core.match.fuzzy;

import io.interdict.core.match.fuzzy.TokenAlignment.Side;
import io.interdict.core.names.TokenKind;

/**
 * A letter standing alone in a name read from an abjad is no initial (interdict-v2). Arabic, Persian, Urdu
 * and Hebrew write no initials; a single letter in their transliteration is a piece of a word the reading
 * split (ICU writes ain and hamza as modifier letters the pipeline reads as spaces: "مصعب" -> "ms b"), and it
 * must not pair with a Latin word as an initial does ("b" ~ "Bushra" at 0.8, "z" ~ "Zadran").
 */
final class AbjadLetters {
    private AbjadLetters() {
    }

    /** Undoes every pair of the article "al", on either side, with a word of the other side (a person's name). */
    static void unpairArticle(Side a, Side b, int[] pairOf, double[] ma, double[] mb) {
        for (int i = 0; i < a.size(); i++) {
            int j = pairOf[i];
            if (j >= 0 && (a.kind[i] == TokenKind.PARTICLE && a.text[i].equals("al") && name(b.kind[j], b.text[j])
                    || b.kind[j] == TokenKind.PARTICLE && b.text[j].equals("al") && name(a.kind[i], a.text[i]))) {
                pairOf[i] = -1;
                ma[i] = 0;
                mb[j] = 0;
            }
        }
    }

    /** A word of three letters or more: "ul" and "el" are the article in other spellings ("JAMAAT-UL-AHRAR"). */
    private static boolean name(TokenKind kind, String text) {
        return kind == TokenKind.WORD && text.length() >= 3;
    }

    /**
     * Undoes every pair of a letter of the transliterated side with a word of the Latin side.
     *
     * @param queryRead whether side a (the query) is the name read from the abjad
     */
    static void unpair(Side a, Side b, int[] pairOf, double[] ma, double[] mb, boolean queryRead) {
        for (int i = 0; i < a.size(); i++) {
            int j = pairOf[i];
            if (j < 0) {
                continue;
            }
            TokenKind read = queryRead ? a.kind[i] : b.kind[j];
            TokenKind latin = queryRead ? b.kind[j] : a.kind[i];
            if (read == TokenKind.INITIAL && latin != TokenKind.INITIAL) {
                pairOf[i] = -1;
                ma[i] = 0;
                mb[j] = 0;
            }
        }
    }
}
