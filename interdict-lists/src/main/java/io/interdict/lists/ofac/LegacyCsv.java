package io.interdict.lists.ofac;

import io.interdict.lists.io.CsvReader;
import io.interdict.lists.io.CsvRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * OFAC's legacy CSV dialect (sdn/add/alt/sdn_comments and cons_*): no header, {@code -0-} (often with a
 * trailing space) for null, CRLF, a final 0x1A byte.
 */
public final class LegacyCsv {
    private LegacyCsv() {
    }

    public static String value(String field) {
        if (field == null) {
            return null;
        }
        String v = field.trim();
        return v.isEmpty() || v.equals("-0-") ? null : v;
    }

    /** Reads every row, checking the field count; a short or long row is an error naming its line. */
    public static List<CsvRow> read(InputStream in, String file, int fields, List<String> errors) throws IOException {
        List<CsvRow> rows = new ArrayList<>();
        // The files are ASCII in practice; Windows-1252 would be the publisher's legacy encoding, but
        // UTF-8 decoding of ASCII is identical and keeps any newer UTF-8 export intact.
        CsvReader r = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8), file, ',');
        try {
            while (r.hasNext()) {
                CsvRow row = r.next();
                if (row.fields().size() != fields) {
                    errors.add(row.where() + ": expected " + fields + " fields, found " + row.fields().size());
                    continue;
                }
                rows.add(row);
            }
        } catch (CsvReader.CsvException e) {
            errors.add(e.getMessage());
        }
        return rows;
    }
}
