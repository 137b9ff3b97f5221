package io.interdict.core.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Legal forms written out in full ("АКЦИОНЕРНОЕ ОБЩЕСТВО", "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU")
 * replaced by the abbreviation the same company is registered under (АО, ООО), which the pipeline's legal
 * forms then read as a family (jsc, ltd) like "JSC" or "LLC" in a Latin name. Data in
 * {@code legal-form-phrases.tsv}, each line sourced. Used for a reading of the name ({@code interdict-v2}); the
 * pipeline itself is unchanged.
 */
public final class LegalFormPhrases {
    record Phrase(String words, String abbreviation) {
    }

    /** Longest first, so that "открытое акционерное общество" is read before "акционерное общество". */
    private static final List<Phrase> PHRASES = load();

    private LegalFormPhrases() {
    }

    private static List<Phrase> load() {
        List<Phrase> out = new ArrayList<>();
        for (SourcedTable.Row row : SourcedTable.read(LegalFormPhrases.class, "legal-form-phrases.tsv", 3,
                "phrase TAB abbreviation TAB source")) {
            out.add(new Phrase(row.fields()[0].toLowerCase(Locale.ROOT), row.fields()[1]));
        }
        out.sort(Comparator.comparingInt((Phrase p) -> p.words().length()).reversed());
        return List.copyOf(out);
    }

    /** The words of the phrases written in Cyrillic, lower case ("акционерное", "общество", "товариство"). */
    static List<String> cyrillicWords() {
        return PHRASES.stream().map(Phrase::words).filter(w -> w.chars().anyMatch(c -> c >= 0x400 && c < 0x500))
                .flatMap(w -> java.util.Arrays.stream(w.split(" "))).distinct().toList();
    }

    /** The abbreviations of the Latin phrases (jsc, llc, "S.A. de C.V."), each as its runs of letters ("s a de c v"). */
    private static final List<List<String>> LATIN_ABBREVIATIONS = PHRASES.stream()
            .filter(p -> p.words().chars().allMatch(c -> c < 0x370)).map(p -> runs(p.abbreviation().toLowerCase(Locale.ROOT)))
            .distinct().toList();

    /**
     * Whether a reading is a Latin name with its legal form abbreviated (it was written in Latin letters, not
     * read from another script): Latin letters only, with one of the Latin lines' abbreviations as words of its own.
     */
    public static boolean latinAbbreviated(String reading) {
        for (int i = 0; i < reading.length(); i++) {
            if (reading.charAt(i) >= 0x370) {
                return false;
            }
        }
        // each run of a-z, walked in place (asked of every reading of every query)
        String lower = reading.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !isAsciiLower(lower.charAt(i))) {
                i++;
            }
            if (i == lower.length()) {
                break;
            }
            for (List<String> abbreviation : LATIN_ABBREVIATIONS) {
                if (runsAt(lower, i, abbreviation)) {
                    return true;
                }
            }
            while (i < lower.length() && isAsciiLower(lower.charAt(i))) {
                i++;
            }
        }
        return false;
    }

    /** Whether the runs of a-z from {@code at} (the start of one) are {@code runs}, each a whole run. */
    private static boolean runsAt(String lower, int at, List<String> runs) {
        int i = at;
        for (String run : runs) {
            while (i < lower.length() && !isAsciiLower(lower.charAt(i))) {
                i++;
            }
            int end = i + run.length();
            if (end > lower.length() || !lower.startsWith(run, i) || end < lower.length() && isAsciiLower(lower.charAt(end))) {
                return false;
            }
            i = end;
        }
        return true;
    }

    /** The runs of a-z in lower-case text, without a regular expression. */
    private static List<String> runs(String lower) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !isAsciiLower(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < lower.length() && isAsciiLower(lower.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(lower.substring(start, i));
            }
        }
        return out;
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** The name with every legal-form phrase abbreviated, or null when it has none. */
    public static String abbreviated(String name) {
        if (name == null || name.length() < 15) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.length() != name.length()
                || lower.indexOf("бществ") < 0 && lower.indexOf("obsh") < 0 && lower.indexOf("obsch") < 0
                && lower.indexOf("sociedad") < 0 && lower.indexOf("verein") < 0 && lower.indexOf("товари") < 0
                && lower.indexOf("tovar") < 0) {
            return null;
        }
        String out = name;
        boolean changed = false;
        for (Phrase p : PHRASES) {
            for (int at = lower.indexOf(p.words()); at >= 0; at = lower.indexOf(p.words(), at + 1)) {
                int end = at + p.words().length();
                if ((at == 0 || !Character.isLetter(lower.charAt(at - 1))) && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) {
                    out = out.substring(0, at) + p.abbreviation() + out.substring(end);
                    lower = lower.substring(0, at) + p.abbreviation().toLowerCase(Locale.ROOT) + lower.substring(end);
                    changed = true;
                }
            }
        }
        return changed ? out : null;
    }
}
