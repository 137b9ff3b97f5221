package io.interdict.core.names;

import java.text.Normalizer;

/**
 * Half-width katakana (U+FF61-U+FF9F: "ｱｿｳ ﾀﾛｳ", as older bank systems and card terminals still write Japanese names)
 * as the full-width letters they stand for ("アソウ タロウ"), by Unicode NFKC, which maps each to its full-width form and
 * joins a voicing mark to its letter ("ｶﾞ" -> "ガ"; Unicode Standard Annex #15). The pipeline folds them so at its first
 * step; the readings of a kana name (long vowels, loanwords, names fitted to a candidate) look at the raw name and know
 * only the full-width letters.
 */
public final class HalfwidthKana {
    private HalfwidthKana() {
    }

    /** The name with its half-width katakana (and only then any other compatibility form) made full-width; the name
     *  itself when it has none. */
    public static String widen(String name) {
        if (name == null) {
            return null;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '\uFF61' && c <= '\uFF9F') {
                return Normalizer.normalize(name, Normalizer.Form.NFKC);
            }
        }
        return name;
    }
}
