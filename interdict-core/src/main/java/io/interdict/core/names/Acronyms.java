package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An organisation's acronym read as the words of another name it stands for: "IRISL" ~ "Islamic Republic of Iran
 * Shipping Lines", "PDVSA" ~ "Petróleos de Venezuela S.A.", "PMC Wagner" ~ "Private Military Company Wagner". Like
 * {@link AbbreviatedWords}, what an acronym stands for is known only from the name it meets.
 *
 * <p>An acronym is a word of Latin capitals, three to eight letters, written without a lower-case letter ("IRISL",
 * "I.R.G.C."), that is no legal form ("LLC", "JSC") and no known abbreviation. It stands for a run of the other name's
 * words when their first letters spell it in order: a word written as an initialism gives all its letters ("S.A." gives
 * "SA"); a linking word ("of", "and", "de", "the") may give its letter or none; every other word of the run gives its
 * first letter. The run starts and ends with a word that gives a letter, and at least {@link #MIN_WORDS} words give
 * one: two letters of two words are too common a coincidence to read as a name. When the other name writes the acronym
 * as a word of its own, there is nothing to read.
 */
public final class Acronyms {
    /** An acronym has at least this many letters. */
    static final int MIN_LETTERS = 3;
    /** ... and at most this many. */
    static final int MAX_LETTERS = 8;
    /** At least this many words of the other name give a letter. */
    static final int MIN_WORDS = 3;
    /** Words that may stand in a name's acronym or not: "Islamic Republic of Iran" is "IRI", "Petróleos de Venezuela"
     *  is "PDV". */
    private static final Set<String> LINKING = Set.of("the", "of", "and", "und", "et", "y", "e", "for", "de", "del",
            "della", "di", "da", "do", "du", "des", "la", "le", "les", "el", "van", "von", "&");

    private Acronyms() {
    }

    /** {@code name} with its acronym read as {@code other}'s words ({@code text}), the acronym as written and the words
     *  it was read as. */
    public record Reading(String text, String acronym, String readAs) {
    }

    /** The reading of {@code name}'s first acronym that spells a run of {@code other}'s words, or null. */
    public static Reading against(String name, String other) {
        if (name == null || other == null) {
            return null;
        }
        List<int[]> words = null;
        for (int[] w : spans(name)) {
            String letters = acronymLetters(name.substring(w[0], w[1]));
            if (letters == null) {
                continue;
            }
            if (words == null) {
                words = spans(other);
                if (words.size() < MIN_WORDS) {
                    return null;
                }
            }
            if (writes(other, words, letters)) {
                continue;
            }
            for (int start = 0; start < words.size(); start++) {
                int end = run(other, words, start, letters, 0, 0);
                if (end > 0) {
                    String readAs = other.substring(words.get(start)[0], words.get(end - 1)[1]);
                    String text = name.substring(0, w[0]) + readAs + name.substring(w[1]);
                    return new Reading(text, name.substring(w[0], w[1]), readAs);
                }
            }
        }
        return null;
    }

    /** The letters of an acronym written as {@code word} ("IRISL", "I.R.G.C." -> "irgc"), or null when it is none. */
    static String acronymLetters(String word) {
        StringBuilder letters = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '.') {
                continue;
            }
            if (c < 'A' || c > 'Z') {
                return null;
            }
            letters.append((char) (c - 'A' + 'a'));
        }
        String l = letters.toString();
        if (l.length() < MIN_LETTERS || l.length() > MAX_LETTERS || WordLists.LEGAL_FORMS.containsKey(l)
                || WordLists.ABBREVIATIONS.containsKey(l) || WordLists.STOPWORDS.contains(l)) {
            return null;
        }
        return l;
    }

    /** Whether {@code other} writes {@code letters} as a word or initialism of its own. */
    private static boolean writes(String other, List<int[]> words, String letters) {
        for (int[] w : words) {
            if (letters.equals(initialism(other.substring(w[0], w[1])))
                    || letters.equals(AbbreviatedWords.fold(other.substring(w[0], w[1])))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end (exclusive word index) of a run of {@code other}'s words from {@code j} whose letters spell
     * {@code letters} from {@code at}, with {@code given} words having given a letter so far; 0 when there is none.
     * Depth-first: a linking word first gives its letter, then none.
     */
    private static int run(String other, List<int[]> words, int j, String letters, int at, int given) {
        if (at == letters.length()) {
            return given >= MIN_WORDS ? j : 0;
        }
        if (j >= words.size()) {
            return 0;
        }
        String word = other.substring(words.get(j)[0], words.get(j)[1]);
        String initialism = initialism(word);
        if (initialism != null) {
            return letters.startsWith(initialism, at) ? run(other, words, j + 1, letters, at + initialism.length(), given + 1) : 0;
        }
        String folded = AbbreviatedWords.fold(word);
        boolean gives = !folded.isEmpty() && Character.isLetter(folded.charAt(0));
        int end = gives && folded.charAt(0) == letters.charAt(at) ? run(other, words, j + 1, letters, at + 1, given + 1) : 0;
        if (end == 0 && given > 0 && LINKING.contains(folded)) {
            end = run(other, words, j + 1, letters, at, given);
        }
        return end;
    }

    /** The letters of a word written as an initialism with full stops ("S.A." -> "sa"), or null. */
    private static String initialism(String word) {
        if (word.length() < 3 || word.indexOf('.') < 0) {
            return null;
        }
        StringBuilder b = new StringBuilder(4);
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '.') {
                if (!letter) {
                    return null;
                }
                letter = false;
            } else if (Character.isLetter(c) && !letter) {
                b.append(c);
                letter = true;
            } else {
                return null;
            }
        }
        return b.length() >= 2 ? AbbreviatedWords.fold(b.toString()) : null;
    }

    /** The spans of {@code s}'s words: runs between spaces, commas, hyphens, slashes and brackets, without a trailing
     *  comma; "&" is a word. */
    private static List<int[]> spans(String s) {
        List<int[]> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && separator(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !separator(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    private static boolean separator(char c) {
        return Character.isWhitespace(c) || c == ',' || c == '-' || c == '/' || c == '(' || c == ')' || c == ';'
                || c == '"' || c == '\u201c' || c == '\u201d';
    }
}
