package io.interdict.core.names;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code thai-fold.tsv}, {@link ThaiFold}'s table, from ICU itself: what {@link Transliterate#ANY_ASCII_ID} gives
 * each consonant alone, each vowel and mark after ก (less ก's reading), each leading vowel before ก (the same), without
 * the syllable breaks {@link Transliterate} removes, and where ICU reads a mark after a consonant otherwise, that reading
 * (P: after ษ, as ษ's reading ends in a modifier prime, after which Latin-ASCII keeps a tone mark), or, where ICU's
 * reading of the two does not begin with the consonant's, the pair (X: the run goes to ICU). Then it reads every run of up to three letters the table accepts
 * and fails if ICU reads one otherwise ({@code ThaiFold} would have to change). {@code ThaiFoldTest} checks that the
 * committed table is what this writes and compares longer runs with ICU; after an ICU upgrade, regenerate: {@code mvn
 * -q -pl interdict-core test-compile}, then {@code java -cp
 * "interdict-core/target/test-classes:interdict-core/target/classes:<icu4j jar>"
 * io.interdict.core.names.ThaiFoldTableGenerator interdict-core/src/main/resources/io/interdict/core/names/thai-fold.tsv}.
 */
final class ThaiFoldTableGenerator {
    private static final char KO = '\u0E01';

    private ThaiFoldTableGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), table(), StandardCharsets.US_ASCII);
    }

    static List<Character> letters() {
        List<Character> out = new ArrayList<>();
        for (char c = ThaiFold.FIRST; c <= ThaiFold.LAST; c++) {
            if (Character.isDefined(c) && ThaiFold.inTable(c)) {
                out.add(c);
            }
        }
        return out;
    }

    static String icu(Transliterator icu, String run) {
        return Transliterate.SYLLABLE_BREAKS.matcher(icu.transliterate(run)).replaceAll("");
    }

    static String table() {
        Transliterator icu = Transliterator.getInstance(Transliterate.ANY_ASCII_ID);
        String[] reading = new String[ThaiFold.LAST - ThaiFold.FIRST + 1];
        String ko = icu(icu, "" + KO);
        List<Character> letters = letters();
        for (char c : letters) {
            String r;
            if (ThaiFold.consonant(c)) {
                r = icu(icu, "" + c);
            } else {
                String pair = icu(icu, ThaiFold.leading(c) ? "" + c + KO : "" + KO + c);
                r = pair.startsWith(ko) ? pair.substring(ko.length()) : null;
            }
            reading[c - ThaiFold.FIRST] = r;
        }
        // The consonants and marks ICU reads otherwise than the two one after the other.
        String[][] after = new String[ThaiFold.SIZE][ThaiFold.SIZE];
        boolean[][] further = new boolean[ThaiFold.SIZE][ThaiFold.SIZE];
        StringBuilder pairs = new StringBuilder();
        for (char c : letters) {
            for (char m : letters) {
                String first = reading[c - ThaiFold.FIRST];
                if (!ThaiFold.consonant(c) || !ThaiFold.mark(m) || first == null || reading[m - ThaiFold.FIRST] == null) {
                    continue;
                }
                String both = icu(icu, "" + c + m);
                if (both.equals(first + reading[m - ThaiFold.FIRST])) {
                    continue;
                }
                if (both.startsWith(first)) {
                    after[c - ThaiFold.FIRST][m - ThaiFold.FIRST] = both.substring(first.length());
                    pairs.append("P\t").append(String.format("%04X %04X", (int) c, (int) m)).append('\t')
                            .append(HexTables.units(both.substring(first.length()))).append('\n');
                } else {
                    further[c - ThaiFold.FIRST][m - ThaiFold.FIRST] = true;
                    pairs.append("X\t").append(String.format("%04X %04X", (int) c, (int) m)).append("\t\n");
                }
            }
        }
        // Every run of up to three letters the table reads, against ICU.
        for (char a : letters) {
            check(icu, reading, after, further, "" + a);
            for (char b : letters) {
                check(icu, reading, after, further, "" + a + b);
                for (char c : letters) {
                    check(icu, reading, after, further, "" + a + b + c);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# ICU4J ").append(com.ibm.icu.util.VersionInfo.ICU_VERSION).append(" \"").append(Transliterate.ANY_ASCII_ID)
                .append("\" of each Thai letter the table reads: a consonant alone, a vowel\n")
                .append("# or mark after a consonant, a leading vowel before one (it reads after it), without syllable breaks; P a\n")
                .append("# mark after a consonant where it reads otherwise, X where ICU reads them otherwise still (the run goes to ICU). As hexadecimal UTF-16 units. Generated by ThaiFoldTableGenerator (interdict-core tests) from ICU's data\n")
                .append("# (Unicode licence). Never edit by hand.\n");
        for (char c : letters) {
            if (reading[c - ThaiFold.FIRST] != null) {
                out.append(String.format("%04X", (int) c)).append('\t').append(HexTables.units(reading[c - ThaiFold.FIRST])).append('\n');
            }
        }
        out.append(pairs);
        return out.toString();
    }

    private static void check(Transliterator icu, String[] reading, String[][] after, boolean[][] further, String run) {
        String model = ThaiFold.read(run, reading, after, further);
        if (model != null && !model.equals(icu(icu, run))) {
            throw new IllegalStateException("ICU reads " + run + " as " + icu(icu, run) + ", the table " + model + ": ThaiFold must change");
        }
    }
}
