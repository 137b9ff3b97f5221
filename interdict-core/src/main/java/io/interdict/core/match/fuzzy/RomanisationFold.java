package io.interdict.core.match.fuzzy;

/**
 * Two Latin spellings of one name in two romanisation habits (interdict-v2). Romanisations of
 * Arabic, Persian, Urdu, Russian, Korean and of the lists' own English and French habits disagree
 * on a small set of letters and letter groups, each a different convention for the same sound:
 * <ul>
 *   <li>long vowels: "oo" / "ou" / "u" ("Masood" / "Masud", "Ould" / "Uld"), "ee" / "ie" / "i"
 *       ("Rafeeq" / "Rafiq", "Rezaie" / "Rezai"), "y" / "i" ("Sayed" / "Saied");</li>
 *   <li>consonants written with an h or without: "gh" / "g", "kh" / "h", "th" / "t", "dh" / "d",
 *       "ph" / "f"; "tch" / "ch", "sch" / "sh", "dj" / "j"; and for Cyrillic дж, "dzh" (BGN/PCGN, as the lists write
 *       Russian) / "j" (English) / "dsch" (German): Джохар Дудаев is "Dzhokhar Dudayev" (en.wikipedia.org/wiki/
 *       Dzhokhar_Dudayev), "Jokhar Dudayev" (encycloped.ru, Historical Dictionary of the Russian Federation, "Dudayev,
 *       Jokhar Musayevich") and "Dschochar Dudajew" (de.wikipedia.org/wiki/Dschochar_Dudajew);</li>
 *   <li>one letter for another: "w" / "v", "q" / "k", "c" / "k" (not in "ch"), "x" / "ks";
 *       a final "-off" for "-ov" ("Smirnoff");</li>
 *   <li>doubled letters single ("Hassan" / "Hasan");</li>
 *   <li>and, as data, the spellings of frequent given names that no rule above brings together ("Yusuf" / "Youssef",
 *       "Hussein" / "Husayn": {@code given-name-spellings.tsv}, each line sourced).</li>
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
        if (x.equals(y) || Math.min(x.length(), y.length()) < 2) {
            return false;
        }
        // Asked for most word pairs a name search compares, and the same words meet again and again (a query's words
        // each candidate's, a listed word many queries'): each word's fold is kept, not worked out per pair.
        Folds folds = FOLDS.get();
        return java.util.Arrays.equals(folds.of(x), folds.of(y));
    }

    private static final PerThread<Folds> FOLDS = PerThread.withInitial(Folds::new);

    /** The fold of a lower-case word, as {@link #of}, from this thread's recent folds: the array is shared, never to be
     *  written. */
    static char[] folded(String word) {
        return FOLDS.get().of(word);
    }

    /** {@code of(word).hashCode()}, from this thread's recent folds: no string is made. */
    static int foldStringHash(String word) {
        int h = 0;
        for (char c : FOLDS.get().of(word)) {
            h = 31 * h + c;
        }
        return h;
    }

    /** {@code Arrays.hashCode} of the word's {@link #folded fold}, kept with it: equal folds hash alike. */
    static int foldHash(String word) {
        Folds f = FOLDS.get();
        f.of(word);
        return f.lastHash;
    }

    /**
     * One thread's recent folds, direct-mapped by the word's hash: a word evicts the one in its slot, and a word not
     * found is folded again, so a fold found here is the very fold {@link #fold} writes (exact, only cheaper).
     */
    private static final class Folds {
        private static final int SLOTS = 1 << 10;
        private final String[] word = new String[SLOTS];
        /** The words' hashes: a slot held by another word is told from it without reading that word's string. */
        private final int[] hash = new int[SLOTS];
        private final char[][] fold = new char[SLOTS][];
        /** {@code Arrays.hashCode} of each fold. */
        private final int[] foldHash = new int[SLOTS];
        private char[] scratch = new char[32];
        /** The fold hash of the word {@link #of} last gave. */
        int lastHash;

        char[] of(String w) {
            int h = w.hashCode();
            int slot = (h ^ h >>> 16) & (SLOTS - 1);
            String kept = word[slot];
            if (kept == w || kept != null && hash[slot] == h && kept.equals(w)) {
                lastHash = foldHash[slot];
                return fold[slot];
            }
            if (scratch.length < capacity(w)) {
                scratch = new char[capacity(w)];
            }
            char[] f = java.util.Arrays.copyOf(scratch, fold(w, scratch));
            word[slot] = w;
            hash[slot] = h;
            fold[slot] = f;
            foldHash[slot] = java.util.Arrays.hashCode(f);
            lastHash = foldHash[slot];
            return f;
        }
    }

    /** The fold of a lower-case word: each romanisation alternative above written one way. */
    static String of(String word) {
        char[] out = new char[capacity(word)];
        return new String(out, 0, fold(word, out));
    }

    /** Room for a fold: a letter folds to at most two ("x" -> "ks"). */
    private static int capacity(String word) {
        return 2 * word.length();
    }

    /** Writes the fold of {@code word} into {@code out} (at least {@link #capacity} long); returns its length. */
    private static int fold(String word, char[] out) {
        // A spelling of a frequent given name folds as its list's first, shortest spelling (so {@link #capacity} holds).
        String given = io.interdict.core.names.NameVariants.givenName(word);
        int len = rules(given != null ? given : word, out);
        if (given == null) {
            // A spelling the table does not hold that the rules write as one it does ("mehdie" as "mehdi") is that name too.
            char[] g = GivenFolds.MAP.get(new String(out, 0, len));
            // Against the word's own room, not the buffer's (a thread's scratch may be longer): the fold is then the
            // same whatever buffer it is written into.
            if (g != null && g.length <= capacity(word)) {
                System.arraycopy(g, 0, out, 0, g.length);
                len = g.length;
            }
        }
        return len;
    }

    /** The rules' fold of each spelling of {@code given-name-spellings.tsv} -> the fold of its line's first spelling; a
     *  fold two lines share is left out (it names neither for certain). */
    private static final class GivenFolds {
        static final java.util.Map<String, char[]> MAP = build();

        private static java.util.Map<String, char[]> build() {
            java.util.Map<String, String> firstOf = new java.util.HashMap<>();
            java.util.Set<String> shared = new java.util.HashSet<>();
            for (java.util.Map.Entry<String, String> e : io.interdict.core.names.NameVariants.givenNames().entrySet()) {
                String key = ruleFold(e.getKey());
                String before = firstOf.putIfAbsent(key, e.getValue());
                if (before != null && !before.equals(e.getValue())) {
                    shared.add(key);
                }
            }
            java.util.Map<String, char[]> m = new java.util.HashMap<>();
            firstOf.forEach((key, first) -> {
                if (!shared.contains(key)) {
                    m.put(key, ruleFold(first).toCharArray());
                }
            });
            return java.util.Map.copyOf(m);
        }

        private static String ruleFold(String w) {
            char[] out = new char[capacity(w)];
            return new String(out, 0, rules(w, out));
        }
    }

    /** The folding rules alone (no table), written into {@code out}; returns the length. */
    private static int rules(String word, char[] out) {
        String w = word.endsWith("off") && word.length() > 4 ? word.substring(0, word.length() - 3) + "ov" : word;
        int len = 0;
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
                        out[len++] = 't';
                    } else {
                        out[len++] = 't';
                    }
                }
                case 's' -> {
                    if (next == 'c' && after == 'h') {
                        i++;            // sch -> sh
                    }
                    out[len++] = 's';
                }
                case 'd' -> {
                    if (next == 'j') {
                        continue;       // dj -> j
                    }
                    if (next == 'z' && after == 'h') {
                        i += 2;         // dzh -> j
                        out[len++] = 'j';
                        continue;
                    }
                    if (next == 's' && after == 'c' && i + 3 < n && w.charAt(i + 3) == 'h') {
                        i += 3;         // dsch -> j
                        out[len++] = 'j';
                        continue;
                    }
                    if (next == 'h') {
                        i++;            // dh -> d
                    }
                    out[len++] = 'd';
                }
                case 'k', 'g' -> {
                    if (next == 'h') {
                        i++;            // kh -> h, gh -> g
                        out[len++] = c == 'k' ? 'h' : 'g';
                    } else {
                        out[len++] = c == 'g' ? 'g' : 'k';
                    }
                }
                case 'p' -> {
                    if (next == 'h') {
                        i++;
                        out[len++] = 'f';
                    } else {
                        out[len++] = 'p';
                    }
                }
                case 'c' -> out[len++] = next == 'h' ? 'c' : 'k';
                case 'q' -> out[len++] = 'k';
                case 'w' -> out[len++] = 'v';
                case 'x' -> {
                    out[len++] = 'k';
                    out[len++] = 's';
                }
                case 'o' -> {
                    if (next == 'o' || next == 'u') {
                        i++;
                        out[len++] = 'u';
                    } else {
                        out[len++] = 'o';
                    }
                }
                case 'e', 'i', 'y' -> {
                    char nx = next == 'y' ? 'i' : next;
                    if (c == 'e' && next == 'e' || c != 'e' && nx == 'e' && (c == 'i' || c == 'y') && after == 0) {
                        i++;            // ee -> i; a final ie / ye -> i
                        out[len++] = 'i';
                    } else {
                        out[len++] = c == 'e' ? 'e' : 'i';
                    }
                }
                default -> out[len++] = c;
            }
        }
        // Doubled letters (written or made by the folds above: "saiyid" -> "saiiid") are one.
        int kept = 0;
        char previous = 0;
        for (int i = 0; i < len; i++) {
            char c = out[i];
            if (i == 0 || c != previous) {
                out[kept++] = c;
            }
            previous = c;
        }
        return kept;
    }
}
