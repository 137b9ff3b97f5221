package io.interdict.core.names;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code cyrillic-fold.tsv}, {@link CyrillicFold}'s table, from ICU itself: for each basic Cyrillic letter
 * what {@link Transliterate#ANY_ASCII_ID} gives it alone (A), and for each pair of letters, where it differs, what
 * ICU adds for the second after the first (P). It checks what the table rests on and fails when ICU no longer reads
 * that way: ICU's reading of every pair begins with its reading of the first letter. Then it reads every
 * three-letter word by the table and, where ICU reads one otherwise, marks one of its two pairs as one where ICU
 * looks further back (X), the pair most such words hold first, until every word that holds no marked pair reads as
 * ICU reads it (17 pairs in ICU 78, all where vowels meet). For a marked pair it then writes what ICU adds for the
 * second letter after the letter before the pair, or at the start of a word (T), compares every word of up to four
 * letters holding a marked pair with ICU, and drops the triples such words still read otherwise (the most held
 * first; 1,215 triples kept in ICU 78). The letters are the basic ones, the modifier apostrophe "ʼ",
 * which ICU reads as a letter, and the ASCII letters (a Cyrillic word typed with a Latin letter in it).
 * {@code CyrillicFoldTest} checks that the committed table is what this writes and compares longer words with ICU;
 * after an ICU upgrade, regenerate: {@code mvn -q -pl interdict-core test-compile}, then {@code java -cp
 * "interdict-core/target/test-classes:interdict-core/target/classes:<icu4j jar>"
 * io.interdict.core.names.CyrillicFoldTableGenerator interdict-core/src/main/resources/io/interdict/core/names/cyrillic-fold.tsv}.
 */
final class CyrillicFoldTableGenerator {
    private CyrillicFoldTableGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), table(), StandardCharsets.US_ASCII);
    }

    static String table() {
        Transliterator icu = Transliterator.getInstance(Transliterate.ANY_ASCII_ID);
        List<Character> letters = new ArrayList<>();
        for (char c = CyrillicFold.FIRST; c <= CyrillicFold.LAST; c++) {
            if (Character.isLetter(c)) {
                letters.add(c);
            }
        }
        letters.add(CyrillicFold.APOSTROPHE);
        for (char c = 'a'; c <= 'z'; c++) {
            letters.add(c);
        }
        int size = CyrillicFold.LAST - CyrillicFold.FIRST + 2 + 26;
        String[] alone = new String[size];
        String[][] after = new String[size][size];
        for (char c : letters) {
            alone[CyrillicFold.index(c)] = icu.transliterate(String.valueOf(c));
        }
        for (char p : letters) {
            for (char c : letters) {
                String both = icu.transliterate("" + p + c);
                String first = alone[CyrillicFold.index(p)];
                require(both.startsWith(first), "" + p + c);
                after[CyrillicFold.index(p)][CyrillicFold.index(c)] = both.substring(first.length());
            }
        }
        // Three-letter words the table reads otherwise than ICU, as their two pairs.
        java.util.List<java.util.List<String>> otherwise = new ArrayList<>();
        for (char x : letters) {
            if (x == CyrillicFold.APOSTROPHE || x < CyrillicFold.FIRST) {
                continue;   // a word beginning with the apostrophe or a Latin letter goes to ICU (or is Latin)
            }
            for (char y : letters) {
                for (char z : letters) {
                    String model = alone[CyrillicFold.index(x)] + after[CyrillicFold.index(x)][CyrillicFold.index(y)]
                            + after[CyrillicFold.index(y)][CyrillicFold.index(z)];
                    if (!icu.transliterate("" + x + y + z).equals(model)) {
                        otherwise.add(List.of("" + x + y, "" + y + z));
                    }
                }
            }
        }
        java.util.Set<String> further = new java.util.TreeSet<>(mostHeldFirst(otherwise));
        // T: the second letter of a marked pair read by the letter before the pair (or at the word's start): what ICU adds
        // for it after the two letters before. Then every word of up to four letters holding a marked pair is read by the
        // table and compared with ICU; a triple such a word still reads otherwise is dropped (the word goes to ICU), the
        // triple most such words hold first, until every word that holds no dropped triple reads as ICU reads it.
        int start = CyrillicFold.START;
        java.util.Map<Integer, String> triples = new java.util.TreeMap<>();
        java.util.Map<Integer, String> tripleText = new java.util.HashMap<>();
        for (String pair : further) {
            char p = pair.charAt(0);
            char c = pair.charAt(1);
            String atStart = icu.transliterate(pair);
            String first = alone[CyrillicFold.index(p)];
            if (atStart.startsWith(first)) {
                int k = CyrillicFold.tripleKey(start, CyrillicFold.index(p), CyrillicFold.index(c));
                triples.put(k, atStart.substring(first.length()));
                tripleText.put(k, "^" + pair);
            }
            for (char x : letters) {
                String withPair = icu.transliterate("" + x + p + c);
                String without = icu.transliterate("" + x + p);
                if (withPair.startsWith(without)) {
                    int k = CyrillicFold.tripleKey(CyrillicFold.index(x), CyrillicFold.index(p), CyrillicFold.index(c));
                    triples.put(k, withPair.substring(without.length()));
                    tripleText.put(k, "" + x + p + c);
                }
            }
        }
        java.util.List<String> words = new ArrayList<>();
        for (String pair : further) {
            for (char x : letters) {
                if (x >= CyrillicFold.FIRST && x <= CyrillicFold.LAST) {
                    words.add("" + x + pair);   // the pair second
                }
                words.add(pair + x);            // the pair first
                for (char y : letters) {
                    if (x >= CyrillicFold.FIRST && x <= CyrillicFold.LAST) {
                        words.add("" + x + y + pair);
                        words.add("" + x + pair + y);
                    }
                    words.add(pair + x + y);
                }
            }
        }
        java.util.List<java.util.List<Integer>> wrong = new ArrayList<>();
        for (String w : words) {
            java.util.List<Integer> held = new ArrayList<>();
            StringBuilder model = new StringBuilder();
            boolean read = true;
            for (int i = 0; i < w.length() && read; i++) {
                int c = CyrillicFold.index(w.charAt(i));
                if (i == 0) {
                    model.append(alone[c]);
                    continue;
                }
                int prev = CyrillicFold.index(w.charAt(i - 1));
                if (further.contains(w.substring(i - 1, i + 1))) {
                    int k = CyrillicFold.tripleKey(i == 1 ? start : CyrillicFold.index(w.charAt(i - 2)), prev, c);
                    String t = triples.get(k);
                    read = t != null;
                    model.append(t);
                    held.add(k);
                } else {
                    model.append(after[prev][c]);
                }
            }
            if (read && !icu.transliterate(w).equals(model.toString())) {
                wrong.add(held);
            }
        }
        triples.keySet().removeAll(mostHeldFirst(wrong));
        StringBuilder out = new StringBuilder();
        out.append("# ICU4J ").append(com.ibm.icu.util.VersionInfo.ICU_VERSION).append(" \"").append(Transliterate.ANY_ASCII_ID)
                .append("\" of the basic Cyrillic letters: A a letter alone (at the start of a word),\n")
                .append("# P the second letter after the first where that differs, X a pair where ICU looks further back (the word\n")
                .append("# goes to ICU unless a T line reads it), T the second letter of such a pair after the letter before the\n")
                .append("# pair (^: at the word's start); readings as hexadecimal UTF-16 units.\n")
                .append("# Generated by CyrillicFoldTableGenerator (interdict-core tests) from ICU's data (Unicode licence). Never edit by hand.\n");
        for (char c : letters) {
            out.append("A\t").append(String.format("%04X", (int) c)).append('\t').append(HexTables.units(alone[CyrillicFold.index(c)])).append('\n');
        }
        for (char p : letters) {
            for (char c : letters) {
                String a = after[CyrillicFold.index(p)][CyrillicFold.index(c)];
                if (!a.equals(alone[CyrillicFold.index(c)])) {
                    out.append("P\t").append(String.format("%04X %04X", (int) p, (int) c)).append('\t').append(HexTables.units(a)).append('\n');
                }
            }
        }
        for (String pair : further) {
            out.append("X\t").append(String.format("%04X %04X", (int) pair.charAt(0), (int) pair.charAt(1))).append("\t\n");
        }
        java.util.List<String> tLines = new ArrayList<>();
        for (java.util.Map.Entry<Integer, String> e : triples.entrySet()) {
            String t = tripleText.get(e.getKey());
            String key = t.charAt(0) == '^' ? String.format("^ %04X %04X", (int) t.charAt(1), (int) t.charAt(2))
                    : String.format("%04X %04X %04X", (int) t.charAt(0), (int) t.charAt(1), (int) t.charAt(2));
            tLines.add("T\t" + key + "\t" + HexTables.units(e.getValue()) + "\n");
        }
        java.util.Collections.sort(tLines);
        tLines.forEach(out::append);
        return out.toString();
    }

    /**
     * The elements to set apart so that no word is left (each word a list of the elements it holds, those that read
     * otherwise than ICU): greedily, the element most words hold first (ties: the least), then those still needed.
     */
    static <T extends Comparable<T>> List<T> mostHeldFirst(List<List<T>> words) {
        List<List<T>> left = new ArrayList<>(words);
        List<T> chosen = new ArrayList<>();
        while (!left.isEmpty()) {
            java.util.Map<T, Integer> held = new java.util.TreeMap<>();
            for (List<T> w : left) {
                for (T t : w) {
                    held.merge(t, 1, Integer::sum);
                }
            }
            T most = null;
            for (java.util.Map.Entry<T, Integer> e : held.entrySet()) {
                if (most == null || e.getValue() > held.get(most)) {
                    most = e.getKey();
                }
            }
            T marked = most;
            chosen.add(marked);
            left.removeIf(w -> w.contains(marked));
        }
        return chosen;
    }

    private static void require(boolean holds, String where) {
        if (!holds) {
            throw new IllegalStateException("ICU no longer reads Cyrillic letter after letter (" + where + "): CyrillicFold must change");
        }
    }
}
