package io.interdict.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a name so that it looks the same to a reader but not to a naive matcher, as someone who wants a payment past a
 * screening would: the adversarial set of the harness ({@link DisguiseEvaluation}). Deterministic for a seed; each
 * {@link Kind} disguises in one way only.
 * <p>Each kind draws from a random stream of its own. The look-alike tables here are the generator's own, written from
 * Unicode's confusables data (UTS #39,
 * {@code confusables.txt}: each letter below shares its prototype with the Latin letter) and from the common leet
 * substitutions (A 4, E 3, I 1, L 1, O 0, S 5, T 7; "@" a, "$" s, "!" i); the product reads look-alikes through ICU's
 * own confusables data, so an evaluation with these tables does not test a table against itself.
 */
public final class Disguiser {
    public enum Kind {
        /** One letter replaced by its Cyrillic look-alike ("Pаvel", Cyrillic а). */
        ONE_CYRILLIC,
        /** About half the letters that have a Cyrillic look-alike replaced by it, at least one per word that has one. */
        MANY_CYRILLIC,
        /** About half the letters that have a Greek look-alike replaced by it. */
        MANY_GREEK,
        /** About half the letters that have an Armenian or a Cherokee look-alike replaced by it. */
        ARMENIAN_CHEROKEE,
        /** One to three letters replaced by the digits that look like them ("V1ad1m1r"). */
        DIGITS,
        /** Two to four letters replaced by digits or signs ("@" a, "$" s, "!" i). */
        DIGITS_AND_SIGNS,
        /** Invisible characters (zero-width space, zero-width joiner, soft hyphen, word joiner) inside one or two words. */
        INVISIBLE,
        /** The letters of one word of five or more written apart by one separator ("P.u.t.i.n", "R o s n e f t"). */
        SPACED_OUT,
        /** The name in full-width forms, as an East Asian keyboard types it ("ＰＵＴＩＮ"). */
        FULL_WIDTH
    }

    /** Latin letter, then its Cyrillic look-alike (UTS #39 confusables: one prototype). */
    private static final String[][] CYRILLIC = {
            {"a", "\u0430"}, {"c", "\u0441"}, {"e", "\u0435"}, {"o", "\u043E"}, {"p", "\u0440"}, {"x", "\u0445"},
            {"y", "\u0443"}, {"i", "\u0456"}, {"j", "\u0458"}, {"s", "\u0455"}, {"h", "\u04BB"},
            {"A", "\u0410"}, {"B", "\u0412"}, {"C", "\u0421"}, {"E", "\u0415"}, {"H", "\u041D"}, {"I", "\u0406"},
            {"J", "\u0408"}, {"K", "\u041A"}, {"M", "\u041C"}, {"O", "\u041E"}, {"P", "\u0420"}, {"S", "\u0405"},
            {"T", "\u0422"}, {"X", "\u0425"}, {"Y", "\u04AE"}};
    /** Latin letter, then its Greek look-alike. */
    private static final String[][] GREEK = {
            {"o", "\u03BF"}, {"v", "\u03BD"}, {"i", "\u03B9"},
            {"A", "\u0391"}, {"B", "\u0392"}, {"E", "\u0395"}, {"H", "\u0397"}, {"I", "\u0399"}, {"K", "\u039A"},
            {"M", "\u039C"}, {"N", "\u039D"}, {"O", "\u039F"}, {"P", "\u03A1"}, {"T", "\u03A4"}, {"X", "\u03A7"},
            {"Y", "\u03A5"}, {"Z", "\u0396"}};
    /** Latin letter, then its Armenian (lower case) or Cherokee (capitals) look-alike. */
    private static final String[][] ARMENIAN_OR_CHEROKEE = {
            {"o", "\u0585"}, {"u", "\u057D"}, {"h", "\u0570"}, {"n", "\u0578"}, {"g", "\u0581"}, {"q", "\u0566"},
            {"A", "\u13AA"}, {"B", "\u13F4"}, {"C", "\u13DF"}, {"D", "\u13A0"}, {"E", "\u13AC"}, {"G", "\u13C0"},
            {"H", "\u13BB"}, {"J", "\u13AB"}, {"K", "\u13E6"}, {"L", "\u13DE"}, {"M", "\u13B7"}, {"P", "\u13E2"},
            {"R", "\u13A1"}, {"S", "\u13DA"}, {"T", "\u13A2"}, {"V", "\u13D9"}, {"W", "\u13B3"}, {"Z", "\u13C3"}};
    /** Letter (either case), then the digits typed for it. */
    private static final String[][] DIGIT = {{"a", "4"}, {"e", "3"}, {"i", "1"}, {"l", "1"}, {"o", "0"}, {"s", "5"},
            {"t", "7"}};
    private static final String[][] SIGN = {{"a", "@"}, {"s", "$"}, {"i", "!"}};
    private static final char[] INVISIBLES = {'\u200B', '\u200D', '\u00AD', '\u2060'};
    private static final char[] SEPARATORS = {'.', ' ', '-'};

