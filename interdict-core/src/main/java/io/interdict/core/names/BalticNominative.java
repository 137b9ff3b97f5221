package io.interdict.core.names;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A name as Latvian or Lithuanian writes it, without the nominative endings those languages add to every masculine
 * name, foreign ones included: Russia's foreign minister is "Sergejs Lavrovs" in Latvian and "Sergejus Lavrovas" in
 * Lithuanian, where lists write "Sergey LAVROV" (Wikipedia, "Latvian language", nouns: masculine names take -s, -š or
 * -is, foreign ones too, "Džordžs Bušs"; "Lithuanian grammar": masculine -as, -is, -ys, -us, and foreign names are
 * given them, "Džordžas Bušas"). Read without them, "sergej lavrov" is a spelling away from "Sergey Lavrov".
 *
 * <p>Only a name that shows it is Baltic is read: two words or more, one with a Latvian or Lithuanian letter (ā č ē
 * ģ ī ķ ļ ņ š ū ž ė į ų) or an ending English names do not have (-js, -ovs, -evs, -ins, -ovas, -evas, -inas, -jus):
 * "James Jones" and "Thomas Harris" are read as written only. Its words ending in s or š lose the ending (feminine
 * names end as Russian ones do: "Marija Zaharova").
 */
public final class BalticNominative {
    private static final String BALTIC_LETTERS = "āčēģīķļņšūžėįųĀČĒĢĪĶĻŅŠŪŽĖĮŲ";
    private static final String[] TELLING_ENDINGS = {"js", "ovs", "evs", "ins", "ovas", "evas", "inas", "jus"};
    /** Lithuanian endings of two letters, then Latvian's one: the longest that leaves a stem of three letters goes. */
    private static final String[] ENDINGS = {"as", "us", "ys", "is", "s"};

    private BalticNominative() {
    }

    /** The name without its Baltic nominative endings ("sergej lavrov"), or null when it is not read so. */
    public static String reading(String name) {
        if (name == null || !mayBeBaltic(name)) {
            return null;
        }
        return readWords(name);
    }

    private static String readWords(String name) {
        String[] words = Words.spaced(name);
        if (words.length < 2) {
            return null;
        }
        boolean telling = false;
        boolean ending = false;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            for (int i = 0; i < lower.length() && !telling; i++) {
                telling = BALTIC_LETTERS.indexOf(lower.charAt(i)) >= 0;
            }
            for (String e : TELLING_ENDINGS) {
                telling |= lower.endsWith(e) && lower.length() > e.length() + 2;
            }
            ending |= endsInS(lower);
        }
        if (!telling || !ending) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            String folded = Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
            out.append(out.length() == 0 ? "" : " ").append(endsInS(w.toLowerCase(Locale.ROOT)) ? stem(folded) : folded);
        }
        return out.toString();
    }

    /** Cheaply, before any word is cut out (every query is asked): a word ends in s or š before a space or the end,
     *  the name has a space, and it has a Latvian or Lithuanian letter or writes a telling ending somewhere ("James
     *  Jones" has none: read as written, as {@link #reading} would). */
    static boolean mayBeBaltic(String name) {
        boolean space = false;
        boolean s = false;
        boolean telling = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Words.asciiSpace(c)) {
                space = true;
            } else if (c == 's' || c == 'S' || c == 'š' || c == 'Š') {
                s |= i + 1 == name.length() || Words.asciiSpace(name.charAt(i + 1));
                for (int e = 0; e < TELLING_ENDINGS.length && !telling; e++) {
                    int from = i + 1 - TELLING_ENDINGS[e].length();
                    telling = from >= 0 && name.regionMatches(true, from, TELLING_ENDINGS[e], 0, TELLING_ENDINGS[e].length());
                }
                telling |= c == 'š' || c == 'Š';
            } else if (c > 0x7F && !telling) {
                telling = BALTIC_LETTERS.indexOf(c) >= 0 || BALTIC_LETTERS.indexOf(Character.toLowerCase(c)) >= 0;
            }
        }
        return space && s && telling;
    }

    /** {@link #reading} without its cheap test first (the tests' reference). */
    static String read(String name) {
        return readWords(name);
    }

    private static boolean endsInS(String lower) {
        return lower.length() >= 4 && (lower.endsWith("s") || lower.endsWith("š"));
    }

    private static String stem(String word) {
        for (String e : ENDINGS) {
            // Lithuanian -as, -us, -ys, -is after a consonant; Latvian -is after a consonant is its own (Kārlis) but -s
            // after i (Jevgeņijs's -ijs) leaves the i: "jevgenij".
            boolean twoLetters = e.length() == 2;
            if (word.endsWith(e) && word.length() - e.length() >= 3
                    && (!twoLetters || !isVowel(word.charAt(word.length() - 3)))) {
                return word.substring(0, word.length() - e.length());
            }
        }
        return word;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
