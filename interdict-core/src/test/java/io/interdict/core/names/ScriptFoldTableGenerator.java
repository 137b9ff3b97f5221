package io.interdict.core.names;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code script-fold.tsv}, {@link ScriptFold}'s table, from ICU itself: the letters of the alphabets and
 * abjads that ICU transliterates one letter at a time, each with what {@link Transliterate#ANY_ASCII_ID} gives it
 * alone. A letter is in the table only when, next to every other letter of its script in the table, on either
 * side, ICU gives the two letters' outputs one after the other: ICU's rules for a few letters look at their
 * neighbours (Cyrillic "е" is "ye" after a vowel, Greek "ου" is "ou", Hebrew points, Arabic Quranic marks), so
 * the pairs that differ are collected and, most connected first, their letters are left out until none differs.
 * {@code ScriptFoldTest} checks that the committed table is what this writes and compares longer words with ICU;
 * after an ICU upgrade, regenerate: {@code mvn -q -pl interdict-core test-compile}, then {@code java -cp
 * "interdict-core/target/test-classes:interdict-core/target/classes:<icu4j jar>"
 * io.interdict.core.names.ScriptFoldTableGenerator interdict-core/src/main/resources/io/interdict/core/names/script-fold.tsv}.
 */
final class ScriptFoldTableGenerator {
    /** Greek, Cyrillic, Armenian, Hebrew, Arabic (and its supplement), Georgian. Syllabaries and abugidas
     *  (Devanagari, Thai, Hangul) are left out: there nearly every letter's reading depends on its neighbours. */
    static final int[][] RANGES = {
        {0x0370, 0x03FF}, {0x0400, 0x052F}, {0x0530, 0x058F}, {0x0590, 0x05FF},
        {0x0600, 0x06FF}, {0x0750, 0x077F}, {0x10A0, 0x10FF},
    };

    private ScriptFoldTableGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), table(), StandardCharsets.US_ASCII);
    }

    static String table() {
        Transliterator icu = Transliterator.getInstance(Transliterate.ANY_ASCII_ID);
        Normalizer2 folded = Normalizer2.getNFKCCasefoldInstance();
        // Candidates by script: letters and marks that case-folded text can hold (the pipeline folds first).
        Map<Character.UnicodeScript, List<Character>> byScript = new LinkedHashMap<>();
        Map<Character, String> alone = new TreeMap<>();
        for (int[] r : RANGES) {
            for (int c = r[0]; c <= r[1]; c++) {
                int type = Character.getType(c);
                boolean letterOrMark = Character.isLetter(c) || type == Character.NON_SPACING_MARK
                        || type == Character.COMBINING_SPACING_MARK;
                String s = String.valueOf((char) c);
                if (!Character.isDefined(c) || !letterOrMark || !folded.isNormalized(s)) {
                    continue;
                }
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED) {
                    continue;
                }
                byScript.computeIfAbsent(script, k -> new ArrayList<>()).add((char) c);
                alone.put((char) c, icu.transliterate(s));
            }
        }
        Map<Character, String> kept = new TreeMap<>();
        for (List<Character> letters : byScript.values()) {
            // The pairs ICU reads otherwise than letter by letter, as a graph; then its most connected letters out.
            Map<Character, List<Character>> differs = new TreeMap<>();
            for (char a : letters) {
                for (char b : letters) {
                    if (!icu.transliterate("" + a + b).equals(alone.get(a) + alone.get(b))) {
                        differs.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
                        differs.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
                    }
                }
            }
            List<Character> left = new ArrayList<>(letters);
            while (true) {
                char worst = 0;
                int most = 0;
                for (char c : left) {
                    int n = 0;
                    for (char d : differs.getOrDefault(c, List.of())) {
                        n += left.contains(d) ? 1 : 0;
                    }
                    if (n > most) {
                        most = n;
                        worst = c;
                    }
                }
                if (most == 0) {
                    break;
                }
                left.remove((Character) worst);
            }
            for (char c : left) {
                kept.put(c, alone.get(c));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# ICU4J ").append(com.ibm.icu.util.VersionInfo.ICU_VERSION).append(" \"")
                .append(Transliterate.ANY_ASCII_ID)
                .append("\" of each letter alone, for the letters it reads alike whatever their neighbours:\n")
                .append("# code point<TAB>its reading, as hexadecimal UTF-16 units. Generated by ScriptFoldTableGenerator\n")
                .append("# (interdict-core tests) from ICU's data (Unicode licence). Never edit by hand.\n");
        for (Map.Entry<Character, String> e : kept.entrySet()) {
            out.append(String.format("%04X", (int) e.getKey())).append('\t');
            out.append(HexTables.units(e.getValue())).append('\n');
        }
        return out.toString();
    }
}
