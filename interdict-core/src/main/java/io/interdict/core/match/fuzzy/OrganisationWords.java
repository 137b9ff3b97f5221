package io.interdict.core.match.fuzzy;

import io.interdict.core.match.fuzzy.TokenAlignment.Side;
import io.interdict.core.names.CountryNames;
import io.interdict.core.names.Schema;
import io.interdict.core.names.TokenKind;

/**
 * interdict-v2's tests of an organisation's or a vessel's words once two names are aligned: the words one side keeps
 * of its own before, inside or after the words both share (another company of one family of names: "Nestlé Waters",
 * "Reserve Bank of India"), a country among them (a subsidiary), and a vessel's word against its plural (a sister ship).
 * {@link InterdictV2} weighs what they find; the person's-name rules stay there. Pure.
 */
final class OrganisationWords {
    /** An airline's words: "Air", "Airline", "Airlines" and "Airways" name one airline as the lists write it both ways
     *  (OFAC's MAHAN AIR is BIS's MAHAN AIRWAYS; OFAC lists DENA AIRLINES and DENA AIRWAYS). */
    private static final String[] AIRLINE = {"air", "airline", "airlines", "airways"};
    /** How closely two of an airline's words pair: as one word, a little below the same word written alike. */
    static final double AIRLINE_WORDS = 0.95;
    /** Their {@link String#hashCode}s, as the search bound's summaries keep a word's ({@link CoverageBound}). */
    private static final int[] AIRLINE_HASHES = java.util.Arrays.stream(AIRLINE).mapToInt(String::hashCode).toArray();

    /** Whether two different words are two of an airline's words ("airways" ~ "air"): one word, as a spelling is. */
    static boolean airline(String x, String y) {
        // asked of every pair of words a later version compares: "air" first, in place
        return x.startsWith("air") && y.startsWith("air") && !x.equals(y) && airlineWord(x) && airlineWord(y);
    }

