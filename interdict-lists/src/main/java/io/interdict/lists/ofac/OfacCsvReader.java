package io.interdict.lists.ofac;

import io.interdict.lists.common.CsvReader;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.common.Problems;
import io.interdict.lists.common.Text;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads OFAC's legacy CSV files (SDN: sdn/add/alt/sdn_comments; non-SDN: cons_prim/cons_add/cons_alt/
 * cons_comments) into raw rows. No header; {@code -0-} is null; records end in CRLF; the file ends
 * with a DOS EOF byte. Every row must have the file's exact field count (12/6/5/2), otherwise it is an
 * error naming the file and line: a short row means a truncated or re-encoded file.
 */
public final class OfacCsvReader {
    /** A row of sdn.csv / cons_prim.csv. */
    public record MainRow(long line, String entNum, String name, String type, String programs, String title,
                          String callSign, String vesselType, String tonnage, String grt, String vesselFlag,
                          String vesselOwner, String remarks, String raw) {
    }

    public record AddressRow(long line, String entNum, String addNum, String address, String cityStatePostal,
                             String country, String remarks, String raw) {
    }

    public record AliasRow(long line, String entNum, String altNum, String type, String name, String remarks, String raw) {
    }

    public record CommentRow(long line, String entNum, String remarks, String raw) {
    }

    /** The four files of one publication, read. */
    public record Rows(List<MainRow> main, List<AddressRow> addresses, List<AliasRow> aliases, List<CommentRow> comments) {
    }

    private OfacCsvReader() {
    }

    static List<CsvReader.Row> rows(ListFile f, int width, Problems problems) {
        // The legacy files are ASCII in practice; UTF-8 is a superset and fails loudly on anything else.
        String text = Text.decode(f, StandardCharsets.UTF_8, problems);
        if (text == null) {
            return List.of();
        }
        List<CsvReader.Row> rows = CsvReader.parse(text, ',', f.name(), problems);
        List<CsvReader.Row> ok = new ArrayList<>(rows.size());
        for (CsvReader.Row r : rows) {
            if (r.fields().length != width) {
                problems.error(f.name(), r.line(), null, "expected " + width + " fields, found " + r.fields().length);
            } else if (Text.clean(r.get(0)) == null || !r.get(0).strip().chars().allMatch(Character::isDigit)) {
                problems.error(f.name(), r.line(), "ent_num", "not a number: '" + r.get(0) + "'");
            } else {
                ok.add(r);
            }
        }
        return ok;
    }

    static String raw(CsvReader.Row r) {
        return r.raw();
    }

    public static List<MainRow> main(ListFile f, Problems p) {
        List<MainRow> out = new ArrayList<>();
        for (CsvReader.Row r : rows(f, 12, p)) {
            out.add(new MainRow(r.line(), r.get(0).strip(), Text.clean(r.get(1)), Text.clean(r.get(2)), Text.clean(r.get(3)),
                    Text.clean(r.get(4)), Text.clean(r.get(5)), Text.clean(r.get(6)), Text.clean(r.get(7)), Text.clean(r.get(8)),
                    Text.clean(r.get(9)), Text.clean(r.get(10)), Text.clean(r.get(11)), raw(r)));
        }
        return out;
    }

    public static List<AddressRow> addresses(ListFile f, Problems p) {
        List<AddressRow> out = new ArrayList<>();
        for (CsvReader.Row r : rows(f, 6, p)) {
            out.add(new AddressRow(r.line(), r.get(0).strip(), Text.clean(r.get(1)), Text.clean(r.get(2)), Text.clean(r.get(3)),
                    Text.clean(r.get(4)), Text.clean(r.get(5)), raw(r)));
        }
        return out;
    }

    public static List<AliasRow> aliases(ListFile f, Problems p) {
        List<AliasRow> out = new ArrayList<>();
        for (CsvReader.Row r : rows(f, 5, p)) {
            out.add(new AliasRow(r.line(), r.get(0).strip(), Text.clean(r.get(1)), Text.clean(r.get(2)), Text.clean(r.get(3)),
                    Text.clean(r.get(4)), raw(r)));
        }
        return out;
    }

    public static List<CommentRow> comments(ListFile f, Problems p) {
        List<CommentRow> out = new ArrayList<>();
        for (CsvReader.Row r : rows(f, 2, p)) {
            // Not cleaned: a comment continues the remarks mid-word, its spaces are significant.
            String c = r.get(1);
            out.add(new CommentRow(r.line(), r.get(0).strip(), c.equals("-0-") || c.equals("-0- ") ? null : c, raw(r)));
        }
        return out;
    }
}
