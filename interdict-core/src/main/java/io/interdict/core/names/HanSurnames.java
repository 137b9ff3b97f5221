package io.interdict.core.names;

import java.util.HashMap;
import java.util.Map;

/**
 * The reading a Han character takes as a Chinese surname where it is not the character's customary one: 曾 "zeng"
 * (customarily "ceng"), 单 "shan" ("dan"), 解 "xie" ("jie"), 区 "ou" ("qu"), 查 "zha" ("cha"), 仇 "qiu" ("chou").
 * {@code han-surname-readings.tsv}, generated from Unicode CLDR's {@code Han-Latin/Names} transform as ICU4J ships it
 * ({@code HanSurnameTableGenerator}, a test class; see PROVENANCE.md). Unihan gives no such field: its kMandarin reads
 * the character as running text does.
 */
public final class HanSurnames {
    private HanSurnames() {
    }

    /** The character's surname reading (toneless pinyin, ü as v), or null when it is read as a surname as it is
     *  customarily. */
    public static String reading(int codePoint) {
        return Table.READINGS.get(codePoint);
    }

    private static final class Table {
        static final Map<Integer, String> READINGS = load();

        private static Map<Integer, String> load() {
            Map<Integer, String> m = new HashMap<>();
            for (SourcedTable.Row row : SourcedTable.read(HanSurnames.class, "han-surname-readings.tsv", 3,
                    "CHARACTER<TAB>reading<TAB>source")) {
                String c = row.fields()[0];
                if (c.codePointCount(0, c.length()) != 1 || !row.fields()[1].matches("[a-z]+")) {
                    throw new IllegalStateException("han-surname-readings.tsv line " + row.line()
                            + ": want one character and its reading in lower-case letters");
                }
                m.put(c.codePointAt(0), row.fields()[1]);
            }
            return Map.copyOf(m);
        }
    }
}