    private static boolean airlineWord(String w) {
        for (String a : AIRLINE) {
            if (a.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name with its airline's word written as each other one ("MAHAN AIRLINES" -> "MAHAN AIR", "MAHAN AIRWAYS",
     * "MAHAN AIRLINE"), or none when it writes none: a search also brings up the listed names these find, since such a
     * name shares only the airline's own word with the query as written, and many listed airlines share its other.
     */
    static java.util.List<String> airlineForms(String name) {
        boolean air = false;   // asked of every query: most write no "air" at all
        for (int i = name.indexOf('i', 1); i >= 0 && !air; i = name.indexOf('i', i + 1)) {
            air = (name.charAt(i - 1) | 0x20) == 'a' && i + 1 < name.length() && (name.charAt(i + 1) | 0x20) == 'r';
        }
        for (int i = name.indexOf('I', 1); i >= 0 && !air; i = name.indexOf('I', i + 1)) {
            air = (name.charAt(i - 1) | 0x20) == 'a' && i + 1 < name.length() && (name.charAt(i + 1) | 0x20) == 'r';
        }
        if (!air) {
            return java.util.List.of();
        }
        String[] words = name.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            // the word's letters, what is written around them kept: "(MAHAN AIR)", "MAHAN AIRWAYS,"
            String word = words[i];
            int from = 0;
            int to = word.length();
            while (from < to && !Character.isLetter(word.charAt(from))) {
                from++;
            }
            while (to > from && !Character.isLetter(word.charAt(to - 1))) {
                to--;
            }
            String w = word.substring(from, to).toLowerCase(java.util.Locale.ROOT);
            if (airlineWord(w)) {
                java.util.List<String> out = new java.util.ArrayList<>(AIRLINE.length - 1);
                for (String other : AIRLINE) {
                    if (!other.equals(w)) {
                        String[] copy = words.clone();
                        copy[i] = word.substring(0, from) + other + word.substring(to);
                        out.add(String.join(" ", copy));
                    }
                }
                return out;
            }
        }
        return java.util.List.of();
    }

    /** Whether a word whose text has this hash may be one of an airline's words (the bound's test: never false for one). */
    static boolean mayBeAirline(int hash) {
        for (int h : AIRLINE_HASHES) {
            if (h == hash) {
                return true;
            }
        }
        return false;
    }

    private OrganisationWords() {
    }

    /** The side's word pairs that are a word and its plural, as ships' names are made plural: English, French,
     *  Spanish and Portuguese "-s" and "-es" ("stars", "espoirs"), Turkish "-lar" and "-ler" ("kaptanlar"). */
    static int plurals(Side a, Side b, int[] pairOf) {
        int n = 0;
        for (int i = 0; i < a.size(); i++) {
            int j = pairOf[i];
            if (j >= 0 && a.kind[i] == TokenKind.WORD && b.kind[j] == TokenKind.WORD && plural(a.text[i], b.text[j])) {
                n++;
            }
        }
        return n;
    }

    /** Whether either name ends in a letter written alone, no full stop after it ("Eagle S"), paired with a word of the
     *  other as its initial. */
    static boolean endingLetterAsInitial(ScoringName q, ScoringName c, Side a, Side b, int[] pairOf) {
        int lastA = a.size() - 1;
        if (lastA >= 0 && a.kind[lastA] == TokenKind.INITIAL && pairOf[lastA] >= 0 && b.kind[pairOf[lastA]] != TokenKind.INITIAL
                && endsInLetter(q.prepared.original())) {
            return true;
        }
        int lastB = b.size() - 1;
        if (lastB < 0 || b.kind[lastB] != TokenKind.INITIAL || !endsInLetter(c.prepared.original())) {
            return false;
        }
        for (int i = 0; i < pairOf.length; i++) {
            if (pairOf[i] == lastB) {
                return a.kind[i] != TokenKind.INITIAL;
            }
        }
        return false;
    }

    /** Whether a name ends in a letter written alone: a letter, after a space or the name's start. */
    private static boolean endsInLetter(String original) {
        if (original == null) {
            return false;
        }
        String o = original.strip();
        int n = o.length();
        return n >= 1 && Character.isLetter(o.charAt(n - 1)) && (n == 1 || o.charAt(n - 2) == ' ');
    }

    /** A vessel's name: of the vessel schema, or written after a vessel's prefix whatever its schema ("MV Espoir
     *  d'Abidjan", "M/T Ardrevan Pearl"). */
    static boolean vessel(ScoringName n) {
        if (n.schema() == Schema.VESSEL) {
            return true;
        }
        String o = n.prepared.original();
        return !n.schema().isPerson() && o != null && VESSEL_PREFIX.matcher(o).lookingAt();   // "Ms Smith" is a person
    }

    private static final java.util.regex.Pattern VESSEL_PREFIX =
            java.util.regex.Pattern.compile("(?i)\\s*(m\\.?\\s?[/.]?\\s?[vts]|msv|n/m)\\.?\\s");

    /** Whether one word is the other with a plural ending, the singular of three letters or more. */
    static boolean plural(String x, String y) {
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() < 3 || !longer.startsWith(shorter)) {
            return false;
        }
        String ending = longer.substring(shorter.length());
        return ending.equals("s") || ending.equals("es") || ending.equals("lar") || ending.equals("ler");
    }

    /** Whether a word of the side, unpaired and of four letters or more, stands between two of its paired tokens. */
    static boolean insertedWord(Side s, double[] m) {
        int first = InterdictV2.firstPaired(m, s.size());
        int last = InterdictV2.lastPaired(m, s.size());
        for (int i = first + 1; i < last; i++) {
            // of four letters or more: a shorter one is mostly a piece of an abbreviation ("F.lli" is "Fratelli")
            if (m[i] == 0 && s.kind[i] == TokenKind.WORD && s.text[i].length() >= 4) {
                return true;
            }
        }
        return false;
    }

    /** Whether the side's unpaired tokens are all words after its last paired one ({@link #appendedWords}) or all
     *  before its first ({@link #prependedWords}). */
    static boolean ownWordsOutside(Side s, double[] m, String original) {
        return appendedWords(s, m, original) || prependedWords(s, m, original);
    }

    /** Whether the side's unpaired tokens are words after its last paired one, at least one of four letters or more and
     *  none of fewer, nor a legal form misspelt ({@link QueryRepair#legal}: "Compnay"), nor a word of a legal form of
     *  several words or one edit from one ("Joynt", "Stock"), nor an initialism of no vowel ("QPSC"), with no bracket,
     *  comma, semicolon, colon or slash in the name as written to set them off. */
    static boolean appendedWords(Side s, double[] m, String original) {
        return ownWords(s, m, original, true);
    }

