package io.interdict.core.names;

import com.ibm.icu.text.SpoofChecker;

/**
 * A word written in look-alike letters of two alphabets, to look like a name to a reader while reading otherwise to a
 * matcher: the way a payment is disguised to pass a screening unseen ("ВАЅНАR", "Ηezbollah" with a Greek Eta; the
 * other alphabets read so are Cyrillic, Greek, Armenian and Cherokee). No name is written in two alphabets at once
 * (none of the bundled lists' 44,644 names has such a word), so such a word is read in one, wholly: in Latin when each
 * of its other letters looks like a Latin one, else in the other alphabet, Cyrillic or Greek, when each of its Latin
 * letters looks like one of it (a Latin "e" and "p" typed in the Cyrillic "Сбepбанк").
 * <p>In a name written in Latin (most of its letters, or as many, are Latin; or all its letters of another alphabet look
 * like Latin ones, "СНОЕ CHUN-ЅІК"; or a word of it is read in Latin so), a
 * word written wholly in letters of another alphabet that all look like Latin ones is read in Latin too ("ТНОМАЅ
 * LUBANGA"; "СІІЅЕ" beside "МАХAMED"), unless in brackets, which may give the name in its own script ("Thomas
 * (ТОМАС)").
 * <p>Which letters look alike is Unicode's confusables data (UTS #39, through ICU's {@link SpoofChecker}): two
 * characters are confusable when their skeletons are equal; of two Latin letters of one skeleton ("I", "l"), the one
 * of the letter's case.
 * <p>Pure and thread-safe. (Digits and signs typed for letters: {@link TypedLetters}.)
 */
public final class LookalikeLetters {
    private LookalikeLetters() {
    }

    /** The blocks whose letters may be read as Latin ones they look like: Greek, Cyrillic and Armenian; Cherokee. */
    private static final int[][] BLOCKS = {{0x370, 0x590}, {0x13A0, 0x1400}};
    /** The look-alike tables, made from ICU's confusables data on first use: only a name that mixes alphabets needs
     *  them (building them takes a tenth of a second). */
    private static final class Tables {
        /** Per code point of each block, the Latin letter it looks like; 0 when none. */
        static final char[][] TO_LATIN = {new char[0x590 - 0x370], new char[0x1400 - 0x13A0]};
        /** Per Latin letter (A–Z, a–z by {@link LookalikeLetters#latinIndex}), the Cyrillic letter it looks like; 0
         *  when none. */
        static final char[] TO_CYRILLIC = new char[52];
        /** Per Latin letter, the Greek letter it looks like; 0 when none. */
        static final char[] TO_GREEK = new char[52];

        static {
            SpoofChecker checker = new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();
            // The skeleton of each Latin letter: "I" and "l" share one.
            java.util.Map<String, StringBuilder> latinBySkeleton = new java.util.HashMap<>();
            for (char c = 'A'; c <= 'z'; c++) {
                if (Character.isLetter(c)) {
                    latinBySkeleton.computeIfAbsent(checker.getSkeleton(String.valueOf(c)), k -> new StringBuilder()).append(c);
                }
            }
            for (int b = 0; b < BLOCKS.length; b++) {
                for (int cp = BLOCKS[b][0]; cp < BLOCKS[b][1]; cp++) {
                    if (!Character.isLetter(cp)) {
                        continue;
                    }
                    StringBuilder latin = latinBySkeleton.get(checker.getSkeleton(String.valueOf((char) cp)));
                    if (latin == null) {
                        continue;
                    }
                    char pick = latin.charAt(0);
                    for (int i = 0; i < latin.length(); i++) {
                        if (Character.isUpperCase(latin.charAt(i)) == Character.isUpperCase(cp)) {
                            pick = latin.charAt(i);
                            break;
                        }
                    }
                    TO_LATIN[b][cp - BLOCKS[b][0]] = pick;
                    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                    char[] back = script == Character.UnicodeScript.CYRILLIC ? TO_CYRILLIC
                            : script == Character.UnicodeScript.GREEK ? TO_GREEK : null;
                    if (back == null) {
                        continue;   // a Latin letter in an Armenian or Cherokee word is not read in it
                    }
                    int at = latinIndex(pick);
                    // the letter of the language's own alphabet first (Cyrillic U+0410–U+044F, Greek U+0391–U+03C9)
                    boolean basic = basicLetter((char) cp);
                    if (back[at] == 0 || basic && !basicLetter(back[at])) {
                        back[at] = (char) cp;
                    }
                }
            }
        }
    }

    private static boolean basicLetter(char c) {
        return c >= 0x410 && c <= 0x44F || c >= 0x391 && c <= 0x3C9;
    }

    private static int latinIndex(char c) {
        return c <= 'Z' ? c - 'A' : 26 + c - 'a';
    }

    /** The Latin letter a letter of another alphabet looks like, or 0. */
    private static char latinOf(char c) {
        for (int b = 0; b < BLOCKS.length; b++) {
            if (c >= BLOCKS[b][0] && c < BLOCKS[b][1]) {
                return Tables.TO_LATIN[b][c - BLOCKS[b][0]];
            }
        }
        return 0;
    }

