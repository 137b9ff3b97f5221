package io.interdict.core.match.fuzzy;

import io.interdict.core.match.fuzzy.TokenAlignment.Side;
import io.interdict.core.names.TokenKind;

/**
 * An East Slavic patronymic, the father's given name with "son of" or "daughter of": Russian Viktorovich, Anatolyevich,
 * Viktorovna; Ukrainian Oleksandrovych, Oleksandrivna; Belarusian Ryhoravich; as French and German transliterate them
 * (Vladimirovitch, Wladimirowitsch). A full name writes it between the given and the family name ("Sergey Viktorovich
 * Lavrov"); the usual short form leaves it out ("Sergey Lavrov"). The suffix is -ovich, -evich (-yevich), -ovych,
 * -evych or -avich (-ovitch, -owitsch…) after a stem of three letters or more, or -ovna, -evna, -ivna for a daughter.
 * The South Slavic, Polish and Yiddish family names of the same root (-ović, -owicz, -owitz: {@link PatronymicSuffix})
 * are not matched, nor "-ich" alone (Friedrich, Ulrich; the rarer Ilyich, Kuzmich are left out with them).
 */
final class Patronymic {
    private static final String[] SON = {"ovich", "evich", "ovych", "evych", "avich", "ovitch", "evitch", "owitsch",
            "ewitsch"};
    private static final String[] DAUGHTER = {"ovna", "evna", "ivna"};
    private static final int STEM = 3;

    private Patronymic() {
    }

    /** Whether a lower-case word is shaped as an East Slavic patronymic. */
    static boolean is(String w) {
        for (String e : SON) {
            if (w.length() >= e.length() + STEM && w.endsWith(e)) {
                return true;
            }
        }
        for (String e : DAUGHTER) {
            if (w.length() >= e.length() + STEM && w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** How many of a side's words are unpaired ({@code m} 0) patronymics. */
    static int unpaired(Side s, double[] m) {
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            n += m[i] == 0 && s.kind[i] == TokenKind.WORD && is(s.text[i]) ? 1 : 0;
        }
        return n;
    }
}
