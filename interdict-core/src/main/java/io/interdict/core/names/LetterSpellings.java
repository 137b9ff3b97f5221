package io.interdict.core.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a Latin word spells a Cyrillic or Armenian word in one of the romanisations names are written in
 * ({@code letter-spellings.tsv}, each letter's spellings with their sources: BGN/PCGN, the German and French
 * transcriptions, Ukraine's national transliteration, ALA-LC's Western Armenian values, the Armenian surname
 * endings). The pipeline reads Cyrillic in BGN/PCGN alone ("zhukov"); the same name is "Schukow" in German,
 * "Joukov" in French, and a Ukrainian name is "Volodymyr", not "Vladimir" nor ICU's "volodimir". A word spells a
 * name when it is cut into one spelling per letter (or letter group: кс, ու, -յան), in order.
 */
public final class LetterSpellings {
    /** Letter or letter group -> its spellings ("" for a letter not written). */
    private static final Map<String, String[]> TABLE = load();
    private static final int LONGEST = TABLE.keySet().stream().mapToInt(String::length).max().orElse(1);

    private LetterSpellings() {
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> m = new HashMap<>();
        for (SourcedTable.Row row : SourcedTable.read(LetterSpellings.class, "letter-spellings.tsv", 3,
                "letters TAB spellings TAB source")) {
            String[] spellings = row.fields()[1].split(" +");
            for (int i = 0; i < spellings.length; i++) {
                if (spellings[i].equals("-")) {
                    spellings[i] = "";
                } else if (!spellings[i].matches("[a-z]+")) {
                    throw new IllegalStateException("letter-spellings.tsv line " + row.line() + ": spelling '" + spellings[i]
                            + "' is not lower-case ASCII letters or -");
                }
            }
            if (m.put(row.fields()[0], spellings) != null) {
                throw new IllegalStateException("letter-spellings.tsv line " + row.line() + ": " + row.fields()[0] + " twice");
            }
        }
        return Map.copyOf(m);
    }

    /** Whether every letter of the word is one the table spells (a Cyrillic or Armenian word). */
    public static boolean spellable(String word) {
        return units(word.toLowerCase(Locale.ROOT)) != null;
    }

    /** Whether the Latin word (lower-case ASCII) spells the Cyrillic or Armenian word. */
    public static boolean spells(String word, String latin) {
        List<String[]> units = units(word.toLowerCase(Locale.ROOT));
        return units != null && !latin.isEmpty() && SyllableFit.fits(units, latin);
    }

    /** The word cut into the table's letters and groups, longest first; null when a letter is not in the table. */
    private static List<String[]> units(String w) {
        if (w.isEmpty()) {
            return null;
        }
        List<String[]> out = new ArrayList<>(w.length());
        int i = 0;
        while (i < w.length()) {
            String[] found = null;
            int len = Math.min(LONGEST, w.length() - i);
            for (; len > 0; len--) {
                found = TABLE.get(w.substring(i, i + len));
                if (found != null) {
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            out.add(found);
            i += len;
        }
        return out;
    }
}
