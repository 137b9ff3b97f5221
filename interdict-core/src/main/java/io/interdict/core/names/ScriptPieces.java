package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A name field that writes one name in two scripts, as the UN Security Council's list does in its alias fields: the
 * original-script name in brackets after the Latin one ("El Harrachi (الحراشي)", "Amir Khazmat (original script: Амир
 * Хазмат)"), the Latin ones in brackets after the original, separated by semicolons ("حسن غول (Hassan Ghul; Hassan Gul;
 * Hasan Gul)"), or, in a listed name, the two side by side, word for word ("Agha Jan Alizai اغا جان عالیزی"). Each
 * piece is the same party's name, which a name in one script is compared with; the field as a whole is one name twice
 * over.
 *
 * <p>Han, kana and Hangul count as one script here (Japanese writes Han and kana in one name, Korean Han and Hangul),
 * and a word written in two scripts (a homoglyph, "Gаzprom" with a Cyrillic а) is no piece of its own: such a field
 * is left as written.
 */
public final class ScriptPieces {
    private ScriptPieces() {
    }

    /** No script (yet): no letter, or a letter of every script. */
    private static final int NONE = -1;

    /**
     * The field's pieces, first the one outside brackets, then the others in the order written; null when the field's
     * letters are all of one script, or it has no bracket of another script's name ({@link #sideBySide} reads a field
     * without brackets).
     */
    public static List<String> of(String written) {
        if (!mixed(written)) {
            return null;
        }
        String text = removeMarkers(written);
        List<String> pieces = new ArrayList<>();
        StringBuilder outside = new StringBuilder();
        List<String> insides = new ArrayList<>();
        if (!bracketGroups(text, outside, insides) || insides.isEmpty()) {
            return null;
        }
        String first = clean(outside.toString());
        if (AccountReferences.hasLetter(first)) {
            pieces.add(first);
        }
        for (String inside : insides) {
            for (String piece : splitTopLevel(inside)) {
                String p = clean(piece);
                if (AccountReferences.hasLetter(p) && !pieces.contains(p)) {
                    pieces.add(p);
                }
            }
        }
        // Each piece in one script, and at least two scripts among them: otherwise brackets of another kind.
        int firstScript = NONE;
        boolean another = false;
        for (String p : pieces) {
            int s = script(p);
            if (s == MIXED) {
                return null;
            }
            if (firstScript == NONE) {
                firstScript = s;
            } else if (s != firstScript) {
                another = true;
            }
        }
        return another && pieces.size() >= 2 ? List.copyOf(pieces) : null;
    }

    /** Whether letters of two scripts are in the field (a cheap test before anything is cut). */
    static boolean mixed(String s) {
        // Most names are Latin letters alone: none of them is past Latin Extended-B.
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x0250) {
                return script(s) == MIXED;
            }
        }
        return false;
    }

    /** A script, with Han, kana and Hangul as one; Latin is 0. */
    private static int scriptOf(int cp) {
        if (cp < 0x0250) {
            return 0;
        }
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return switch (sc) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> Character.UnicodeScript.HAN.ordinal() + 1;
            case LATIN -> 0;
            case COMMON, INHERITED -> NONE;
            default -> sc.ordinal() + 1;
        };
    }

    /** A piece's letters in two scripts or more. */
    private static final int MIXED = -2;

    private static int script(String piece) {
        int seen = NONE;
        for (int i = 0; i < piece.length(); ) {
            int cp = piece.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            int sc = scriptOf(cp);
            if (sc == NONE) {
                continue;
            }
            if (seen == NONE) {
                seen = sc;
            } else if (sc != seen) {
                return MIXED;
            }
        }
        return seen;
    }

    /** "original script:", "(original script)" and "original script" name no name: they go. */
    private static String removeMarkers(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (!lower.contains("original script")) {
            return s;
        }
        return s.replaceAll("(?iu)\\(\\s*original\\s+script\\s*\\)|original\\s+script\\s*:?", " ");
    }

    /** The text outside top-level brackets into {@code outside}, each top-level bracket's inside into {@code insides};
     *  false when the brackets do not balance. */
    private static boolean bracketGroups(String s, StringBuilder outside, List<String> insides) {
        int depth = 0;
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                if (depth++ == 0) {
                    start = i + 1;
                    outside.append(' ');
                }
            } else if (c == ')') {
                if (depth == 0) {
                    return false;
                }
                if (--depth == 0) {
                    insides.add(s.substring(start, i));
                }
            } else if (depth == 0) {
                outside.append(c);
            }
        }
        return depth == 0;
    }

    /** A bracket's inside split at its semicolons outside nested brackets. */
    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ';' && depth == 0) {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        out.add(s.substring(from));
        return out;
    }

    /**
     * A listed name written twice side by side, word for word, in two scripts ("Agha Jan Alizai اغا جان عالیزی"): its two
     * halves, or null. Asked of listed names only, whose reader still compares the halves: a name with a word or two of
     * English in it ("בן שחר Trading Group") is one name, and two runs of as many words do not tell it apart.
     */
    public static List<String> sideBySide(String written) {
        return mixed(written) && written.indexOf('(') < 0 ? runs(written) : null;
    }

    /** Without brackets: the field's two runs of words in one script, when each word is in one and the two runs have as
     *  many words; null otherwise. */
    private static List<String> runs(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int runScript = NONE;
        for (String word : s.strip().split("\\s+")) {
            int sc = script(word);
            if (sc == MIXED) {
                return null;
            }
            if (sc != NONE && runScript != NONE && sc != runScript) {
                out.add(clean(run.toString()));
                run.setLength(0);
            }
            if (sc != NONE) {
                runScript = sc;
            }
            run.append(run.length() == 0 ? "" : " ").append(word);
        }
        out.add(clean(run.toString()));
        out.removeIf(p -> !AccountReferences.hasLetter(p));
        // The same name twice: two runs of as many words, two or more each. A name in one script with a word or two of
        // English in it ("Петрин Construction", "علی عسگری Foods Holdings and Sons") is one name.
        if (out.size() != 2) {
            return null;
        }
        int words = out.get(0).split(" ").length;
        return words >= 2 && out.get(1).split(" ").length == words ? List.copyOf(out) : null;
    }

    private static String clean(String s) {
        return NameNotes.trimSeparators(s.strip().replaceAll("\\s{2,}", " "));
    }
}
