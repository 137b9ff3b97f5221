package io.interdict.core.names;

import java.util.HashMap;
import java.util.Map;

/**
 * Romanisation variants of frequent names, as data ({@code name-variants.tsv}, each line sourced; see
 * PROVENANCE.md): "moon" and "mun" are one Korean family name, "park", "pak" and "bak" another.
 */
public final class NameVariants {
    /** Word -> bit set of the groups it belongs to (a spelling may write two names: "yu"). */
    private static final Map<String, Long> GROUPS = load();
    /** A spelling of a frequent given name -> its group's first (shortest) spelling ({@code given-name-spellings.tsv}). */
    private static final Map<String, String> GIVEN = loadGiven();

    private NameVariants() {
    }

    private static Map<String, Long> load() {
        Map<String, Long> m = new HashMap<>();
        int group = 0;
        for (SourcedTable.Row row : SourcedTable.read(NameVariants.class, "name-variants.tsv", 2, "spellings TAB source")) {
            if (group == Long.SIZE) {
                throw new IllegalStateException("name-variants.tsv line " + row.line() + ": more than 64 groups");
            }
            long bit = 1L << group++;
            for (String w : row.fields()[0].split(" +")) {
                m.merge(w, bit, (a, b) -> a | b);
            }
        }
        return Map.copyOf(m);
    }

    private static Map<String, String> loadGiven() {
        Map<String, String> m = new HashMap<>();
        for (SourcedTable.Row row : SourcedTable.read(NameVariants.class, "given-name-spellings.tsv", 2, "spellings TAB source")) {
            String[] spellings = row.fields()[0].split(" +");
            for (String w : spellings) {
                if (w.length() < spellings[0].length()) {
                    throw new IllegalStateException("given-name-spellings.tsv line " + row.line() + ": \"" + w
                            + "\" is shorter than the line's first spelling");
                }
                if (m.putIfAbsent(w, spellings[0]) != null) {
                    throw new IllegalStateException("given-name-spellings.tsv line " + row.line() + ": \"" + w + "\" is in two lines");
                }
            }
        }
        return Map.copyOf(m);
    }

    /** The table's spellings as a {@link WordFilter}: the word pairs a scorer asks about need no lookup. */
    private static final WordFilter MEMBERS = new WordFilter(GIVEN.keySet(), 1 << 14);

    /** False for a word that is surely no spelling of the table's given names; true for every one that is (and a few
     *  that are not). */
    public static boolean mayBeGivenName(String word) {
        return MEMBERS.mayHold(word);
    }

    /**
     * The first spelling of the frequent given name a Latin word spells ("youssef" -> "yusuf", "hossein" -> "husain"),
     * or null: two words with the same are one name in two romanisation habits, in Latin text too.
     */
    public static String givenName(String word) {
        return GIVEN.get(word);
    }

    /** Every spelling of {@code given-name-spellings.tsv} -> its line's first spelling. */
    public static Map<String, String> givenNames() {
        return GIVEN;
    }

    /** The groups of spellings a word is in, a bit each (0: none); two words are {@link #same} only when these meet. */
    public static long groups(String word) {
        return GROUPS.getOrDefault(word, 0L);
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
