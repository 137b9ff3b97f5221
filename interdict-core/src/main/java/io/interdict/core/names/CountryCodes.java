package io.interdict.core.names;

/**
 * A name read with the countries it writes in words written as their codes ("Mikrocity Hong Kong Limited" ->
 * "Mikrocity HK Limited"): a reading a search also looks for, since a listed name may write the code. The countries'
 * names and codes are {@link CountryNames}'s table.
 */
public final class CountryCodes {
    private CountryCodes() {
    }

    /**
     * The name with each country it names in two or three words after its first written as the country's ISO 3166 code
     * ("Mikrocity Hong Kong Limited" -> "Mikrocity HK Limited"), or null when it names none so: how a search also
     * looks for a listed name that writes the code ("Mikrocity HK Limited"), whose one word in common with the name as
     * written would not bring it up among the names that share two.
     */
    public static String of(String name) {
        if (!mayNameLongerCountry(name)) {
            return null;   // asked of every query: most name no country in words
        }
        return read(name);
    }

    /** {@link #of} without its cheap test first (the tests' reference). */
    static String read(String name) {
        String[] words = name.trim().split("\\s+");
        String[] folded = new String[words.length];
        boolean any = false;
        for (int i = 0; i < words.length; i++) {
            folded[i] = foldWord(words[i]);
            any |= i > 0 && i + 1 < words.length && CountryNames.beginsLongerName(folded[i]);
        }
        if (!any) {
            return null;
        }
        StringBuilder out = new StringBuilder(words[0]);
        boolean changed = false;
        for (int i = 1; i < words.length; i++) {
            int end = -1;
            String code = null;
            if (CountryNames.beginsLongerName(folded[i])) {
                StringBuilder run = new StringBuilder(folded[i]);
                for (int k = i + 1; k < words.length && k < i + CountryNames.MAX_WORDS; k++) {
                    if (!glued(folded[k])) {
                        // "Côte d'Ivoire", "Isle of Man", "Île de Man": the pipeline reads the d as an initial, drops
                        // the of and keeps the de as a particle, so the scorer never glues the run into its code
                        // (TokenAlignment.Side#mergeCountries glues words only); the search does not read it so either
                        break;
                    }
                    run.append(' ').append(folded[k]);
                    String named = CountryNames.code(run.toString());
                    if (named != null) {
                        end = k;
                        code = named;
                    }
                }
            }
            if (code != null && !readAsWord(code, end + 1 < words.length)) {
                code = null;   // a code the pipeline reads otherwise ("SA", a legal form at a name's end; "SS", a stopword)
            }
            if (code != null) {
                // keep what the run's words wrote around it: "(Hong Kong)" -> "(HK)"
                String open = words[i].substring(0, leadingPunctuation(words[i]));
                String close = words[end].substring(words[end].length() - trailingPunctuation(words[end]));
                out.append(' ').append(open).append(code).append(close);
                i = end;
                changed = true;
            } else {
                out.append(' ').append(words[i]);
            }
        }
        return changed ? out.toString() : null;
    }

    /** Whether each word of a folded word ("d ivoire" is two) may stand in a run the scorer glues: no initial, stopword
     *  or particle. */
    private static boolean glued(String folded) {
        for (String w : folded.split(" ")) {
            if (w.length() < 2 || WordLists.STOPWORDS.contains(w) || WordLists.WORD_KINDS.get(w) == TokenKind.PARTICLE) {
                return false;
            }
        }
        return true;
    }

