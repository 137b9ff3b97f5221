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
 * A data table shipped beside the code: tab-separated UTF-8, '#' comments and blank lines skipped, every row
 * with a fixed number of fields, none blank, the last one its source. A malformed row stops loading with its
 * file, line and the expected shape.
 */
final class SourcedTable {
    /** One row: its line number in the file and its fields, stripped. */
    record Row(int line, String[] fields) {
    }

    private SourcedTable() {
    }

    /** The rows of resource {@code name} beside {@code owner}; {@code shape} describes a row for errors. */
    static List<Row> read(Class<?> owner, String name, int fields, String shape) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                boolean blank = false;
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                    blank |= f[i].isEmpty();
                }
                if (f.length != fields || blank) {
                    throw new IllegalStateException(name + " line " + lineNo + ": want " + shape);
                }
                rows.add(new Row(lineNo, f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Resource {@code name}'s rows of two single characters each, the first mapped to the second ({@code shape}
     *  describes a row for errors): the tables of characters and the form they stand for. */
    static java.util.Map<Integer, Integer> characterMap(Class<?> owner, String name, String shape) {
        java.util.Map<Integer, Integer> m = new java.util.HashMap<>();
        for (Row row : read(owner, name, 2, shape)) {
            String from = row.fields()[0];
            String to = row.fields()[1];
            if (from.codePointCount(0, from.length()) != 1 || to.codePointCount(0, to.length()) != 1) {
                throw new IllegalStateException(name + " line " + row.line() + ": want one character each");
            }
            m.put(from.codePointAt(0), to.codePointAt(0));
        }
        return java.util.Map.copyOf(m);
    }

    /** Puts a word's alternatives ({@code values}, the usual first) in {@code map}; a word on two lines keeps the first
     *  line's alternatives first and adds the second's it lacks. */
    static void putAlternatives(java.util.Map<String, java.util.List<String>> map, String word,
                                java.util.List<String> values) {
        java.util.List<String> before = map.putIfAbsent(word, values);
        if (before != null && !before.equals(values)) {
            java.util.List<String> both = new java.util.ArrayList<>(before);
            for (String v : values) {
                if (!both.contains(v)) {
                    both.add(v);
                }
            }
            map.put(word, java.util.List.copyOf(both));
        }
    }
}
