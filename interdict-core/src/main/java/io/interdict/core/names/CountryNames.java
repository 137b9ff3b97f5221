package io.interdict.core.names;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
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

    /**
     * Whether {@code word} (one folded word) names the country that {@code words} (folded words, one space apart) name,
     * in other words: another of its names ("usa" for "united states", "uk" for "united kingdom") or, when it has two
     * letters, its ISO 3166 code ("hk" for "hong kong"). The same words are not another name.
     */
    public static boolean otherName(String words, String word) {
        if (words.equals(word)) {
            return false;
        }
        String rw = Table.ALL_REGIONS.get(words);
        if (rw == null) {
            return false;
        }
        String padded = " " + rw + " ";
        if (word.length() == 2 && padded.contains(" " + word.toUpperCase(Locale.ROOT) + " ")) {
            return true;
        }
        String ry = Table.ALL_REGIONS.get(word);
        if (ry == null) {
            return false;
        }
        for (String r : ry.split(" ")) {
            if (padded.contains(" " + r + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a one-word {@code word} may be another name of some country's run of words: a country's name of one word
     *  whose country has a name of more ("usa", "uk"), or its ISO 3166 code ("hk", "us"; not "li" or "ma", whose
     *  countries' names are one word each). */
    public static boolean mayBeOtherName(String word) {
        return word.length() == 2 && Table.LONGER_CODES.contains(word) || Table.SHORT_NAMES.contains(word);
    }

    /** Whether the folded words (one space apart) are a country's name ("hong kong"). */
    public static boolean isName(String words) {
        return Table.ALL_REGIONS.containsKey(words);
    }

    /** The ISO 3166 code of two letters of the country the folded words name ("hong kong" -> "HK"), or null. */
    static String code(String words) {
        String regions = Table.ALL_REGIONS.get(words);
        if (regions == null) {
            return null;
        }
        String first = regions.split(" ")[0];
        return first.length() == 2 && first.chars().allMatch(c -> c >= 'A' && c <= 'Z') ? first : null;
    }

    /** Whether a word's {@code String.hashCode} is that of a word {@link #beginsLongerName} holds: the cheap test before
     *  a word's string is made. */
    static boolean mayBeginLongerName(int hash) {
        return java.util.Arrays.binarySearch(Table.FIRST_WORD_HASHES, hash) >= 0;
    }

    /** Whether a folded word names a country, as its name of one word ("lebanon", "belarus") or its adjective
     *  ({@code demonyms.tsv}: "lebanese", "belarusian"). */
    public static boolean placeWord(String word) {
        // not a name of three letters, which other languages' short names fold to and ordinary words are ("ira",
        // Portuguese for Iran, is the IRA of "CONTINUITY IRA"; "oma")
        return word.length() >= 4 && Table.REGIONS.containsKey(word) || Table.DEMONYMS.contains(word);
    }

    /**
     * The name with a country's possessive written as the country's adjective, as lists name a state's bodies ("Iran's
     * Ministry of Intelligence" -> "Iranian Ministry of Intelligence", OFAC's "IRANIAN MINISTRY OF INTELLIGENCE AND
     * SECURITY"; "Syria's Commercial Bank" -> "Syrian Commercial Bank"), or null when it writes none:
     * a word of a country's one-word name (four letters or more, {@link #placeWord}'s) before "'s" or "’s", whose
     * country has one adjective ({@code demonyms.tsv}). Not the name's last word (a possessive ends no name).
     */
    public static String possessiveAsAdjective(String name) {
        if (name.indexOf("'s") < 0 && name.indexOf("\u2019s") < 0 && name.indexOf("'S") < 0 && name.indexOf("\u2019S") < 0) {
            return null;   // asked of every query
        }
        String[] words = name.trim().split("\\s+");
        boolean changed = false;
        for (int i = 0; i + 1 < words.length; i++) {
            String w = words[i];
            if (w.length() < 6 || !(w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("'S") || w.endsWith("\u2019S"))) {
                continue;
            }
            String country = fold(w.substring(0, w.length() - 2)).trim();
            String adjective = country.length() >= 4 && !country.contains(" ") ? Table.ADJECTIVES.get(country) : null;
            if (adjective != null) {
                words[i] = adjective;
                changed = true;
            }
        }
        return changed ? String.join(" ", words) : null;
    }

    /** Whether {@code word} is the first word of a country's name of two words or more ("hong", "united"), of three
     *  letters or more. */
    public static boolean beginsLongerName(String word) {
        return Table.FIRST_WORDS.contains(word);
    }

    /** The most words a country name has here. */
    public static int maxWords() {
        return MAX_WORDS;
    }

    /** Loaded on first use (the generator folds with this class before the table exists). */
    private static final class Table {
        /** Every name -> its regions, space apart. */
        static final java.util.Map<String, String> ALL_REGIONS = allRegions();
        static final Set<String> NAMES = ALL_REGIONS.keySet();
        /** A one-word name -> its regions, space apart. */
        static final java.util.Map<String, String> REGIONS = oneWord(ALL_REGIONS);
        static final WordFilter ONE_WORD = new WordFilter(REGIONS.keySet(), 1 << 14);
        /** Countries' adjectives, folded ("lebanese"). */
        static final Set<String> DEMONYMS = demonyms();
        /** A country's one-word name -> its adjective, for the names whose regions have one adjective among them. */
        static final java.util.Map<String, String> ADJECTIVES = adjectives(REGIONS);
        /** The first words of names of two words or more. */
        static final Set<String> FIRST_WORDS = firstWords(ALL_REGIONS.keySet());
        /** Their hashes, sorted. */
        static final int[] FIRST_WORD_HASHES = FIRST_WORDS.stream().mapToInt(String::hashCode).sorted().toArray();
        /** One-word names of countries that have a name of more words too ("usa", "uk", "uae"). */
        static final Set<String> SHORT_NAMES = shortNames(ALL_REGIONS);
        /** The ISO codes, in lower case, of countries that have a name of more words, its first of three letters or
         *  more ("hk", "us", "gb"). */
        static final Set<String> LONGER_CODES = longerCodes(ALL_REGIONS);
    }

    private static Set<String> demonyms() {
        Set<String> out = new HashSet<>();
        for (SourcedTable.Row r : SourcedTable.read(CountryNames.class, "demonyms.tsv", 3, "adjective<TAB>region<TAB>source")) {
            out.add(fold(r.fields()[0]));
        }
        return Set.copyOf(out);
    }

    private static java.util.Map<String, String> adjectives(java.util.Map<String, String> oneWordNames) {
        java.util.Map<String, Set<String>> byRegion = new java.util.HashMap<>();
        for (SourcedTable.Row r : SourcedTable.read(CountryNames.class, "demonyms.tsv", 3, "adjective<TAB>region<TAB>source")) {
            byRegion.computeIfAbsent(r.fields()[1].trim(), k -> new HashSet<>()).add(fold(r.fields()[0]).trim());
        }
        java.util.Map<String, String> out = new java.util.HashMap<>();
        oneWordNames.forEach((name, regions) -> {
            Set<String> found = new HashSet<>();
            for (String r : regions.split(" ")) {
                found.addAll(byRegion.getOrDefault(r, Set.of()));
            }
            if (found.size() == 1) {
                out.put(name, found.iterator().next());
            }
        });
        return java.util.Map.copyOf(out);
    }

    private static Set<String> longerCodes(java.util.Map<String, String> regions) {
        Set<String> out = new HashSet<>();
        for (var e : regions.entrySet()) {
            int space = e.getKey().indexOf(' ');
            if (space >= 3) {
                for (String r : e.getValue().split(" ")) {
                    if (r.length() == 2) {
                        out.add(r.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return Set.copyOf(out);
    }

    private static Set<String> shortNames(java.util.Map<String, String> regions) {
        Set<String> longer = new HashSet<>();
        for (var e : regions.entrySet()) {
            if (e.getKey().contains(" ")) {
                longer.addAll(List.of(e.getValue().split(" ")));
            }
        }
        Set<String> out = new HashSet<>();
        for (var e : regions.entrySet()) {
            if (!e.getKey().contains(" ")) {
                for (String r : e.getValue().split(" ")) {
                    if (longer.contains(r)) {
                        out.add(e.getKey());
                    }
                }
            }
        }
        return Set.copyOf(out);
    }

    private static Set<String> firstWords(Set<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names) {
            int space = n.indexOf(' ');
            if (space >= 3) {   // not "st", "el", "la", "o": words too many names hold ("El Salvador" is left out)
                out.add(n.substring(0, space));
            }
        }
        return Set.copyOf(out);
    }

    private static java.util.Map<String, String> allRegions() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (SourcedTable.Row r : SourcedTable.read(CountryNames.class, "country-names.tsv", 3, "name<TAB>regions<TAB>source")) {
            out.merge(r.fields()[0], r.fields()[1].trim().replace(',', ' '), (a, b) -> a + " " + b);
        }
        return java.util.Map.copyOf(out);
    }

    private static java.util.Map<String, String> oneWord(java.util.Map<String, String> all) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        all.forEach((name, regions) -> {
            if (!name.contains(" ")) {
                out.put(name, regions);
            }
        });
        return java.util.Map.copyOf(out);
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