    /**
     * The name with its words written in two alphabets read in one (see the class comment), or null when it has none:
     * most names, which are told by one pass over their characters.
     */
    public static String letters(String name) {
        if (name == null || !mixesScripts(name)) {
            return null;
        }
        int n = name.length();
        // Whether the name is written in Latin: most of its letters are (or as many), or all its other letters look like
        // Latin ones, or a word of it mixes Latin letters with others that all look like Latin ones.
        int latinLetters = 0;
        int otherLetters = 0;
        boolean allLookLatin = true;
        for (int i = 0; i < n; i++) {
            int s = script(name.charAt(i));
            latinLetters += s == 1 ? 1 : 0;
            otherLetters += s > 1 ? 1 : 0;
            allLookLatin &= s <= 1 || latinOf(name.charAt(i)) != 0;
        }
        // every letter of another alphabet in it looks Latin: "СНОЕ CHUN-ЅІК"
        boolean inLatin = latinLetters >= otherLetters || allLookLatin;
        for (int start = 0; start < n && !inLatin; ) {
            int end = wordEnd(name, start);
            Word w = end > start ? word(name, start, end) : null;
            inLatin = w != null && w.latin > 0 && w.otherScript != 0 && w.allLookLatin;
            start = Math.max(end, start + 1);
        }
        StringBuilder out = new StringBuilder(name);
        boolean changed = false;
        int brackets = 0;
        for (int start = 0; start < n; ) {
            char at = name.charAt(start);
            if (script(at) == 0) {
                brackets += at == '(' || at == '[' ? 1 : at == ')' || at == ']' ? -1 : 0;
                start++;
                continue;
            }
            int end = wordEnd(name, start);
            Word w = word(name, start, end);
            boolean mixed = w.latin > 0 && w.otherScript != 0;
            if (w.otherScript != 0 && w.allLookLatin && (mixed || inLatin && brackets <= 0)) {
                // a word of two alphabets whose other letters all look Latin; or, in a name written in Latin, a word
                // written wholly in such letters outside brackets (a bracket may give the name in its own script)
                for (int i = start; i < end; i++) {
                    char l = latinOf(name.charAt(i));
                    if (l != 0) {
                        out.setCharAt(i, l);
                    }
                }
                changed = true;
            } else if (mixed && w.allLookOther) {
                char[] back = w.otherScript == 2 ? Tables.TO_CYRILLIC : Tables.TO_GREEK;
                for (int i = start; i < end; i++) {
                    char c = name.charAt(i);
                    if (latinLetter(c)) {
                        out.setCharAt(i, back[latinIndex(c)]);
                    }
                }
                changed = true;
            }
            start = end;
        }
        return changed ? out.toString() : null;
    }

    /** What a word's letters are: how many Latin, which other alphabet (0 none, 2 Cyrillic, 3 Greek; -1 two), whether
     *  all its other letters look like Latin ones and all its Latin letters like letters of that other alphabet. */
    private record Word(int latin, int otherScript, boolean allLookLatin, boolean allLookOther) {
    }

    /** The end of the word of letters starting at {@code start} (where a letter is). */
    private static int wordEnd(String name, int start) {
        int end = start;
        while (end < name.length() && script(name.charAt(end)) != 0) {
            end++;
        }
        return end;
    }

    private static Word word(String name, int start, int end) {
        int latin = 0;
        int other = 0;
        boolean allLookLatin = true;
        for (int i = start; i < end; i++) {
            char c = name.charAt(i);
            int s = script(c);
            if (s == 1) {
                latin++;
            } else {
                other = other == 0 || other == s ? s : -1;
                allLookLatin &= latinOf(c) != 0;
            }
        }
        boolean allLookOther = other == 2 || other == 3;
        for (int i = start; i < end && allLookOther; i++) {
            char c = name.charAt(i);
            if (script(c) == 1) {
                allLookOther = latinLetter(c) && (other == 2 ? Tables.TO_CYRILLIC : Tables.TO_GREEK)[latinIndex(c)] != 0;
            }
        }
        return new Word(latin, other, allLookLatin, allLookOther);
    }

    /** Whether the name has Latin letters and letters of one of the other alphabets read here. */
    private static boolean mixesScripts(String name) {
        boolean latin = false;
        boolean other = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x80) {
                latin |= latinLetter(c);
            } else {
                int s = script(c);
                latin |= s == 1;
                other |= s > 1;
            }
            if (latin && other) {
                return true;
            }
        }
        return false;
    }

    private static boolean latinLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** 1 Latin, 2 Cyrillic, 3 Greek, 4 Armenian, 5 Cherokee (letters only); 0 any other character. */
    static int script(char c) {
        if (latinLetter(c) || c >= 0xC0 && c < 0x250 && Character.isLetter(c)) {
            return 1;
        }
        if (c < 0x370 || c >= 0x590 && (c < 0x13A0 || c >= 0x1400) || !Character.isLetter(c)) {
            return 0;
        }
        return switch (Character.UnicodeScript.of(c)) {
            case CYRILLIC -> 2;
            case GREEK -> 3;
            case ARMENIAN -> 4;
            case CHEROKEE -> 5;
            default -> 0;
        };
    }
}
