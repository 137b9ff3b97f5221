package io.interdict.core.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A foreign name written by its sound in katakana, Chinese characters or Hangul, with the words a table knows read back
 * as their Latin spellings ({@code loanword-names.tsv}: the standard transcriptions of common given and family names,
 * each line sourced): "ジョージ・ワシントン" is "george washington", "约翰·卡特" "john carter". The letter-by-letter loanword
 * reading ({@link LoanwordReading}) reads "ジョージ" as "joji" and "约翰" as "yuehan", which no typo tolerance brings to
 * "George" or "John"; the words the table does not hold are read so still. One more reading beside the others
 * (interdict-v2).
 */
public final class LoanwordNames {
    private static final Map<String, String[]> LATIN = new HashMap<>();
    /** At most this many readings of one name (each word's spellings combined). */
    private static final int MAX_READINGS = 4;

    static {
        for (SourcedTable.Row r : SourcedTable.read(LoanwordNames.class, "loanword-names.tsv", 3,
                "transcription<TAB>latin spellings<TAB>source")) {
            LATIN.merge(r.fields()[0], r.fields()[1].strip().split("\\s+"), (a, b) -> {
                List<String> all = new ArrayList<>(List.of(a));
                for (String x : b) {
                    if (!all.contains(x)) {
                        all.add(x);
                    }
                }
                return all.toArray(new String[0]);
            });
        }
    }

    private LoanwordNames() {
    }

    /** The Latin spellings the table gives a transcribed word (empty when it holds none). */
    static List<String> spellings(String word) {
        String[] s = LATIN.get(word);
        return s == null ? List.of() : List.of(s);
    }

    /** Whether the table gives the transcribed word this Latin spelling (lower case): ジョーンズ "jones". */
    public static boolean spells(String word, String latin) {
        String[] s = LATIN.get(word);
        if (s != null) {
            for (String x : s) {
                if (x.equals(latin)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The letters (bit a..z) the table's spellings of the transcribed word begin with; 0 when it holds none. */
    public static int firstLetters(String word) {
        String[] s = LATIN.get(word);
        int m = 0;
        for (int i = 0; s != null && i < s.length; i++) {
            char c = s[i].isEmpty() ? 0 : s[i].charAt(0);
            m |= c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 0;
        }
        return m;
    }

    /** A name in katakana, in Han parted by a middle dot, or in Hangul of two words or more, with its known words in
     *  their Latin spellings and the others as {@link LoanwordReading} reads them; empty when it holds no known word. */
    public static List<String> readings(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String[] words;
        int script;
        if (LoanwordReading.isKatakana(name)) {
            words = name.split("[\\u30FB\\u00B7\\s=\\uFF1D]+");
            script = 0;
        } else if (LoanwordSpelling.hanTranscription(name)) {
            words = LoanwordSpelling.words(name);
            script = 1;
        } else if (LoanwordReading.hangul(name) != null) {
            words = name.strip().split("\\s+");
            script = 2;
        } else {
            return List.of();
        }
        List<List<String>> options = new ArrayList<>(words.length);
        boolean known = false;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            List<String> latin = spellings(w);
            if (!latin.isEmpty()) {
                options.add(latin);
                known = true;
                continue;
            }
            String read = switch (script) {
                case 0 -> LoanwordReading.katakanaWord(w, false);
                case 1 -> LoanwordReading.hanWord(w);
                default -> LoanwordReading.hangulWord(Words.codePoints(w));
            };
            if (read == null || read.isEmpty()) {
                return List.of();
            }
            // katakana's r-row letters as r, and as l (Japanese has one consonant for both), as LoanwordReading reads them
            String l = script == 0 ? LoanwordReading.katakanaWord(w, true) : read;
            options.add(l.equals(read) ? List.of(read) : List.of(read, l));
        }
        if (!known) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        combine(options, 0, new StringBuilder(), out);
        return out;
    }

    private static void combine(List<List<String>> options, int i, StringBuilder prefix, List<String> out) {
        if (out.size() >= MAX_READINGS) {
            return;
        }
        if (i == options.size()) {
            out.add(prefix.toString());
            return;
        }
        for (String o : options.get(i)) {
            int length = prefix.length();
            prefix.append(length == 0 ? "" : " ").append(o);
            combine(options, i + 1, prefix, out);
            prefix.setLength(length);
        }
    }
}
