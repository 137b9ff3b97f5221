package io.interdict.lists.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A CSV/TSV file with a header row, read by column name; width mismatches are row errors. */
public final class HeaderCsv {
    public record Row(long line, String[] fields, Map<String, Integer> index, String rawLine) {
        /** The cleaned value of a column, or null when blank or the column is absent. */
        public String get(String column) {
            Integer i = index.get(column);
            return i == null || i >= fields.length ? null : Text.clean(fields[i]);
        }

        /** The record as written in the file. */
        public String raw(char delimiter) {
            return rawLine;
        }
    }

    private HeaderCsv() {
    }

    public static List<Row> read(String text, char delimiter, ListFile f, List<String> required, Problems p) {
        List<CsvReader.Row> rows = CsvReader.parse(text, delimiter, f.name(), p);
        if (rows.isEmpty()) {
            p.error(f.name(), 1, null, "empty file: no header row");
            return List.of();
        }
        String[] header = rows.get(0).fields();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            index.put(header[i].strip(), i);
        }
        for (String c : required) {
            if (!index.containsKey(c)) {
                p.error(f.name(), 1, c, "missing column");
            }
        }
        if (p.hasErrors()) {
            return List.of();
        }
        Map<String, Integer> shared = Map.copyOf(index);
        List<Row> out = new ArrayList<>(rows.size());
        for (CsvReader.Row r : rows.subList(1, rows.size())) {
            if (r.fields().length != header.length) {
                p.error(f.name(), r.line(), null, "expected " + header.length + " fields, found " + r.fields().length);
            } else {
                out.add(new Row(r.line(), r.fields(), shared, r.raw()));
            }
        }
        return out;
    }
}
