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
 * Writes {@code devanagari-fold.tsv}, {@link DevanagariFold}'s table, from ICU itself. Every reading is what
 * {@link Transliterate#ANY_ASCII_ID} gives a short word: a unit (a consonant, or a consonant and a nukta) alone, with a
 * virama, before the vowel sign ि (ICU's reading of the unit with ि, less the sign's own reading, which is ICU's
 * reading of क with the sign less that of क्); each vowel sign alone; each independent vowel alone and after क (after
 * a vowel); each of the anusvara, candrabindu and visarga after क. A unit is left out where ICU reads it with some
 * vowel sign otherwise than the two readings one after the other. Whether a reading ends as a vowel is what ICU gives
 * the same letters followed by अ. Then, for every unit with a virama, every unit with a vowel sign and every sign,
 * before every letter of the table, it compares the table's reading with ICU's and, where ICU reads the first part
 * otherwise and the rest alike, keeps that reading for that following letter ("क्ह" "k'ha": H, P, A lines). Last it
 * compares every such pair, every three-letter word and the units with every vowel sign before every letter with ICU
 * and marks, where they still differ, the pair of letters where the word's last unit meets what follows as one ICU
 * reads otherwise (X: the word goes to ICU; in ICU 78 the candrabindu before the anusvara, which ICU reads as one mark).
 * {@code DevanagariFoldTest} checks that the committed table is what this writes and compares longer words with ICU;
 * after an ICU upgrade, regenerate: {@code mvn -q -pl interdict-core test-compile}, then {@code java -cp
 * "interdict-core/target/test-classes:interdict-core/target/classes:<icu4j jar>"
 * io.interdict.core.names.DevanagariFoldTableGenerator interdict-core/src/main/resources/io/interdict/core/names/devanagari-fold.tsv}.
 */
final class DevanagariFoldTableGenerator {
    private static final char KA = '\u0915';
    private static final char I_SIGN = '\u093F';
    private static final char A = '\u0905';

    private DevanagariFoldTableGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), table(), StandardCharsets.US_ASCII);
    }

    /** The letters the table reads: signs, independent vowels, consonants, nukta, vowel signs, virama. */
    static List<Character> letters() {
        List<Character> out = new ArrayList<>();
        for (char c = '\u0901'; c <= DevanagariFold.VIRAMA; c++) {
            if (DevanagariFold.sign(c) || DevanagariFold.independentVowel(c) || DevanagariFold.consonant(c)
                    || c == DevanagariFold.NUKTA || DevanagariFold.vowelSign(c) || c == DevanagariFold.VIRAMA) {
                out.add(c);
            }
        }
        return out;
    }

    static String table() {
        Transliterator icu = Transliterator.getInstance(Transliterate.ANY_ASCII_ID);
        DevanagariFold.Tables t = new DevanagariFold.Tables();
        List<Character> letters = letters();
        String ka = icu.transliterate("" + KA);
        String halfKa = icu.transliterate("" + KA + DevanagariFold.VIRAMA);
        for (char m : letters) {
            if (DevanagariFold.vowelSign(m)) {
                String withKa = icu.transliterate("" + KA + m);
                if (withKa.startsWith(halfKa)) {
                    t.sign[m - DevanagariFold.FIRST] = withKa.substring(halfKa.length());
                    t.signAtStart[m - DevanagariFold.FIRST] = icu.transliterate("" + m);
                }
            } else if (DevanagariFold.independentVowel(m)) {
                String alone = icu.transliterate("" + m);
                String afterKa = icu.transliterate("" + KA + m);
                if (afterKa.startsWith(ka)) {
                    t.vowel[m - DevanagariFold.FIRST] = alone;
                    t.vowelAfterVowel[m - DevanagariFold.FIRST] = afterKa.substring(ka.length());
                }
            } else if (DevanagariFold.sign(m)) {
                String afterKa = icu.transliterate("" + KA + m);
                if (afterKa.startsWith(ka)) {
                    t.mark[m - DevanagariFold.FIRST] = afterKa.substring(ka.length());
                }
            }
        }
        String iSign = t.sign[I_SIGN - DevanagariFold.FIRST];
        for (char c : letters) {
            if (!DevanagariFold.consonant(c)) {
                continue;
            }
            for (boolean nukta : new boolean[] {false, true}) {
                String s = nukta ? "" + c + DevanagariFold.NUKTA : "" + c;
                String withI = icu.transliterate(s + I_SIGN);
                if (!withI.endsWith(iSign)) {
                    continue;
                }
                String pre = withI.substring(0, withI.length() - iSign.length());
                boolean alike = true;
                for (char m : letters) {
                    String sign = DevanagariFold.vowelSign(m) ? t.sign[m - DevanagariFold.FIRST] : null;
                    alike &= sign == null || icu.transliterate(s + m).equals(pre + sign);
                }
                if (alike) {
                    int u = DevanagariFold.Tables.unit(c, nukta);
                    t.alone[u] = icu.transliterate(s);
                    t.beforeSign[u] = pre;
                    t.beforeVirama[u] = icu.transliterate(s + DevanagariFold.VIRAMA);
                }
            }
        }
        // Whether each reading ends as a vowel: what ICU gives the letters before अ.
        String aAfterVowel = t.vowelAfterVowel[A - DevanagariFold.FIRST];
        for (int u = 0; u < t.alone.length; u++) {
            if (t.alone[u] != null) {
                String s = unitText(u);
                t.aloneVowelEnd[u] = icu.transliterate(s + A).equals(t.alone[u] + aAfterVowel);
                t.viramaVowelEnd[u] = icu.transliterate(s + DevanagariFold.VIRAMA + A).equals(t.beforeVirama[u] + aAfterVowel);
            }
        }
        for (char m : letters) {
            int i = m - DevanagariFold.FIRST;
            if (t.sign[i] != null) {
                t.signVowelEnd[i] = icu.transliterate("" + KA + m + A).equals(halfKa + t.sign[i] + aAfterVowel);
                t.signAtStartVowelEnd[i] = icu.transliterate("" + m + A).equals(t.signAtStart[i] + aAfterVowel);
            } else if (t.vowel[i] != null) {
                t.vowelEnd[i] = icu.transliterate("" + m + A).equals(t.vowel[i] + aAfterVowel);
            } else if (t.mark[i] != null) {
                t.vowelEnd[i] = icu.transliterate("" + KA + m + A).equals(ka + t.mark[i] + aAfterVowel);
            }
        }
        // Readings by the letter that follows.
        for (char next : letters) {
            for (int u = 0; u < t.alone.length; u++) {
                if (t.alone[u] != null) {
                    String s = unitText(u);
                    String h = byNext(icu, t, s + DevanagariFold.VIRAMA, t.beforeVirama[u], "", next);
                    if (h != null) {
                        t.put(t.viramaBefore, u, next, h);
                    }
                    String p = byNext(icu, t, s + I_SIGN, t.beforeSign[u], iSign, next);
                    if (p != null) {
                        t.put(t.signBefore, u, next, p);
                    }
                }
            }
            for (char m : letters) {
                if (t.mark[m - DevanagariFold.FIRST] != null) {
                    String a = byNext(icu, t, "" + KA + m, ka + t.mark[m - DevanagariFold.FIRST], "", next);
                    if (a != null && a.startsWith(ka)) {
                        t.put(t.markBefore, m - DevanagariFold.FIRST, next, a.substring(ka.length()));
                    }
                }
            }
        }
        // Last, the words the table still reads otherwise: their last pair of letters goes to ICU.
        TreeSet<String> further = new TreeSet<>();
        for (String w : checkedWords(t, letters)) {
            String model = t.read(w);
            if (model != null && !model.equals(icu.transliterate(w))) {
                String pair = w.substring(w.length() - 2);
                further.add(pair);
                t.further[pair.charAt(0) - DevanagariFold.FIRST][pair.charAt(1) - DevanagariFold.FIRST] = true;
            }
        }
        // Marking a pair can only send more words to ICU; the words are checked again, and must now all agree.
        for (String w : checkedWords(t, letters)) {
            String model = t.read(w);
            if (model != null && !model.equals(icu.transliterate(w))) {
                throw new IllegalStateException("ICU reads " + w + " otherwise than the table even with its pair marked: "
                        + "DevanagariFold must change");
            }
        }
        return write(t, letters, further);
    }

    /** The reading of the first part (text, read reading + signReading alone) before next where ICU reads it otherwise
     *  and the rest alike; null where it reads alike, or the rest too differs (then the words' check marks the pair). */
    private static String byNext(Transliterator icu, DevanagariFold.Tables t, String text, String reading, String signReading,
            char next) {
        String rest = t.read(text + next);
        String head = t.read(text);
        if (rest == null || head == null || !rest.startsWith(reading + signReading)) {
            return null;
        }
        String tail = rest.substring(reading.length() + signReading.length());
        String whole = icu.transliterate(text + next);
        if (whole.equals(rest) || !whole.endsWith(signReading + tail)) {
            return null;
        }
        return whole.substring(0, whole.length() - signReading.length() - tail.length());
    }

    /** Every unit (alone, with a virama, with each vowel sign), vowel and sign before every letter and at the end,
     *  and every word of three letters. */
    private static List<String> checkedWords(DevanagariFold.Tables t, List<Character> letters) {
        List<String> heads = new ArrayList<>();
        for (int u = 0; u < t.alone.length; u++) {
            if (t.alone[u] != null) {
                String s = unitText(u);
                heads.add(s);
                heads.add(s + DevanagariFold.VIRAMA);
                for (char m : letters) {
                    if (DevanagariFold.vowelSign(m)) {
                        heads.add(s + m);
                    }
                }
            }
        }
        for (char c : letters) {
            if (!DevanagariFold.consonant(c)) {
                heads.add("" + c);
                heads.add("" + KA + c);
            }
        }
        List<String> words = new ArrayList<>();
        for (String h : heads) {
            words.add(h);
            for (char c : letters) {
                words.add(h + c);
            }
        }
        for (char a : letters) {
            for (char b : letters) {
                for (char c : letters) {
                    words.add("" + a + b + c);
                }
            }
        }
        return words;
    }

    private static String unitText(int u) {
        char c = (char) (DevanagariFold.FIRST + u / 2);
        return u % 2 == 1 ? "" + c + DevanagariFold.NUKTA : "" + c;
    }

    private static String write(DevanagariFold.Tables t, List<Character> letters, TreeSet<String> further) {
        StringBuilder out = new StringBuilder();
        out.append("# ICU4J ").append(com.ibm.icu.util.VersionInfo.ICU_VERSION).append(" \"").append(Transliterate.ANY_ASCII_ID)
                .append("\" of Devanagari: U a consonant (with a nukta) alone, before a vowel sign, before a virama, and\n")
                .append("# whether an independent vowel after those two reads as after a vowel; S a vowel sign after a consonant\n")
                .append("# and at the start of a word (and the same); V an independent vowel, and after a vowel; M a sign (anusvara,\n")
                .append("# candrabindu, visarga); H, P, A a unit before a virama, a unit before a vowel sign, a sign, where they read\n")
                .append("# otherwise before the last letter; X a pair of letters ICU reads otherwise (the word goes to ICU).\n")
                .append("# Readings as hexadecimal UTF-16 units. Generated by DevanagariFoldTableGenerator (interdict-core tests)\n")
                .append("# from ICU's data (Unicode licence). Never edit by hand.\n");
        for (int u = 0; u < t.alone.length; u++) {
            if (t.alone[u] != null) {
                out.append("U\t").append(hex(unitText(u))).append('\t').append(HexTables.units(t.alone[u])).append('\t')
                        .append(HexTables.units(t.beforeSign[u])).append('\t').append(HexTables.units(t.beforeVirama[u])).append('\t')
                        .append(t.aloneVowelEnd[u] ? '1' : '0').append(t.viramaVowelEnd[u] ? '1' : '0').append('\n');
            }
        }
        for (char c : letters) {
            int i = c - DevanagariFold.FIRST;
            if (t.sign[i] != null) {
                out.append("S\t").append(hex("" + c)).append('\t').append(HexTables.units(t.sign[i])).append('\t')
                        .append(HexTables.units(t.signAtStart[i])).append('\t').append(t.signVowelEnd[i] ? '1' : '0')
                        .append(t.signAtStartVowelEnd[i] ? '1' : '0').append('\n');
            } else if (t.vowel[i] != null) {
                out.append("V\t").append(hex("" + c)).append('\t').append(HexTables.units(t.vowel[i])).append('\t')
                        .append(HexTables.units(t.vowelAfterVowel[i])).append('\t').append(t.vowelEnd[i] ? '1' : '0').append('\n');
            } else if (t.mark[i] != null) {
                out.append("M\t").append(hex("" + c)).append('\t').append(HexTables.units(t.mark[i])).append('\t')
                        .append(t.vowelEnd[i] ? '1' : '0').append('\n');
            }
        }
        writeByNext(out, "H", t.viramaBefore, true);
        writeByNext(out, "P", t.signBefore, true);
        writeByNext(out, "A", t.markBefore, false);
        for (String pair : further) {
            out.append("X\t").append(hex(pair)).append("\t\n");
        }
        return out.toString();
    }

    private static void writeByNext(StringBuilder out, String kind, String[][] table, boolean units) {
        Map<String, String> lines = new TreeMap<>();
        for (int row = 0; row < table.length; row++) {
            if (table[row] == null) {
                continue;
            }
            for (int next = 0; next < table[row].length; next++) {
                if (table[row][next] != null) {
                    String first = units ? unitText(row) : "" + (char) (DevanagariFold.FIRST + row);
                    lines.put(hex(first + (char) (DevanagariFold.FIRST + next)), HexTables.units(table[row][next]));
                }
            }
        }
        lines.forEach((k, v) -> out.append(kind).append('\t').append(k).append('\t').append(v).append('\n'));
    }

    private static String hex(String s) {
        return HexTables.units(s);
    }
}
