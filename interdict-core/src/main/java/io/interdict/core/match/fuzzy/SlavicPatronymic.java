package io.interdict.core.match.fuzzy;

import io.interdict.core.match.fuzzy.TokenAlignment.Side;
import io.interdict.core.names.TokenKind;

/**
 * An East Slavic patronymic, the father's name with a suffix ("Valentinovich", son of Valentin; "Mikhailovna",
 * daughter of Mikhail), stands between a person's given name and family name in the full form ("Sergey Viktorovich
 * Lavrov") or after both in a list's order ("LAVROV Sergey Viktorovich"), and the usual short form leaves it out
 * ("Sergey Lavrov"). Compared pairwise, such a word left unpaired where the other side keeps no word of its own makes
 * no partial name of a slip in the words both sides write (InterdictV2's partial_fuzzy).
 *
 * <p>A word is read as a patronymic by its suffix, in the usual romanisations of Russian, Belarusian and Ukrainian
 * (-ovich/-evich, -ovych/-evych for Ukrainian, -ovitch in French habit; -ovna/-evna, Ukrainian -ivna, -ichna as in
 * "Ilyinichna"): Wikipedia, "Eastern Slavic naming customs" (patronymic suffixes -ovich, -evich, -ovna, -evna, -ichna;
 * Ukrainian -ovych, -yovych, -ivna). Family names end so too ("Abramovich", "Rabinovich"), so the word counts only where
 * a patronymic stands: with paired words on both sides of it, or last after two paired words (family name and given
 * name first). Never the South Slavic family names in -ović/-ević ("Milošević"), which no suffix above writes.
 */
final class SlavicPatronymic {
    private static final String[] SUFFIXES = {"ovich", "evich", "ovych", "evych", "ovitch", "evitch", "ovna", "evna",
            "ivna", "ichna"};
    /** The shortest patronymic: a stem of at least three letters before the suffix ("Ilyich" has none of these). */
    private static final int MIN_LENGTH = 7;

    private SlavicPatronymic() {
    }

    /** Whether a lower-case Latin word ends as an East Slavic patronymic does. */
    static boolean suffixed(String w) {
        if (w.length() < MIN_LENGTH) {
            return false;
        }
        for (String s : SUFFIXES) {
            if (w.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the side's one unpaired word is a patronymic where a patronymic stands (see the class). */
    static boolean leftOut(Side s, double[] m) {
        int unpaired = -1;
        for (int i = 0; i < s.size(); i++) {
            if (m[i] == 0 && s.kind[i] == TokenKind.WORD) {
                if (unpaired >= 0) {
                    return false;
                }
                unpaired = i;
            }
        }
        if (unpaired < 0 || !suffixed(s.text[unpaired])) {
            return false;
        }
        int before = 0;
        int after = 0;
        for (int i = 0; i < s.size(); i++) {
            if (m[i] > 0 && s.kind[i] == TokenKind.WORD) {
                before += i < unpaired ? 1 : 0;
                after += i > unpaired ? 1 : 0;
            }
        }
        return before >= 1 && after >= 1 || before >= 2 && after == 0;
    }
}