    /** Whether the pipeline reads the code as a word of its own where the run stands (followed by another word, or
     *  ending the name): "SA" ends a name as a legal form (société anonyme), "SS" is a stopword, "AG" a legal form. */
    private static boolean readAsWord(String code, boolean followed) {
        java.util.List<Token> tokens = NamePipeline.standard().prepare(followed ? "acme " + code + " trading" : "acme " + code,
                Schema.ORGANIZATION).tokens();
        String lower = code.toLowerCase(java.util.Locale.ROOT);
        for (Token t : tokens) {
            if (t.kind() == TokenKind.WORD && t.text().equals(lower)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some word of the name after its first, its letters in lower case and without their marks, may begin a
     *  country's name of two words or more (by the hashes of those first words): false only when none does. A character
     *  up to U+214F is read as its {@link CountryNames#fold} ({@link #LATIN_BASE}: "é" as e, a mark as nothing); any
     *  later one {@link #mayFoldToLatin} makes the word a maybe (its fold is not worked out here). */
    private static boolean mayNameLongerCountry(String name) {
        int n = name.length();
        int i = 0;
        while (i < n && Character.isWhitespace(name.charAt(i))) {
            i++;
        }
        while (i < n && !Character.isWhitespace(name.charAt(i))) {
            i++;   // the first word
        }
        while (i < n) {
            while (i < n && Character.isWhitespace(name.charAt(i))) {
                i++;
            }
            // the word's letters in lower case, hashed as String.hashCode hashes them: no string made unless it may be one
            int hash = 0;
            int letters = 0;
            boolean other = false;
            for (; i < n && !Character.isWhitespace(name.charAt(i)); i++) {
                char c = name.charAt(i);
                if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                    hash = 31 * hash + (c | 0x20);
                    letters++;
                } else if (c >= LATIN_FROM && c < LATIN_FROM + LATIN_BASE.length) {
                    if (LATIN_BASE[c - LATIN_FROM] != 0) {
                        hash = 31 * hash + LATIN_BASE[c - LATIN_FROM];   // "nevárez": no string folded
                        letters++;
                    }
                    // else a mark, which the fold drops, or a character it reads as a space: within a word that word
                    // is then two, and no country's first word (those are one word); at its ends it is trimmed
                } else if (mayFoldToLatin(c)) {
                    other = true;
                }
            }
            if (other || letters >= 3 && CountryNames.mayBeginLongerName(hash)) {
                return true;
            }
        }
        return false;
    }

    private static final char LATIN_FROM = 0x00C0;
    /** For the characters from U+00C0 to U+214F (Latin-1 to Latin Extended Additional and the letterlike symbols,
     *  with the marks and the scripts between), the one letter a to z {@link CountryNames#fold} folds each to, or 0: it
     *  folds to none (a mark, a letter of another script) or to a space ("æ", "ß", "ı"). */
    private static final char[] LATIN_BASE = latinBase();

    private static char[] latinBase() {
        char[] out = new char[0x2150 - LATIN_FROM];
        for (int i = 0; i < out.length; i++) {
            String f = CountryNames.fold(String.valueOf((char) (LATIN_FROM + i)));
            out[i] = f.length() == 1 && f.charAt(0) >= 'a' && f.charAt(0) <= 'z' ? f.charAt(0) : 0;
        }
        return out;
    }

    /** Whether a character beyond ASCII may be a Latin letter or a mark on one, which {@link CountryNames#fold} may fold to a letter
     *  ("É"); a letter of another script folds to none (a name in Arabic or Han letters names no country here). */
    static boolean mayFoldToLatin(char c) {
        return c < 0x0370 || c >= 0x1D00 && c < 0x2150 || c >= 0x2C60 && c < 0x2C80 || c >= 0xA720 && c < 0xA800
                || c >= 0xFB00;
    }

    /** {@link CountryNames#fold} of one word, without the normaliser when it is ASCII (most are). */
    private static String foldWord(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c > 0x7F) {
                return CountryNames.fold(w);
            }
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                b.append((char) (c | 0x20));
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end);
    }

    private static int leadingPunctuation(String w) {
        int i = 0;
        while (i < w.length() && !Character.isLetterOrDigit(w.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trailingPunctuation(String w) {
        int i = 0;
        while (i < w.length() && !Character.isLetterOrDigit(w.charAt(w.length() - 1 - i))) {
            i++;
        }
        return i;
    }
}
