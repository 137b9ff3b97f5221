package io.interdict.core.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words a name writes shortened with a full stop ("Engg.", "Cía.", "Comm.", "Mohd.", "Wm."), read as the word of another
 * name they shorten ("Engineering", "Compañía", "Commendatore", "Mohammed", "William"): both names' words compared
 * pairwise, a query's words against each candidate a search found. What a shortened word stands for is known only from
 * the name it meets, so no index key leads to it.
 *
 * <p>A word is shortened when it is written with a full stop after two or more Latin letters, and it is not already read
 * as a legal form or a known abbreviation ("Co.", "Ltd.", "Intl." are). It shortens a word of the other name that is at
 * least two letters longer, begins with its first letter and holds its letters in order, and either begins with all of
 * them (a truncation: "Comm." ~ "Commendatore", "Corp.") or ends with its last letter (a contraction: "Cía." ~
 * "Compañía", "Engg." ~ "Engineering", "Mohd." ~ "Mohammed"). Letters compare without case or accents. Muhammad's
 * contractions are so written without a stop too ({@link #MUHAMMAD}: "Mohd Najib", "Md Yunus"), and so are business
 * words' contractions by their consonants, read only as a business word of the other name ({@link #consonantContraction}:
 * "Trdg" ~ "Trading", "Shpg" ~ "Shipping", "Engg" ~ "Engineering"), and so are business words' truncations in an
 * organisation's name, as payment messages' 35-character lines write them ({@link #truncation}: "Industrial Dev Co" ~
 * "Industrial Development Co", Turkish "San ve Tic AS" ~ "Sanayi ve Ticaret AS").
 */
public final class AbbreviatedWords {
    /** A shortened word has at least this many letters: one letter with a full stop is an initial. */
    static final int MIN_LETTERS = 2;
    /** The word it stands for is at least this many letters longer: "Ma." is no shortening of "Mai". */
    static final int MIN_SHORTER = 2;

    private AbbreviatedWords() {
    }

    /** One shortened word read as a word of the other name. */
    public record Expansion(String written, String readAs) {
    }

    /** {@code name} with its shortened words read as words of {@code other}, and which; null when there is none. */
    public record Reading(String text, List<Expansion> expansions) {
    }

    /**
     * Contractions of Muhammad written as words of their own, without a full stop: "Mohd" (Malaysia, South Asia) and
     * "Md" (Bangladesh). The Daily Star (Dhaka), "Some reflections on Mohammad, Muhammad and Md" (2005-07-27): "the use of
     * Md. as an abbreviation of Muhammad"; notesonreligion.blogspot.com, "Kashmir standardises the spelling of name"
     * (2008): "common in South Asia to spell the name Muhammad (when it is part of a man's name) as Mohd, or even Md".
     * Each is read as the other name's spelling of Muhammad ({@code given-name-spellings.tsv}), whichever it is.
     */
    static final java.util.Set<String> MUHAMMAD = java.util.Set.of("mohd", "md");

    /** The reading of {@code name}'s shortened words against {@code other}'s words, or null when none shortens one. */
    public static Reading against(String name, String other) {
        Shortened s = of(name);
        return s == null ? null : s.against(other);
    }

    /** {@code name}'s words written shortened (whatever another name holds), found once for reading against many other
     *  names (a search's candidates); null when it has none. */
    public static Shortened of(String name) {
        return name == null ? null : of(name, organisation(name));
    }

    /** {@link #of(String)}, told whether the name is an organisation's ({@link #organisation}; a search knows it from the
     *  query's prepared words). */
    public static Shortened of(String name, boolean organisation) {
        if (name == null
                || name.indexOf('.') < 0 && !mayContractMuhammad(name) && !mayContractConsonants(name) && !organisation) {
            return null;
        }
        List<int[]> at = null;
        List<String> words = null;
        for (int[] w = next(name, 0); w != null; w = next(name, w[1])) {
            String shortWord = shortWord(name, w, organisation);
            if (shortWord != null) {
                if (at == null) {
                    at = new ArrayList<>(2);
                    words = new ArrayList<>(2);
                }
                at.add(w);
                words.add(shortWord);
            }
        }
        return at == null ? null : new Shortened(name, organisation, at, words);
    }

    /** A name's words written shortened: where each is ({@code at}, {start, end}) and each folded ({@code words}). */
    public static final class Shortened {
        private final String name;
        private final boolean organisation;
        private final List<int[]> at;
        private final List<String> words;

        private Shortened(String name, boolean organisation, List<int[]> at, List<String> words) {
            this.name = name;
            this.organisation = organisation;
            this.at = at;
            this.words = words;
        }

        /** The reading of the name's shortened words against {@code other}'s words, or null when none shortens one. */
        public Reading against(String other) {
            if (other == null) {
                return null;
            }
            List<String> otherWords = words(other);
            String[] folded = new String[otherWords.size()];
            StringBuilder out = null;
            List<Expansion> expansions = null;
            int copied = 0;
            for (int k = 0; k < at.size(); k++) {
                int[] w = at.get(k);
                String shortWord = words.get(k);
                boolean stopped = w[1] < name.length() && name.charAt(w[1]) == '.';
                String full = null;
                for (int j = 0; j < folded.length; j++) {
                    // Every reading needs the same first letter: a word beginning with another ASCII letter is not folded.
                    char first = Character.toLowerCase(otherWords.get(j).charAt(0));
                    if (first < 128 && first != shortWord.charAt(0)) {
                        continue;
                    }
                    String f = folded[j] == null ? folded[j] = fold(otherWords.get(j)) : folded[j];
                    if (f.equals(shortWord)) {
                        full = null;   // the other name writes it shortened too: nothing to read
                        break;
                    }
                    if (full == null && (MUHAMMAD.contains(shortWord) ? muhammad(f)
                            : stopped || consonantContraction(shortWord) ? shortens(shortWord, f) && (stopped || businessWord(f))
                            : organisation && truncates(shortWord, f))) {
                        full = otherWords.get(j);
                    }
                }
                if (full == null) {
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(name.length() + 16);
                    expansions = new ArrayList<>(2);
                }
                out.append(name, copied, w[0]).append(full);
                copied = stopped ? w[1] + 1 : w[1];   // the full stop goes with the shortening
                expansions.add(new Expansion(name.substring(w[0], w[1]) + (stopped ? "." : ""), full));
            }
            if (out == null) {
                return null;
            }
            out.append(name, copied, name.length());
            return new Reading(out.toString(), List.copyOf(expansions));
        }
    }

    /** Whether {@code shortWord} (folded, a {@link #truncation}) is cut from the business word {@code full} (folded). */
    private static boolean truncates(String shortWord, String full) {
        return full.length() >= shortWord.length() + MIN_SHORTER && full.startsWith(shortWord)
                && vowel(full.charAt(shortWord.length())) && (businessWord(full) || BusinessWords.holds(full));
    }

    /** The next run of letters (and marks) of {@code s} from {@code from}: {start, end}, or null. */
    private static int[] next(String s, int from) {
        int i = from;
        int n = s.length();
        while (i < n && !Character.isLetter(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        if (i >= n) {
            return null;
        }
        int start = i;
        while (i < n && (Character.isLetter(s.codePointAt(i)) || Character.getType(s.codePointAt(i)) == Character.NON_SPACING_MARK)) {
            i += Character.charCount(s.codePointAt(i));
        }
        return new int[] {start, i};
    }

    /** The run {@code w} of {@code name} folded, when it is a word written shortened (see the class comment); else null.
     *  {@code organisation}: whether the name is an organisation's ({@link #organisation}). */
    private static String shortWord(String name, int[] w, boolean organisation) {
        int start = w[0];
        int end = w[1];
        boolean stopped = end < name.length() && name.charAt(end) == '.';
        boolean standsAlone = start == 0 || !isWordJoiner(name.charAt(start - 1));
        if (!stopped && standsAlone && (end == name.length() || !isWordJoiner(name.charAt(end)))
                && MUHAMMAD.contains(name.substring(start, end).toLowerCase(Locale.ROOT))) {
            return name.substring(start, end).toLowerCase(Locale.ROOT);   // "Mohd Najib"
        }
        if (!standsAlone || !latin(name, start, end)) {
            return null;
        }
        String folded = fold(name.substring(start, end));
        if (!stopped && (end < name.length() && isWordJoiner(name.charAt(end))
                || !consonantContraction(folded) && !(organisation && truncation(folded)))) {
            return null;
        }
        return folded.length() < MIN_LETTERS || WordLists.LEGAL_FORMS.containsKey(folded)
                || WordLists.ABBREVIATIONS.containsKey(folded) ? null : folded;
    }

    /**
     * Whether a word written without a full stop is a business word's contraction by its consonants, as trade records
     * write them ("Trdg", "Shpg", "Engg", "Inds", "Mktg"): three letters or more, none a vowel after the first (the first
     * too, in a word of three: "Eng", "Ang" and "Ong" are family names). A word with vowels ("Dev", "Tran", "Fin") is as
     * likely a name of its own, and is read shortened only with its full stop. It is read only as a business word of the
     * other name ({@link #businessWord}).
     */
    static boolean consonantContraction(String folded) {
        int n = folded.length();
        if (n < 3 || n == 3 && vowel(folded.charAt(0))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            if (c < 'a' || c > 'z' || i > 0 && vowel(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word written without a full stop in an organisation's name may be a business word's truncation, as
     * payment messages' 35-character lines write them ("Dev", "Mach", "Chem"; Turkish "San", "Tic"): three
     * letters or more (a word of three not beginning with a vowel: "Eng", "Ang" and "Ong" are family names, so "Ind" and
     * "Int" are not read), ending in a consonant, and no word the name tables know of its own (a given name, a particle, a
     * generic word). It is read only as a business word of the other name ({@link #businessWord} or {@link
     * BusinessWords}: "Sanayi", "Ticaret") that it begins and that goes on with a vowel: a truncation is cut after a
     * consonant and before a vowel ("Dev|elopment", "Mach|inery", "Tic|aret"), so "Ali" is no cut of "Alimentos" nor
     * "Tran", a Vietnamese family name, of "Trans|port".
     */
    static boolean truncation(String folded) {
        int n = folded.length();
        if (n < 3 || n == 3 && vowel(folded.charAt(0)) || vowel(folded.charAt(n - 1))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return !WordLists.WORD_KINDS.containsKey(folded) && NameVariants.givenName(folded) == null
                && !Hypocorisms.words().contains(folded);
    }

    /**
     * Whether the name is an organisation's by its own words: it writes a legal form ("Co", "AS", "LLC") or a business
     * word ({@code words.csv}'s generic words, {@link BusinessWords}' activity words) as a word of its own.
     */
    static boolean organisation(String name) {
        for (int[] w = next(name, 0); w != null; w = next(name, w[1])) {
            if (w[1] - w[0] < 2 || !latin(name, w[0], w[1])) {
                continue;
            }
            String f = fold(name.substring(w[0], w[1]));
            if (WordLists.LEGAL_FORMS.containsKey(f) || businessWord(f) || BusinessWords.holds(f)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name has a run of three Latin letters or more with no vowel after its first: a cheap test before
     *  {@link #consonantContraction} is asked of each word. */
    private static boolean mayContractConsonants(String name) {
        int run = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c >= 'a' && c <= 'z') {
                run = run == 0 || !vowel(c) ? (run < 0 ? -1 : run + 1) : -1;
                if (run >= 3) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** Whether the folded word is a business word ({@code words.csv}'s generic words: trading, shipping, engineering). */
    private static boolean businessWord(String folded) {
        return WordLists.WORD_KINDS.get(folded) == TokenKind.GENERIC;
    }

    /** Whether the name may write one of {@link #MUHAMMAD} (a cheap test: the letters m and d, either case). */
    private static boolean mayContractMuhammad(String name) {
        return (name.indexOf('m') >= 0 || name.indexOf('M') >= 0) && (name.indexOf('d') >= 0 || name.indexOf('D') >= 0);
    }

    /** Whether {@code word} (folded) is a spelling of Muhammad ({@code given-name-spellings.tsv}). */
    private static boolean muhammad(String word) {
        String group = NameVariants.givenName(word);
        return group != null && group.equals(NameVariants.givenName("muhammad"));
    }

    /** Whether {@code shortWord} (folded) shortens {@code full} (folded): see the class comment. */
    static boolean shortens(String shortWord, String full) {
        if (full.length() < shortWord.length() + MIN_SHORTER || shortWord.isEmpty() || shortWord.charAt(0) != full.charAt(0)) {
            return false;
        }
        if (full.startsWith(shortWord)) {
            return true;
        }
        if (shortWord.charAt(shortWord.length() - 1) != full.charAt(full.length() - 1)) {
            return false;
        }
        int j = 0;
        for (int k = 0; k < full.length() && j < shortWord.length(); k++) {
            if (full.charAt(k) == shortWord.charAt(j)) {
                j++;
            }
        }
        return j == shortWord.length();
    }

    /** A letter, digit or apostrophe before a word makes it the end of another ("F.lli" is one word, "d'Engg." too). */
    private static boolean isWordJoiner(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '.';
    }

    private static boolean latin(String s, int from, int to) {
        for (int k = from; k < to; ) {
            int cp = s.codePointAt(k);
            if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                return false;
            }
            k += Character.charCount(cp);
        }
        return true;
    }

    /** The name's words of Latin letters, as written. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (int[] w = next(s, 0); w != null; w = next(s, w[1])) {
            if (latin(s, w[0], w[1])) {
                out.add(s.substring(w[0], w[1]));
            }
        }
        return out;
    }

    /** Lower case, folded to ASCII as the pipeline folds Latin text ({@link LatinFold}): "Cía" -> "cia", "Compañía" ->
     *  "compania", "Øster" -> "oster"; a letter outside its table loses its marks alone. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String folded = LatinFold.fold(lower);
        if (folded != null) {
            return folded;
        }
        String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
