package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes a record writes into a party's name field besides the name: another name of the same party, introduced by a
 * marker ("Petrosud Marine Services Ltd (formerly Delta Crest Marine Ltd)", "Anatolian Bulk Carriers S.A. a.k.a. ABC
 * Shipping", "Sea Lantern (ex-Pacific Marlin, ex-Santa Lucia)", "Acme Trading Ltd t/a Acme Foods"), and a branch of the
 * party named after it ("Takahashi Kaiun Co., Ltd. (Singapore Branch)", "Rahimi Trading GmbH, Zweigniederlassung Wien"):
 * a branch is no legal person of its own but a part of the company it names.
 *
 * <p>What is read as a note:
 * <ul>
 *   <li>a bracketed part whose every comma-separated piece begins with a marker of another name, each piece read as that
 *       name ("(ex-Pacific Marlin, ex-Santa Lucia)");</li>
 *   <li>a marker of another name written after the name, set apart by a space or a comma ("… a.k.a. ABC Shipping", "…,
 *       formerly Delta Crest Marine Ltd"), what follows it to the end read as that name; "ex-" only after a comma or in
 *       brackets, where it cannot be a word of the name;</li>
 *   <li>a bracketed part that is the name's own acronym ("Chengdu GaStone Technology Co., Ltd. (CGTC)"), set aside
 *       ({@link #ownAcronym});</li>
 *   <li>a bracketed part, or the part after a comma or a spaced dash at the end, that a branch word begins or ends
 *       ("(Dubai Branch)", "– Port Harcourt Branch", ", Zweigniederlassung Wien", "(Sucursal en España)");</li>
 *   <li>a branch written after the name with no separator, as payment messages write one ("BANK MELLI IRAN DUBAI
 *       BRANCH"): the branch word last, its place the word before it, or the two before it when they name a country
 *       ({@link CountryNames}: "... HONG KONG BRANCH").</li>
 * </ul>
 * The markers are the usual English ones of sanctions lists and trade records (a.k.a., f.k.a., formerly, previously,
 * also known as, alias, ex-, d/b/a, t/a, trading as), and payment messages' "care of" (c/o, c/-, care of, in care of:
 * "TAMARA FROLOVA C/O ELENA SIDOROVA" names two parties, each read, as another name is); the branch words are the English word and its usual equivalents
 * in German (Zweigniederlassung, Niederlassung), French (succursale), Spanish and Portuguese (sucursal), Polish
 * (oddział) and Russian (филиал). <b>Unconfirmed by a cited page</b>: these are the words' dictionary meanings, kept as
 * such.
 *
 * <p>A field that writes the name in two scripts ({@link ScriptPieces}: "El Harrachi (الحراشي)") is read as its first
 * piece, with the others as the party's other names.
 */
public final class NameNotes {
    private static final String MARKERS = "a\\.?\\s?k\\.?\\s?a\\.?|a/k/a|f\\.?\\s?k\\.?\\s?a\\.?|f/k/a|formerly(?:\\s+known\\s+as)?"
            + "|previously(?:\\s+(?:known|listed)\\s+as)?|also\\s+known\\s+as|alias|d\\.?\\s?b\\.?\\s?a\\.?|d/b/a|t/a|trading\\s+as"
            + "|former\\s+name:?|c/o|c/-|(?:in\\s+)?care\\s+of";
    /** A marker beginning a bracketed piece: the usual ones, and "ex-" / "ex " (a vessel's or company's former name). */
    private static final Pattern PIECE = Pattern.compile("(?iu)^\\s*(?:(?:" + MARKERS + ")(?![\\p{L}\\p{N}])|ex\\s*-\\s*|ex\\s+)\\s*:?\\s*");
    /** A marker written after the name, with a space or a comma before it and a word after it. */
    private static final Pattern TRAILING = Pattern.compile("(?iu)(?:\\s*,\\s*|\\s+)(?:(?:" + MARKERS
            + ")(?![\\p{L}\\p{N}])|(?<=,\\s{0,3})ex\\s*-\\s*)\\s*[:,]?\\s*(?=\\p{L}|\\p{N})");
    /** "c/o" or "c/-" as a word of its own. */
    private static final Pattern CARE_OF = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])c/[o-](?![\\p{L}\\p{N}])");
    private static final java.util.Set<String> BRANCH_WORDS = java.util.Set.of("branch", "zweigniederlassung",
            "niederlassung", "succursale", "sucursal", "oddzial", "oddział", "филиал");

    /**
     * A name read without its notes.
     *
     * @param name       the name without the notes
     * @param otherNames the party's other names the notes give (empty for a branch alone)
     * @param notes      the notes as written, for an explanation
     */
    public record Read(String name, List<String> otherNames, List<String> notes) {
        /**
         * Whether a note is written "c/o" or "c/-" ("TAMARA FROLOVA C/O ELENA SIDOROVA"): the field names two parties,
         * and read whole it would join one's given name to the other's family name. ("Care of" in words may be a
         * name's: "Health Care of America".)
         */
        public boolean careOf() {
            for (String note : notes) {
                if (CARE_OF.matcher(note).find()) {
                    return true;
                }
            }
            return false;
        }

        /** The name without the notes, then each other name. */
        public List<String> pieces() {
            List<String> out = new ArrayList<>(1 + otherNames.size());
            out.add(name);
            out.addAll(otherNames);
            return out;
        }
    }

    private NameNotes() {
    }

    /** The name without its notes, or null when it has none (or no name with a letter would be left). */
    public static Read read(String written) {
        if (written == null || written.length() < 6 || !mayHoldNote(written)) {
            return null;
        }
        List<String> pieces = ScriptPieces.of(written);
        if (pieces != null) {
            List<String> others = pieces.subList(1, pieces.size());
            return new Read(pieces.get(0), List.copyOf(others), List.copyOf(others));
        }
        String name = written.strip();
        List<String> others = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            // Bracketed parts: other names, or a branch.
            int close = name.lastIndexOf(')');
            int open = close < 0 ? -1 : name.lastIndexOf('(', close);
            if (open > 0 && name.indexOf(')', open) == close) {
                String inside = name.substring(open + 1, close);
                List<String> named = otherNames(inside);
                boolean acronym = named == null && ownAcronym(inside, name.substring(0, open));
                if (named != null || acronym || branch(inside)) {
                    if (named != null) {
                        others.addAll(named);
                    }
                    notes.add(name.substring(open, close + 1));
                    name = (name.substring(0, open) + " " + name.substring(close + 1)).strip().replaceAll("\\s{2,}", " ");
                    name = trimSeparators(name);
                    changed = true;
                    continue;
                }
            }
            // A marker after the name: what follows is another name.
            Matcher m = TRAILING.matcher(name);
            if (m.find() && m.start() > 0 && AccountReferences.hasLetter(name.substring(0, m.start())) && !nameWord(m.group())) {
                String other = trimSeparators(name.substring(m.end()));
                if (AccountReferences.hasLetter(other)) {
                    others.add(other);
                    notes.add(name.substring(m.start()).strip());
                    name = trimSeparators(name.substring(0, m.start()));
                    changed = true;
                    continue;
                }
            }
            // A branch after a comma or a spaced dash, at the end.
            int at = lastSeparator(name);
            if (at > 0 && branch(name.substring(at + 1)) && AccountReferences.hasLetter(name.substring(0, at))) {
                notes.add(name.substring(at).strip());
                name = trimSeparators(name.substring(0, at));
                changed = true;
                continue;
            }
            // A branch written after the name with no separator, as payment messages write one.
            at = bareBranch(name);
            if (at > 0) {
                notes.add(name.substring(at).strip());
                name = trimSeparators(name.substring(0, at));
                changed = true;
            }
        }
        return notes.isEmpty() || !AccountReferences.hasLetter(name) ? null : new Read(name, List.copyOf(others), List.copyOf(notes));
    }

    /** Whether a marker matched is written as a word of a name: "Aka" is an Akan family name ("Jean Aka Kouassi"), read
     *  as a marker only written "a.k.a.", "AKA" or "aka". */
    private static boolean nameWord(String marker) {
        String m = marker.replaceAll("[\\s,:]", "");
        return m.equals("Aka");
    }

    /** What a note begins with or holds, one of which {@link #mayHoldNote} looks for before any pattern runs. */
    private static final String[] KEYS = {"a.k.a", "aka", "f.k.a", "fka", "formerly", "previously", "known as", "alias",
        "d.b.a", "dba", "trading as", "former name", "ex-", "ex -", "care of", "branch", "zweigniederlassung", "niederlassung",
        "succursale", "sucursal",
        "oddzia", "филиал"};

    /** A cheap test before the patterns, asked of every query: a bracket or a slash, or a key beginning a word, in any
     *  case (compared in place: a copy of the name in lower case would be allocated for each). */
    private static boolean mayHoldNote(String s) {
        if (s.indexOf('(') >= 0 || s.indexOf('/') >= 0 || ScriptPieces.mixed(s)) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && Character.isLetter(s.charAt(i - 1))) {
                continue;
            }
            char c = Character.toLowerCase(s.charAt(i));
            for (String key : KEYS) {
                if (key.charAt(0) == c && s.regionMatches(true, i, key, 0, key.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The other names a bracketed part gives, each of its pieces beginning with a marker; null when it is no such part. */
    private static List<String> otherNames(String inside) {
        List<String> out = new ArrayList<>();
        boolean listed = false;
        for (String piece : inside.split("[,;]")) {
            if (piece.isBlank()) {
                continue;
            }
            Matcher m = PIECE.matcher(piece);
            if (!m.find()) {
                return null;
            }
            String other = trimSeparators(piece.substring(m.end()));
            if (!AccountReferences.hasLetter(other)) {
                // "(previously listed as)": the UN's note that the name written before it is a former listing's.
                if (m.group().toLowerCase(Locale.ROOT).contains("listed")) {
                    listed = true;
                    continue;
                }
                return null;
            }
            out.add(other);
        }
        return out.isEmpty() && !listed ? null : out;
    }

    /**
     * Where a branch written after the name with no separator begins ("BANK MELLI IRAN DUBAI BRANCH", "VTB BANK PJSC
     * SHANGHAI BRANCH OFFICE"): a branch word last (or before "OFFICE"), its place the one word before it, or the two
     * when they name a country ("... HONG KONG BRANCH"), and a word of the name at least before that; -1 when none.
     */
    private static int bareBranch(String name) {
        String[] words = name.split(" ");
        int n = words.length;
        if (n >= 2 && (words[n - 1].equalsIgnoreCase("office") || words[n - 1].equalsIgnoreCase("offices"))) {
            n--;
        }
        if (n < 3 || !BRANCH_WORDS.contains(words[n - 1].toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int place = n >= 4 && CountryNames.is((words[n - 3] + " " + words[n - 2]).toLowerCase(Locale.ROOT)) ? 2 : 1;
        int start = n - 1 - place;
        if (start < 1 || !AccountReferences.hasLetter(words[start - 1])) {
            return -1;
        }
        int at = 0;
        for (int i = 0; i < start; i++) {
            at += words[i].length() + 1;
        }
        return at - 1;
    }

    /** Whether a note's first or last word is a branch word. */
    /**
     * Whether a bracketed part is the name's own acronym: one word of two to eight letters written in capitals, spelt by
     * the name's words before it, in order: each word gives the first one to three letters of it, or a small word
     * ("and", "of", "la", "pour": three letters or fewer, or a few longer ones) none; the words after the acronym is
     * spelt are free (a legal form). "Chengdu GaStone Technology Co., Ltd. (CGTC)", "UMMAH TAMEER E-NAU (UTN)",
     * "AMMUNITION AND METALLURGY INDUSTRIES GROUP (AMIG)", "SAHAND ALUMINUM PARTS INDUSTRIAL COMPANY (SAPICO)". Left in,
     * it is a word no other writing of the name has, and a search by the name alone, or by its brand, met it left over.
     * It is not read as another name of its own: tried so, acronyms of three and four letters met readings of other
     * scripts by their consonants ("IJU" the Korean name 이지우 at 0.895, "SSSI" 시우 이 at 0.861).
     */
    private static boolean ownAcronym(String inside, String before) {
        String a = inside.strip();
        if (a.length() < 2 || a.length() > 8) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (!Character.isLetter(c) || !Character.isUpperCase(c)) {
                return false;
            }
        }
        List<String> words = new ArrayList<>();
        for (String w : before.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w.toUpperCase(Locale.ROOT));
            }
        }
        return spells(a, 0, words, 0);
    }

    /** Whether words from {@code w} on spell the acronym from letter {@code at} on, as {@link #ownAcronym} reads it. */
    private static boolean spells(String acronym, int at, List<String> words, int w) {
        if (at == acronym.length()) {
            return true;
        }
        if (w == words.size()) {
            return false;
        }
        String word = words.get(w);
        for (int k = 1; k <= Math.min(3, word.length()) && at + k <= acronym.length()
                && word.charAt(k - 1) == acronym.charAt(at + k - 1); k++) {
            if (spells(acronym, at + k, words, w + 1)) {
                return true;
            }
        }
        return (word.length() <= 3 || LONGER_SMALL_WORDS.contains(word)) && spells(acronym, at, words, w + 1);
    }

    /** Small words of four letters or more an acronym leaves out, as it leaves out "and", "of", "la". */
    private static final java.util.Set<String> LONGER_SMALL_WORDS = java.util.Set.of("POUR", "WITH", "FROM", "INTO", "PARA",
            "AVEC", "DANS", "UNDER");

    private static boolean branch(String note) {
        String[] words = note.strip().toLowerCase(Locale.ROOT).split("[\\s.,:;()]+");
        int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        return words.length > first && (BRANCH_WORDS.contains(words[first]) || BRANCH_WORDS.contains(words[words.length - 1])
                || words.length - first >= 2 && (words[words.length - 1].equals("office") || words[words.length - 1].equals("offices"))
                && BRANCH_WORDS.contains(words[words.length - 2]));
    }

    /** The last comma, or the first character of the last dash set apart by spaces, or -1. */
    private static int lastSeparator(String s) {
        int comma = s.lastIndexOf(',');
        int dash = Math.max(s.lastIndexOf(" - "), Math.max(s.lastIndexOf(" \u2013 "), s.lastIndexOf(" \u2014 ")));
        return Math.max(comma, dash >= 0 ? dash + 1 : -1);
    }

    static String trimSeparators(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && ",;:-\u2013\u2014 ".indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && ",;:-\u2013\u2014 ".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }
}