    /** As {@link #appendedWords}, for unpaired words before the side's first paired token: "Reserve Bank of India" ~
     *  "Bank of India". */
    static boolean prependedWords(Side s, double[] m, String original) {
        return ownWords(s, m, original, false);
    }

    private static boolean ownWords(Side s, double[] m, String original, boolean after) {
        int last = InterdictV2.lastPaired(m, s.size());
        if (last < 0) {
            return false;
        }
        int first = InterdictV2.firstPaired(m, s.size());
        boolean word = false;
        for (int i = 0; i < s.size(); i++) {
            if (m[i] != 0 || s.kind[i] == TokenKind.LEGAL) {
                continue;
            }
            if (!after && io.interdict.core.names.Honorifics.title(s.text[i])) {
                continue;   // "Messrs. Baltic Timberline OÜ": a courtesy before a firm's name
            }
            if ((after ? i < last : i > first) || s.kind[i] != TokenKind.WORD || s.text[i].length() < 4
                    || QueryRepair.legal(s.text[i]) != null || LegalWords.near(s.text[i]) || !CrossScript.hasVowel(s.text[i])) {
                return false;
            }
            word = true;
        }
        if (!word) {
            return false;
        }
        for (int k = 0; k < original.length(); k++) {
            char ch = original.charAt(k);
            if (ch == '(' || ch == '[' || ch == ',' || ch == ';' || ch == ':' || ch == '/') {
                return false;
            }
        }
        return true;
    }

    /** The Latin words of the legal forms of several words ("joint", "stock", "limited", "liability", "societe"...). */
    private static final class LegalWords {
        static final java.util.Set<String> WORDS = build();

        private static java.util.Set<String> build() {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (String form : io.interdict.core.names.WordLists.LEGAL_FORMS.keySet()) {
                if (form.indexOf(' ') > 0 && form.chars().allMatch(ch -> ch == ' ' || ch >= 'a' && ch <= 'z')) {
                    for (String w : form.split(" ")) {
                        if (w.length() >= 4) {
                            out.add(w);
                        }
                    }
                }
            }
            return java.util.Set.copyOf(out);
        }

        /** Whether the word is such a word or one edit from one. */
        static boolean near(String w) {
            if (WORDS.contains(w)) {
                return true;
            }
            for (String l : WORDS) {
                if (Math.abs(l.length() - w.length()) <= 1 && TokenSimilarity.osaWithin(l, w, 1) <= 1) {
                    return true;
                }
            }
            return false;
        }
    }

    static boolean unpairedGeneric(Side s, double[] m) {
        for (int i = 0; i < s.size(); i++) {
            if (m[i] == 0 && s.kind[i] == TokenKind.GENERIC) {
                return true;
            }
        }
        return false;
    }

    /** Whether this side's {@code unpaired} words are one, and it a word left unpaired ({@code m[i] == 0}) of {@link
     *  #LONG_WORD} letters or more: no abbreviation of a legal form ({@code word_appended} beside the other name's form). */
    static boolean oneLongWord(Side s, double[] m, int unpaired) {
        if (unpaired != 1) {
            return false;
        }
        for (int i = 0; i < s.size(); i++) {
            if (m[i] == 0 && s.kind[i] == TokenKind.WORD && s.text[i].length() >= LONG_WORD) {
                return true;
            }
        }
        return false;
    }

    /** The fewest letters of a word {@link #oneLongWord} counts: legal forms' abbreviations have five at most (OOO,
     *  IOOO, SARL, S.p.A., KGaA). */
    private static final int LONG_WORD = 6;

    /** The first run of one to three adjacent words of this side, none paired, that is a country's name (not a vessel's
     *  flag: a country before "flag"), or null. */
    static String unpairedCountry(Side s, double[] m) {
        for (int i = 0; i < s.size(); i++) {
            StringBuilder run = new StringBuilder();
            for (int k = i; k < s.size() && k < i + CountryNames.maxWords() && m[k] == 0
                    && s.kind[k] == TokenKind.WORD; k++) {
                if (k > i) {
                    run.append(' ');
                }
                run.append(s.text[k]);
                // A vessel's flag state is no subsidiary's country ("HALVERSTONE SPIRIT (Marshall Islands flag)").
                boolean flag = k + 1 < s.size() && (s.text[k + 1].equals("flag") || s.text[k + 1].equals("flagged"));
                if (!flag && CountryNames.is(run.toString())) {
                    return run.toString();
                }
            }
        }
        return null;
    }
}
