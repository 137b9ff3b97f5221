package io.interdict.core.match.fuzzy;

/**
 * Two Latin spellings of one name in two romanisation habits (interdict-v2). Romanisations of
 * Arabic, Persian, Urdu, Russian, Korean and of the lists' own English and French habits disagree
 * on a small set of letters and letter groups, each a different convention for the same sound:
 * <ul>
 *   <li>long vowels: "oo" / "ou" / "u" ("Masood" / "Masud", "Ould" / "Uld"), "ee" / "ie" / "i"
 *       ("Rafeeq" / "Rafiq", "Rezaie" / "Rezai"), "y" / "i" ("Sayed" / "Saied");</li>
 *   <li>consonants written with an h or without: "gh" / "g", "kh" / "h", "th" / "t", "dh" / "d",
 *       "ph" / "f"; "tch" / "ch", "sch" / "sh", "dj" / "j";</li>
 *   <li>one letter for another: "w" / "v", "q" / "k", "c" / "k" (not in "ch"), "x" / "ks";
 *       a final "-off" for "-ov" ("Smirnoff");</li>
 *   <li>doubled letters single ("Hassan" / "Hasan").</li>
 * </ul>
 * {@link #of} folds each alternative to one form; two words with the same fold are spellings of one
 * name, not two names. v1's {@link Skeleton} folds fewer groups and collapses doubles first, so that
 * "oo" never reaches its "oo" rule; it stays as released.
 */
final class RomanisationFold {
    private RomanisationFold() {
    }

    /** Whether two different lower-case words are the same name in two romanisation habits ("dawud" ~ "dawood"). */
    static boolean variants(String x, String y) {
        return !x.equals(y) && Math.min(x.length(), y.length()) >= 2 && of(x).equals(of(y));
    }

    /** The fold of a lower-case word: each romanisation alternative above written one way. */
    static String of(String word) {
        String w = word.endsWith("off") && word.length() > 4 ? word.substring(0, word.length() - 3) + "ov" : word;
        StringBuilder sb = new StringBuilder(w.length());
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            char after = i + 2 < n ? w.charAt(i + 2) : 0;
            switch (c) {
                case 't' -> {
                    if (next == 'c' && after == 'h') {
                        i++;            // tch -> ch
                    } else if (next == 'h') {
                        i++;            // th -> t
                        sb.append('t');
                    } else {
                        sb.append('t');
                    }
                }
                case 's' -> {
                    if (next == 'c' && after == 'h') {
                        i++;            // sch -> sh
                    }
                    sb.append('s');
                }
                case 'd' -> {
                    if (next == 'j') {
                        continue;       // dj -> j
                    }
                    if (next == 'h') {
                        i++;            // dh -> d
                    }
                    sb.append('d');
                }
                case 'k', 'g' -> {
                    if (next == 'h') {
                        i++;            // kh -> h, gh -> g
                        sb.append(c == 'k' ? 'h' : 'g');
                    } else {
                        sb.append(c == 'g' ? 'g' : 'k');
                    }
                }
                case 'p' -> {
                    if (next == 'h') {
                        i++;
                        sb.append('f');
                    } else {
                        sb.append('p');
                    }
                }
                case 'c' -> sb.append(next == 'h' ? 'c' : 'k');
                case 'q' -> sb.append('k');
                case 'w' -> sb.append('v');
                case 'x' -> sb.append("ks");
                case 'o' -> {
                    if (next == 'o' || next == 'u') {
                        i++;
                        sb.append('u');
                    } else {
                        sb.append('o');
                    }
                }
                case 'e', 'i', 'y' -> {
                    char nx = next == 'y' ? 'i' : next;
                    if (c == 'e' && next == 'e' || c != 'e' && nx == 'e' && (c == 'i' || c == 'y') && after == 0) {
                        i++;            // ee -> i; a final ie / ye -> i
                        sb.append('i');
                    } else {
                        sb.append(c == 'e' ? 'e' : 'i');
                    }
                }
                default -> sb.append(c);
            }
        }
        // Doubled letters (written or made by the folds above: "saiyid" -> "saiiid") are one.
        StringBuilder out = new StringBuilder(sb.length());
        for (int i = 0; i < sb.length(); i++) {
            if (i == 0 || sb.charAt(i) != sb.charAt(i - 1)) {
                out.append(sb.charAt(i));
            }
        }
        return out.toString();
    }
}
