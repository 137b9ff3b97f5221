package io.interdict.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Misspells, re-spaces, re-orders or shortens a name in one way, as a typist, a clerk or another
 * romanisation would: the generator of the perturbed list names the harness looks for. Deterministic
 * for a seed. Each {@link Kind} changes one thing only.
 */
public final class Perturber {
    public enum Kind {
        /** One letter replaced by another. */
        SUBSTITUTE(true),
        /** One letter left out. */
        DELETE(true),
        /** One letter added. */
        INSERT(true),
        /** Two adjacent letters swapped. */
        TRANSPOSE(true),
        /** A word split in two. */
        SPLIT(true),
        /** Two words run together. */
        JOIN(true),
        /** A letter given a diacritic (á, ç, ş, ñ). */
        DIACRITIC(true),
        /** A space made a hyphen, or a hyphen a space or nothing. */
        HYPHEN_SPACE(true),
        /** One romanisation variant (ou/u, kh/h, y/j, doubled letters...). */
        TRANSLITERATION(true),
        /** Words in another order. */
        REORDER(false),
        /** A given name cut to its initial. */
        INITIAL(false),
        /** A word left out (names of three words or more). */
        DROP_WORD(false),
        /** A word added (a middle name taken from another listed name). */
        ADD_WORD(false);

        /** One edit in one word: the name must still be found (issue 11's typo robustness). */
        public final boolean singleEdit;

        Kind(boolean singleEdit) {
            this.singleEdit = singleEdit;
        }
    }

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String[][] ACCENTS = {{"a", "á"}, {"e", "é"}, {"i", "í"}, {"o", "ö"}, {"u", "ü"}, {"c", "ç"},
            {"s", "ş"}, {"n", "ñ"}, {"g", "ğ"}};
    /** Romanisation alternations, both ways. */
    private static final String[][] ROMANISATIONS = {{"ou", "u"}, {"oo", "u"}, {"ee", "i"}, {"kh", "h"}, {"ph", "f"},
            {"y", "j"}, {"w", "v"}, {"q", "k"}, {"ai", "ay"}, {"ei", "ey"}, {"ia", "iya"}, {"dj", "j"}, {"tch", "ch"},
            {"x", "ks"}, {"c", "k"}, {"sh", "sch"}, {"ie", "i"}, {"ov", "off"}, {"iy", "y"}, {"dh", "d"}, {"th", "t"},
            {"gh", "g"}, {"mm", "m"}, {"ss", "s"}, {"ll", "l"}, {"tt", "t"}, {"dd", "d"}, {"nn", "n"}};

    private final Random random;

    public Perturber(long seed) {
        this.random = new Random(seed);
    }

