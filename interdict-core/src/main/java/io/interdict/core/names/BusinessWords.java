package io.interdict.core.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation's activity word written in its own language, read in English ({@code business-words.tsv}, each line
 * citing the page it was taken from): "Haldor Rederi AS" is also "Haldor Shipping AS", "Kovač Prijevoz d.o.o." "Kovač
 * Transport d.o.o.", "Zhongshan Hengtai Maoyi Youxian Gongsi" "Zhongshan Hengtai Trading …". interdict-v2 compares an
 * organisation's name pairwise also in this reading ({@code ScriptReadings}), so a name and its translation meet; a
 * word the table does not hold stays as written, and two different activities stay two words ("Steel Tubes" ~ "Steel
 * Wires"). Latin text; the table's words are folded as the pipeline folds a name's ("İnşaat" is "insaat"). Pure.
 */
public final class BusinessWords {
    /** Folded word to its English words (alternatives, the usual first). */
    private static final Map<String, List<String>> WORDS = load();

    private BusinessWords() {
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> out = new HashMap<>();
        for (SourcedTable.Row row : SourcedTable.read(BusinessWords.class, "business-words.tsv", 4,
                "word TAB English (alternatives separated by |) TAB language TAB source")) {
            String[] f = row.fields();
            String word = NamePipeline.standard().foldedText(f[0], Schema.COMPANY).strip();
            if (word.isEmpty() || word.contains(" ")) {
                throw new IllegalStateException("business-words.tsv line " + row.line() + ": '" + f[0]
                        + "' is not one word once folded");
            }
            SourcedTable.putAlternatives(out, word, List.of(f[1].split("\\|")));
        }
        return Map.copyOf(out);
    }

    /** The {@code String.hashCode}s of the table's words, sorted: {@link #mayHold} looks a word up by its hash. */
    private static final int[] HASHES = WORDS.keySet().stream().mapToInt(String::hashCode).sorted().distinct().toArray();

    /**
     * Whether the name may hold an activity word the table holds: a run of letters, lower case and without their marks,
     * whose hash is a word's, or any word with a letter or mark that is no ASCII letter with marks ("ı", "ø", another
     * script's), which only the full reading tells.
     * Asked of every search query: allocates nothing.
     */
    public static boolean mayHold(String name) {
        int n = name.length();
        int i = 0;
        int singles = 0;   // single letters in a row: a word spelt out ("R-e-d-e-r-i"), which the fold joins
        while (i < n) {
            while (i < n && !wordChar(name.charAt(i))) {
                char c = name.charAt(i++);
                if (c == '@' || c == '!' || c == '$' || c == '\u00AD') {
                    return true;   // read as a, i, s inside a word, or a soft hyphen the fold deletes
                }
            }
            int h = 0;
            int len = 0;
            while (i < n && (wordChar(name.charAt(i)) || inWord(name.charAt(i)))) {
                char c = name.charAt(i++);
                if (inWord(c)) {
                    continue;   // an apostrophe the fold takes out of the word ("Havapeyma'i")
                }
                char base = c < 0x80 ? c : RomanisedGlossary.base(c);   // é as e, ş as s
                if (base == 0) {
                    return true;   // a letter or mark of another script, or a Latin one folded otherwise
                }
                h = 31 * h + (base >= 'A' && base <= 'Z' ? base + 32 : base);
                len++;
            }
            singles = len == 1 ? singles + 1 : 0;
            if (len >= 4 && java.util.Arrays.binarySearch(HASHES, h) >= 0 || singles >= 3) {
                return true;
            }
        }
        return false;
    }

    /** An apostrophe, which the fold drops from inside a word. */
    private static boolean inWord(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`';
    }

    private static boolean wordChar(char c) {
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether the folded word is an activity word the table holds ("sanayi", "ticaret", "rederi"). */
    public static boolean holds(String folded) {
        return WORDS.containsKey(folded);
    }

    /**
     * The name's readings with each activity word the table holds in English: one with every such word's usual
     * English word, and one with its second where the table gives two ("maoyi": trading, trade); empty when the name
     * holds none. Folded Latin text.
     */
    public static List<String> inEnglish(String name) {
        if (name == null) {
            return List.of();
        }
        String[] words = NamePipeline.standard().foldedText(name, Schema.COMPANY).split(" ");
        List<String> out = new ArrayList<>(2);
        for (int alternative = 0; alternative < 2; alternative++) {
            StringBuilder reading = new StringBuilder();
            boolean replaced = false;
            for (String w : words) {
                if (w.isEmpty()) {
                    continue;
                }
                List<String> english = WORDS.get(w);
                String put = w;
                if (english != null && alternative < english.size()) {
                    put = english.get(alternative);
                    replaced = true;
                } else if (english != null) {
                    put = english.get(0);
                }
                reading.append(reading.length() == 0 ? "" : " ").append(put);
            }
            if (replaced && !out.contains(reading.toString())) {
                out.add(reading.toString());
            }
        }
        return out;
    }
}
