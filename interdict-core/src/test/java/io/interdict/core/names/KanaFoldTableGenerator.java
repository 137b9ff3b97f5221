package io.interdict.core.names;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes {@code kana-fold.tsv}, {@link KanaFold}'s table, from ICU itself: what {@link Transliterate#ANY_ASCII_ID} gives
 * each mora alone (a katakana letter, or a letter and a small kana ICU reads as one mora with it: T), and, for each mora before each letter, where ICU
 * reads the pair otherwise than the two one after the other, the mora's reading before that letter when ICU's reading
 * ends with the letter's (B: the sokuon, ん), else the letter's after that mora when it begins with the mora's (A: the
 * long-vowel mark), else the pair as one ICU reads otherwise (X). Then it compares with ICU every pair of morae and every
 * three-letter run with a sokuon, ん or long-vowel mark in it, in katakana and in hiragana, marking the run's last pair
 * X where one still differs, and fails if one differs after that. {@code KanaFoldTest} checks that the committed table
 * is what this writes and compares longer runs with ICU; after an ICU upgrade, regenerate: {@code mvn -q -pl
 * interdict-core test-compile}, then {@code java -cp "interdict-core/target/test-classes:interdict-core/target/classes:<icu4j
 * jar>" io.interdict.core.names.KanaFoldTableGenerator interdict-core/src/main/resources/io/interdict/core/names/kana-fold.tsv}.
 */
final class KanaFoldTableGenerator {
    private static final String MARKS = "" + KanaFold.SOKUON + '\u30F3' + KanaFold.LONG_VOWEL;

    private KanaFoldTableGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), table(), StandardCharsets.US_ASCII);
    }

    /** The letters a mora begins with: katakana letters but the small ones (ヵ and ヶ too, which ICU reads with a
     *  mark of their own, "~ka"), and the long-vowel mark. */
    static List<Character> letters() {
        List<Character> out = new ArrayList<>();
        for (char c = KanaFold.FIRST; c <= '\u30FA'; c++) {
            if (Character.isLetter(c) && !KanaFold.small(c) && c != '\u30F5' && c != '\u30F6') {
                out.add(c);
            }
        }
        out.add(KanaFold.LONG_VOWEL);
        return out;
    }

    /** The morae: each letter, and each letter but the sokuon, ん and the long-vowel mark with each small kana that ICU
     *  reads as one mora with it (not "アァ", which it reads "a~a"). */
    static List<String> morae(Transliterator icu) {
        List<String> out = new ArrayList<>();
        for (char c : letters()) {
            out.add(String.valueOf(c));
            if (MARKS.indexOf(c) < 0) {
                for (char s : KanaFold.SMALL.toCharArray()) {
                    if (icu.transliterate("" + c + s).indexOf('~') < 0) {
                        out.add("" + c + s);
                    }
                }
            }
        }
        return out;
    }

    static String table() {
        Transliterator icu = Transliterator.getInstance(Transliterate.ANY_ASCII_ID);
        KanaFold.Tables t = new KanaFold.Tables();
        List<String> morae = morae(icu);
        List<Character> letters = letters();
        for (String m : morae) {
            t.morae.put(m, icu.transliterate(m));
        }
        for (String m : morae) {
            for (char c : letters) {
                String whole = icu.transliterate(m + c);
                String first = t.morae.get(m);
                String second = t.morae.get(String.valueOf(c));
                if (whole.equals(first + second)) {
                    continue;
                }
                String k = m + '\t' + c;
                if (whole.endsWith(second)) {
                    t.before.put(k, whole.substring(0, whole.length() - second.length()));
                } else if (whole.startsWith(first)) {
                    t.after.put(k, whole.substring(first.length()));
                } else {
                    t.further.add(k);
                }
            }
        }
        List<String> runs = new ArrayList<>();
        for (String a : morae) {
            for (String b : morae) {
                runs.add(a + b);
            }
        }
        for (char a : letters) {
            for (char b : letters) {
                for (char c : letters) {
                    if (MARKS.indexOf(a) >= 0 || MARKS.indexOf(b) >= 0 || MARKS.indexOf(c) >= 0) {
                        runs.add("" + a + b + c);
                    }
                }
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            for (String run : runs) {
                for (String w : new String[] {run, hiragana(run)}) {
                    String model = w == null ? null : KanaFold.katakana(w) == null ? null : t.read(KanaFold.katakana(w));
                    String whole = model == null ? null : Transliterate.SYLLABLE_BREAKS.matcher(icu.transliterate(w)).replaceAll("");
                    if (model != null && !model.equals(whole)) {
                        if (pass == 1) {
                            throw new IllegalStateException("ICU reads " + w + " otherwise than the table with its pair marked: KanaFold must change");
                        }
                        // The run's last pair of units.
                        String k = KanaFold.katakana(w);
                        String last = lastPair(k, t);
                        t.further.add(last);
                        t.before.remove(last);
                        t.after.remove(last);
                    }
                }
            }
        }
        return write(t, morae);
    }

    /** The run in hiragana, or null when a letter has no hiragana (ヷ, the long-vowel mark alone is kept). */
    private static String hiragana(String run) {
        char[] k = run.toCharArray();
        for (int i = 0; i < k.length; i++) {
            if (k[i] != KanaFold.LONG_VOWEL) {
                if (k[i] > '\u30F6') {
                    return null;
                }
                k[i] -= 0x60;
            }
        }
        return new String(k);
    }

    /** The key of the run's last two units (a mora, then the next one's first letter). */
    private static String lastPair(String run, KanaFold.Tables t) {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < run.length(); i++) {
            boolean pair = i + 1 < run.length() && KanaFold.small(run.charAt(i + 1)) && t.morae.containsKey(run.substring(i, i + 2));
            units.add(pair ? run.substring(i, i + 2) : run.substring(i, i + 1));
            i += pair ? 1 : 0;
        }
        return units.get(units.size() - 2) + '\t' + units.get(units.size() - 1).charAt(0);
    }

    private static String write(KanaFold.Tables t, List<String> morae) {
        StringBuilder out = new StringBuilder();
        out.append("# ICU4J ").append(com.ibm.icu.util.VersionInfo.ICU_VERSION).append(" \"").append(Transliterate.ANY_ASCII_ID)
                .append("\" of katakana (hiragana reads as its katakana): T a mora alone (a letter, or a letter\n")
                .append("# and a small kana); B a mora before a letter, A a letter after a mora, where they read otherwise; X a mora and\n")
                .append("# a letter ICU reads otherwise (the run goes to ICU). Readings as hexadecimal UTF-16 units. Generated by\n")
                .append("# KanaFoldTableGenerator (interdict-core tests) from ICU's data (Unicode licence). Never edit by hand.\n");
        for (String m : morae) {
            out.append("T\t").append(HexTables.units(m)).append('\t').append(HexTables.units(t.morae.get(m))).append('\n');
        }
        lines(out, "B", new TreeMap<>(t.before));
        lines(out, "A", new TreeMap<>(t.after));
        for (String k : new TreeSet<>(t.further)) {
            out.append("X\t").append(HexTables.units(k.replace("\t", ""))).append("\t\n");
        }
        return out.toString();
    }

    private static void lines(StringBuilder out, String kind, Map<String, String> m) {
        m.forEach((k, v) -> out.append(kind).append('\t').append(HexTables.units(k.replace("\t", ""))).append('\t')
                .append(HexTables.units(v)).append('\n'));
    }
}
