package io.interdict.lists.ukhmt;

import io.interdict.lists.common.CsvReader;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.common.Problems;
import io.interdict.lists.common.Text;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * OFSI ConList CSV, both the pre-2020 29-column layout and the 2020+ 36-column layout: columns are
 * found by header name. Line 1 is {@code Last Updated,DD/MM/YYYY}; line 2 the header.
 */
public final class UkHmtReader {
    static final List<String> REQUIRED = List.of("Name 6", "Group Type", "Alias Type", "Group ID");

    /** One name row: the header-keyed fields as written. */
    public record Row(long line, String[] fields, Map<String, Integer> index, String raw) {
        public String get(String column) {
            Integer i = index.get(column);
            return i == null ? null : Text.clean(fields[i]);
        }
    }

    public record Rows(String lastUpdated, List<Row> rows) {
    }

    private UkHmtReader() {
    }

    /**
     * OFSI published Windows-1252 (the 2018 file has 0x92 quotes); newer files are UTF-8. A file that
     * is valid UTF-8 is read as UTF-8, anything else as Windows-1252, strictly.
     */
    public static Rows read(ListFile f, Problems p) {
        String text = Text.isUtf8(f.bytes()) ? Text.decode(f, StandardCharsets.UTF_8, p) : Text.decode(f, Text.WINDOWS_1252, p);
        if (text == null) {
            return new Rows(null, List.of());
        }
        List<CsvReader.Row> rows = CsvReader.parse(text, ',', f.name(), p);
        if (rows.size() < 2 || !"Last Updated".equals(rows.get(0).get(0).strip())) {
            p.error(f.name(), 1, "Last Updated", "line 1 must be 'Last Updated,DD/MM/YYYY'");
            return new Rows(null, List.of());
        }
        String lastUpdated = isoDate(rows.get(0).get(1));
        String[] header = rows.get(1).fields();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            index.put(header[i].strip(), i);
        }
        for (String c : REQUIRED) {
            if (!index.containsKey(c)) {
                p.error(f.name(), rows.get(1).line(), c, "missing column");
            }
        }
        if (p.hasErrors()) {
            return new Rows(lastUpdated, List.of());
        }
        Map<String, Integer> shared = Map.copyOf(index);
        List<Row> out = new ArrayList<>(rows.size());
        for (CsvReader.Row r : rows.subList(2, rows.size())) {
            if (r.fields().length != header.length) {
                p.error(f.name(), r.line(), null, "expected " + header.length + " fields, found " + r.fields().length);
                continue;
            }
            out.add(new Row(r.line(), r.fields(), shared, r.raw()));
        }
        return new Rows(lastUpdated, out);
    }

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** {@code 13/04/2018} to {@code 2018-04-13}; {@code 00/00/1980} to {@code 1980}; unparseable kept as is. */
    public static String isoDate(String dmy) {
        String s = Text.clean(dmy);
        if (s == null) {
            return null;
        }
        String[] p = s.split("/");
        if (p.length == 3 && p[2].length() == 4) {
            if (p[1].equals("00") || p[0].equals("00")) {
                return p[1].equals("00") ? p[2] : p[2] + "-" + p[1];
            }
            try {
                return LocalDate.parse(s, DMY).toString();
            } catch (RuntimeException e) {
                return s;
            }
        }
        return s;
    }
}
