package io.interdict.core.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables generated from ICU ({@code latin-fold.tsv}, {@code script-fold.tsv}, {@code hangul-fold.tsv},
 * {@code cyrillic-fold.tsv}, {@code devanagari-fold.tsv}, {@code kana-fold.tsv}, {@code thai-fold.tsv}): tab-separated
 * lines, {@code #} comments, readings written as hexadecimal UTF-16 units ("0061 0062" is "ab") so that the files stay
 * ASCII whatever they hold.
 */
final class HexTables {
    private HexTables() {
    }

    /** The fields of each line of the resource beside this class that is neither blank nor a comment. */
    static List<String[]> read(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = HexTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The text of hexadecimal UTF-16 units separated by spaces ("" for none). */
    static String text(String units) {
        StringBuilder out = new StringBuilder(units.length() / 5 + 1);
        for (int i = 0; i < units.length(); i += 5) {
            out.append((char) Integer.parseInt(units, i, i + 4, 16));
        }
        return out.toString();
    }

    /** The text as hexadecimal UTF-16 units separated by spaces: what {@link #text} reads. */
    static String units(String text) {
        StringBuilder out = new StringBuilder(text.length() * 5);
        for (int i = 0; i < text.length(); i++) {
            out.append(i == 0 ? "" : " ").append(String.format("%04X", (int) text.charAt(i)));
        }
        return out.toString();
    }
}
