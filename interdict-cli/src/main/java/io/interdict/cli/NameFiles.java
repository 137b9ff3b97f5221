package io.interdict.cli;

import io.interdict.lists.common.CsvReader;
import io.interdict.lists.common.Problems;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** CSV in and out for the name commands ({@code match --input}, {@code compare --pairs}). */
final class NameFiles {
    private NameFiles() {
    }

    /** A CSV file as header + rows; a malformed file fails naming its line. */
    record Table(List<String> header, List<String[]> rows, List<Long> lines) {
        int column(String... names) {
            for (String n : names) {
                int i = header.indexOf(n);
                if (i >= 0) {
                    return i;
                }
            }
            return -1;
        }
    }

    static Table readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Problems problems = new Problems(file.toString());
        List<CsvReader.Row> rows = CsvReader.parse(text, ',', file.toString(), problems);
        if (problems.hasErrors()) {
            throw new IllegalArgumentException(problems.report(rows.size(), 0, 0).toString());
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty file (a header line is required)");
        }
        List<String> header = Arrays.stream(rows.get(0).fields()).map(String::trim).toList();
        List<String[]> body = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (CsvReader.Row r : rows.subList(1, rows.size())) {
            body.add(r.fields());
            lines.add(r.line());
        }
        return new Table(header, body, lines);
    }

    static void writeCsvRow(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                out.write('"' + f.replace("\"", "\"\"") + '"');
            } else {
                out.write(f);
            }
        }
        out.write('\n');
    }
}