    /** The name changed in the given way, or null when the kind does not apply to it. */
    public String perturb(String name, Kind kind, List<String> otherWords) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        int w = wordWithLetters(words, 3);
        switch (kind) {
            case SUBSTITUTE, DELETE, INSERT, TRANSPOSE -> {
                if (w < 0) {
                    return null;
                }
                String word = words.get(w);
                int[] letters = letterPositions(word);
                int p = letters[random.nextInt(letters.length)];
                char c = word.charAt(p);
                boolean upper = Character.isUpperCase(c);
                char r = LETTERS.charAt(random.nextInt(LETTERS.length()));
                r = upper ? Character.toUpperCase(r) : r;
                String changed = switch (kind) {
                    case SUBSTITUTE -> {
                        while (Character.toLowerCase(r) == Character.toLowerCase(c)) {
                            r = LETTERS.charAt(random.nextInt(LETTERS.length()));
                            r = upper ? Character.toUpperCase(r) : r;
                        }
                        yield word.substring(0, p) + r + word.substring(p + 1);
                    }
                    case DELETE -> word.substring(0, p) + word.substring(p + 1);
                    case INSERT -> word.substring(0, p) + r + word.substring(p);
                    default -> {
                        int q = p + 1 < word.length() && Character.isLetter(word.charAt(p + 1)) ? p + 1 : p - 1;
                        if (q < 0 || !Character.isLetter(word.charAt(q)) || word.charAt(q) == c) {
                            yield null;
                        }
                        int a = Math.min(p, q);
                        yield word.substring(0, a) + word.charAt(a + 1) + word.charAt(a) + word.substring(a + 2);
                    }
                };
                if (changed == null) {
                    return null;
                }
                words.set(w, changed);
            }
            case SPLIT -> {
                int s = wordWithLetters(words, 6);
                if (s < 0) {
                    return null;
                }
                String word = words.get(s);
                int at = 3 + random.nextInt(word.length() - 5);
                words.set(s, word.substring(0, at) + " " + word.substring(at));
            }
            case JOIN -> {
                if (words.size() < 2) {
                    return null;
                }
                int j = random.nextInt(words.size() - 1);
                words.set(j, words.get(j) + words.remove(j + 1));
            }
            case DIACRITIC -> {
                List<int[]> options = new ArrayList<>();
                String joined = String.join(" ", words);
                for (int i = 0; i < joined.length(); i++) {
                    for (int k = 0; k < ACCENTS.length; k++) {
                        if (Character.toLowerCase(joined.charAt(i)) == ACCENTS[k][0].charAt(0)) {
                            options.add(new int[]{i, k});
                        }
                    }
                }
                if (options.isEmpty()) {
                    return null;
                }
                int[] o = options.get(random.nextInt(options.size()));
                String acc = Character.isUpperCase(joined.charAt(o[0])) ? ACCENTS[o[1]][1].toUpperCase(Locale.ROOT) : ACCENTS[o[1]][1];
                return joined.substring(0, o[0]) + acc + joined.substring(o[0] + 1);
            }
            case HYPHEN_SPACE -> {
                String joined = String.join(" ", words);
                int hyphen = joined.indexOf('-');
                if (hyphen > 0) {
                    return joined.substring(0, hyphen) + (random.nextBoolean() ? " " : "") + joined.substring(hyphen + 1);
                }
                if (words.size() < 2) {
                    return null;
                }
                int j = random.nextInt(words.size() - 1);
                words.set(j, words.get(j) + "-" + words.remove(j + 1));
            }
            case TRANSLITERATION -> {
                String joined = String.join(" ", words);
                String lower = joined.toLowerCase(Locale.ROOT);
                List<String[]> options = new ArrayList<>();
                for (String[] r : ROMANISATIONS) {
                    if (lower.contains(r[0])) {
                        options.add(r);
                    }
                    if (lower.contains(r[1]) && r[1].length() > 1) {
                        options.add(new String[]{r[1], r[0]});
                    }
                }
                if (options.isEmpty()) {
                    return null;
                }
                String[] r = options.get(random.nextInt(options.size()));
                int at = lower.indexOf(r[0]);
                String repl = Character.isUpperCase(joined.charAt(at)) ? r[1].toUpperCase(Locale.ROOT) : r[1];
                return joined.substring(0, at) + repl + joined.substring(at + r[0].length());
            }
            case REORDER -> {
                if (words.size() < 2) {
                    return null;
                }
                words.add(0, words.remove(words.size() - 1));
            }
            case INITIAL -> {
                if (words.size() < 3) {
                    return null;
                }
                int j = random.nextInt(words.size() - 1);
                if (words.get(j).length() < 2) {
                    return null;
                }
                words.set(j, words.get(j).charAt(0) + ".");
            }
            case DROP_WORD -> {
                if (words.size() < 3) {
                    return null;
                }
                words.remove(random.nextInt(words.size()));
            }
            case ADD_WORD -> {
                if (otherWords.isEmpty()) {
                    return null;
                }
                String extra = otherWords.get(random.nextInt(otherWords.size()));
                words.add(words.size() < 2 ? words.size() : 1 + random.nextInt(words.size() - 1), extra);
            }
        }
        String out = String.join(" ", words);
        return out.equals(name.strip()) ? null : out;
    }

    /** A random word with at least {@code min} letters, or -1. */
    private int wordWithLetters(List<String> words, int min) {
        List<Integer> ok = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (letterPositions(words.get(i)).length >= min) {
                ok.add(i);
            }
        }
        return ok.isEmpty() ? -1 : ok.get(random.nextInt(ok.size()));
    }

    private static int[] letterPositions(String word) {
        return java.util.stream.IntStream.range(0, word.length()).filter(i -> Character.isLetter(word.charAt(i))).toArray();
    }
}
