package io.interdict.core.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Romanisation variants of frequent names, as data ({@code name-variants.tsv}, each line sourced; see
 * PROVENANCE.md): "moon" and "mun" are one Korean family name, "park", "pak" and "bak" another.
 */
public final class NameVariants {
    /** Word -> bit set of the groups it belongs to (a spelling may write two names: "yu"). */
    private static final Map<String, Long> GROUPS = load();

    private NameVariants() {
    }

    private static Map<String, Long> load() {
        Map<String, Long> m = new HashMap<>();
        try (var in = NameVariants.class.getResourceAsStream("name-variants.tsv")) {
            if (in == null) {
                throw new IllegalStateException("name-variants.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int group = 0;
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 2 || f[1].isBlank()) {
                    throw new IllegalStateException("name-variants.tsv line " + lineNo + ": want spellings TAB source");
                }
                if (group == Long.SIZE) {
                    throw new IllegalStateException("name-variants.tsv line " + lineNo + ": more than 64 groups");
                }
                long bit = 1L << group++;
                for (String w : f[0].trim().split(" +")) {
                    m.merge(w, bit, (a, b) -> a | b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    /** Whether two different words are spellings of one name. */
    public static boolean same(String a, String b) {
        Long x = GROUPS.get(a);
        if (x == null) {
            return false;
        }
        Long y = GROUPS.get(b);
        return y != null && (x & y) != 0;
    }
}
