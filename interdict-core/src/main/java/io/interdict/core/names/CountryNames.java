package io.interdict.core.names;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Country names as companies write them into a subsidiary's name ("Banco Santander México", "Olvetra Polska",
 * "Marrowby Chemicals (Thailand)"), folded as the pipeline folds Latin text (no marks, lower case, words apart):
 * {@code country-names.tsv}, generated from Unicode CLDR as ICU4J bundles it (every ISO 3166 region's name in English,
 * French, Spanish, Portuguese, German, Italian, Dutch and Polish, and in the region's own likely language when that is
 * written in Latin script: "Polska", "Schweiz", "Sénégal", "México"; {@code CountryNamesTableGenerator}, a test class).
 */
public final class CountryNames {
    /** Country names of more words are left out ("Saint Vincent and the Grenadines"). */
    static final int MAX_WORDS = 3;

    private CountryNames() {
    }

    /** Whether the folded words (lower case, ASCII, one space apart) are a country's name. */
    public static boolean is(String words) {
        return Table.NAMES.contains(words);
    }

    /**
     * Whether two different folded words are each a country's name, of no region in common: two countries ("iran" ~
     * "iraq", "austria" ~ "australia", "gambia" ~ "zambia"). Two names of one country ("irak" ~ "iraq") or a word that
     * names no country are not.
     */
    public static boolean twoCountries(String x, String y) {
        if (!Table.ONE_WORD.mayHold(x) || !Table.ONE_WORD.mayHold(y)) {
            return false;   // asked of many word pairs, nearly all of words that name no country
        }
        String rx = Table.REGIONS.get(x);
        String ry = rx == null ? null : Table.REGIONS.get(y);
        if (ry == null || x.equals(y)) {
            return false;
        }
        for (String r : rx.split(" ")) {
            if ((" " + ry + " ").contains(" " + r + " ")) {
                return false;
            }
        }
        return true;
    }

    /** The most words a country name has here. */
    public static int maxWords() {
        return MAX_WORDS;
    }

    /** Loaded on first use (the generator folds with this class before the table exists). */
    private static final class Table {
        static final Set<String> NAMES = load();
        /** A one-word name -> its regions, space apart. */
        static final java.util.Map<String, String> REGIONS = regions();
        static final WordFilter ONE_WORD = new WordFilter(REGIONS.keySet(), 1 << 14);
    }

    private static java.util.Map<String, String> regions() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (SourcedTable.Row r : SourcedTable.read(CountryNames.class, "country-names.tsv", 3, "name<TAB>regions<TAB>source")) {
            if (!r.fields()[0].contains(" ")) {
                out.merge(r.fields()[0], r.fields()[1].trim().replace(',', ' '), (a, b) -> a + " " + b);
            }
        }
        return java.util.Map.copyOf(out);
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (SourcedTable.Row r : SourcedTable.read(CountryNames.class, "country-names.tsv", 3, "name<TAB>regions<TAB>source")) {
            out.add(r.fields()[0]);
        }
        return Set.copyOf(out);
    }

    /** Marks dropped, lower case, anything but a letter a space between words. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            b.append(c >= 'a' && c <= 'z' ? c : ' ');
        }
        return b.toString().trim().replaceAll(" +", " ");
    }
}
