package io.interdict.core.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * ICU's Han-Latin as {@link Transliterate} reads a run of Han characters (through its Any-Latin,
 * Latin-ASCII and Lower, syllable breaks removed: "支付宝" -> "zhifubao"), from a table of what ICU gives
 * each character alone ({@code han-latin.tsv}, generated from ICU). ICU's Han-Latin is thousands of
 * rules, one per reading, over a single character each; building them costs a process about a tenth of
 * a second of CPU on its first Han name, and then tens of microseconds a name. Where no rule reads a
 * character in a context, a run is its characters' readings one after another (a property test compares
 * this class with ICU); a run holding a character outside the table is left to ICU ({@code null}).
 */
final class HanLatin {
    /**
     * Each code point's reading, as an index into {@link #READINGS} plus one (0: not in the table), by plane: the
     * basic plane and the two of the CJK extensions, indexed directly (no sort at load, one array read a lookup).
     */
    private static final short[][] READING_OF = new short[4][];
    private static final String[] READINGS;

    static {
        String[] readings = new String[2_000];
        int r = 0;
        try (InputStream in = HanLatin.class.getResourceAsStream("han-latin.tsv")) {
            if (in == null) {
                throw new IllegalStateException("han-latin.tsv missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (r == readings.length) {
                    readings = Arrays.copyOf(readings, r * 2);
                }
                readings[r] = line.substring(0, tab);
                for (int i = tab + 1; i < line.length(); ) {
                    int cp = line.codePointAt(i);
                    i += Character.charCount(cp);
                    int plane = cp >>> 16;
                    if (plane >= READING_OF.length) {
                        throw new IllegalStateException("han-latin.tsv: U+" + Integer.toHexString(cp) + " beyond the planes read");
                    }
                    if (READING_OF[plane] == null) {
                        READING_OF[plane] = new short[0x10000];
                    }
                    READING_OF[plane][cp & 0xFFFF] = (short) (r + 1);
                }
                r++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        READINGS = Arrays.copyOf(readings, r);
    }

    private HanLatin() {
    }

    /** The Mandarin syllables the table reads characters as ("chao", "wei", "zhang"). */
    private static final java.util.Set<String> SYLLABLES = java.util.Set.copyOf(Arrays.asList(READINGS));

    /** Whether {@code word} (lower-case ASCII) is a Mandarin syllable some character is read as. */
    static boolean syllable(String word) {
        return SYLLABLES.contains(word);
    }

    /** A character's reading, or null when the table does not hold it. */
    static String of(int codePoint) {
        short[] plane = codePoint >>> 16 < READING_OF.length ? READING_OF[codePoint >>> 16] : null;
        int r = plane == null ? 0 : plane[codePoint & 0xFFFF];
        return r == 0 ? null : READINGS[r - 1];
    }

    /** The run's reading, its characters' one after another; null when one is not in the table. */
    static String read(String run) {
        StringBuilder out = new StringBuilder(run.length() * 4);
        for (int i = 0; i < run.length(); ) {
            int cp = run.codePointAt(i);
            i += Character.charCount(cp);
            String r = of(cp);
            if (r == null) {
                return null;
            }
            out.append(r);
        }
        return out.toString();
    }
}