    /** A stream of its own per kind: a kind added draws nothing from the others'. */
    private final Random[] randoms;
    private Random random;

    public Disguiser(long seed) {
        randoms = new Random[Kind.values().length];
        for (Kind k : Kind.values()) {
            randoms[k.ordinal()] = new Random(seed * 1_000_003L + k.ordinal());
        }
    }

    /** The name disguised in the given way, or null when the kind does not apply to it (or changes nothing). */
    public String disguise(String name, Kind kind) {
        random = randoms[kind.ordinal()];
        String out = switch (kind) {
            case ONE_CYRILLIC -> replaceSome(name, CYRILLIC, false, 1, 1);
            case MANY_CYRILLIC -> replaceHalf(name, CYRILLIC);
            case MANY_GREEK -> replaceHalf(name, GREEK);
            case ARMENIAN_CHEROKEE -> replaceHalf(name, ARMENIAN_OR_CHEROKEE);
            case DIGITS -> replaceSome(name, DIGIT, true, 1, 3);
            case DIGITS_AND_SIGNS -> replaceSome(name, concat(DIGIT, SIGN), true, 2, 4);
            case INVISIBLE -> invisible(name);
            case SPACED_OUT -> spacedOut(name);
            case FULL_WIDTH -> fullWidth(name);
        };
        return out == null || out.equals(name) ? null : out;
    }

    private static String[][] concat(String[][] a, String[][] b) {
        String[][] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The letters' positions that {@code table} has a look-alike for, with that look-alike's row. */
    private static List<int[]> options(String name, String[][] table, boolean caseless) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            for (int k = 0; k < table.length; k++) {
                char l = table[k][0].charAt(0);
                if (caseless ? Character.toLowerCase(c) == l : c == l) {
                    out.add(new int[]{i, k});
                }
            }
        }
        return out;
    }

    /** {@code min} to {@code max} letters (as many as there are) replaced by a look-alike of {@code table} ({@code
     *  caseless}: the table's letters stand for both cases). */
    private String replaceSome(String name, String[][] table, boolean caseless, int min, int max) {
        List<int[]> options = options(name, table, caseless);
        if (options.isEmpty()) {
            return null;
        }
        java.util.Collections.shuffle(options, random);
        int n = Math.min(options.size(), min + random.nextInt(max - min + 1));
        StringBuilder b = new StringBuilder(name);
        java.util.Set<Integer> done = new java.util.HashSet<>();
        for (int[] o : options) {
            if (done.size() == n) {
                break;
            }
            if (done.add(o[0])) {
                b.setCharAt(o[0], table[o[1]][1].charAt(0));
            }
        }
        return b.toString();
    }

    /** About half of the letters {@code table} has a look-alike for replaced, at least one. */
    private String replaceHalf(String name, String[][] table) {
        List<int[]> options = options(name, table, false);
        if (options.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder(name);
        boolean any = false;
        for (int[] o : options) {
            if (random.nextBoolean()) {
                b.setCharAt(o[0], table[o[1]][1].charAt(0));
                any = true;
            }
        }
        if (!any) {
            int[] o = options.get(random.nextInt(options.size()));
            b.setCharAt(o[0], table[o[1]][1].charAt(0));
        }
        return b.toString();
    }

    private String invisible(String name) {
        String[] words = name.split(" ", -1);
        List<Integer> long3 = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= 3) {
                long3.add(i);
            }
        }
        if (long3.isEmpty()) {
            return null;
        }
        int n = Math.min(long3.size(), 1 + random.nextInt(2));
        java.util.Collections.shuffle(long3, random);
        for (int k = 0; k < n; k++) {
            int w = long3.get(k);
            int at = 1 + random.nextInt(words[w].length() - 1);
            words[w] = words[w].substring(0, at) + INVISIBLES[random.nextInt(INVISIBLES.length)] + words[w].substring(at);
        }
        return String.join(" ", words);
    }

    private String spacedOut(String name) {
        String[] words = name.split(" ", -1);
        List<Integer> fit = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= 5 && words[i].chars().allMatch(Character::isLetter)) {
                fit.add(i);
            }
        }
        if (fit.isEmpty()) {
            return null;
        }
        int w = fit.get(random.nextInt(fit.size()));
        char sep = SEPARATORS[random.nextInt(SEPARATORS.length)];
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words[w].length(); i++) {
            if (i > 0) {
                b.append(sep);
            }
            b.append(words[w].charAt(i));
        }
        words[w] = b.toString();
        return String.join(" ", words);
    }

    private static String fullWidth(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : c == ' ' ? '\u3000' : c);
        }
        return b.toString();
    }
}
