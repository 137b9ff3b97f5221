package io.interdict.core.names;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A Belarusian name written in Latin letters, read in the Russian form of the same name ({@code interdict-v2}):
 * "Aliaksandr Lukashenka" is "aleksandr lukashenko", "Uladzimir Naumau" "vladimir naumov". Belarusians are named in
 * both languages: the lists write the Belarusian form ("LUKASHENKA, Aliaksandr Ryhoravich", "NAUMAU, Uladzimir"), payments
 * and the press often the Russian one, and the two are several letters apart in every word.
 * <ul>
 *   <li>Given names from {@code belarusian-given-names.tsv} (each line's Belarusian and Russian spellings, sourced);</li>
 *   <li>family names by their endings and letters, derived from names the pages give in both forms: -енка (-enka) where
 *   Russian has -енко ("Лукашэнка" / "Лукашенко", kozubenko.net; spraktidningen.se: Russian's unstressed o is said a,
 *   which Belarusian writes), and -ka as -ko; -аў, -оў, -еў (-au, -ou, -eu) where Russian has -ов, -ев ("Mahiliou" /
 *   "Mogilev", en.eurobelarus.info; "Leanid Maltsau" / "Leonid Maltsev" and "Uladzislau Kavalyou" / "Kovalev", the
 *   given-name table's pages); -оўскі, -оўская (-ouski, -ouskaya) as -ovsky, -ovskaya, and ts, dz before i or e as t, d
 *   ("Sviatlana Tsikhanouskaya" / "Svetlana Tikhanovskaya", simple.wikipedia.org); h as g ("Hrodna" / "Grodno", "Hleb"
 *   / "Gleb", en.eurobelarus.info); a woman's -ава (-ava) as -ова ("Kalesnikava" / "Kolesnikova", en.wikipedia.org);</li>
 *   <li>patronymics -avich, -auna: from a given name of the table, as Russian forms one from the Russian name
 *   ("Alyaksandrauna" / "Aleksandrovna", the same page), else -ovich, -ovna.</li>
 * </ul>
 * Only a name with a Belarusian given name of the table or a Belarusian patronymic is read: a family name ending in -au
 * alone ("Moreau", "Nassau") says nothing. The stems keep their Belarusian vowels ("Karpiankou" -> "karpiankov"); the
 * reading is one more spelling, compared as Latin text as written.
 */
public final class BelarusianForms {
    /** Belarusian given name (lower-case ASCII) -> its first Russian spelling. */
    private static final Map<String, String> GIVEN = load();
    private static final int MIN_FAMILY = 5;
    /** Belarusian forms that are also given names of other languages (Hanna, Halina, Alena, Piotr, Vasil, Raman, Iryna,
     *  Yury, Larysa, Marya, Anatol, Kiryl): read when the name shows it is Belarusian otherwise, never the sign of it
     *  ("Hanna Schmidt" is no "Anna Schmidt"). */
    private static final java.util.Set<String> ELSEWHERE = java.util.Set.of("hanna", "halina", "alena", "piotr", "vasil",
            "raman", "iryna", "yury", "larysa", "marya", "anatol", "kiryl");

    private BelarusianForms() {
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        for (SourcedTable.Row row : SourcedTable.read(BelarusianForms.class, "belarusian-given-names.tsv", 3,
                "belarusian spellings TAB russian spellings TAB source")) {
            String russian = row.fields()[1].split(" ")[0];
            for (String b : row.fields()[0].split(" ")) {
                if (!b.matches("[a-z]+") || m.put(b, russian) != null) {
                    throw new IllegalStateException("belarusian-given-names.tsv line " + row.line() + ": '" + b
                            + "' is not lower-case ASCII or stands twice");
                }
            }
        }
        return Map.copyOf(m);
    }

    /** The name in its Russian form (lower case, words apart), or null when it shows no Belarusian name or reads the same. */
    public static String russian(String name) {
        if (name == null || name.length() > 120 || !mayBeBelarusian(name)) {
            return null;
        }
        String[] words = Words.pieces(name.strip().toLowerCase(Locale.ROOT), ",");
        if (words.length < 2) {
            return null;
        }
        boolean belarusian = false;
        for (String w : words) {
            belarusian |= GIVEN.containsKey(w) && !ELSEWHERE.contains(w) || patronymic(w) != null;
        }
        if (!belarusian) {
            return null;
        }
        StringBuilder out = new StringBuilder(name.length() + 4);
        boolean changed = false;
        for (String w : words) {
            String r = GIVEN.get(w);
            if (r == null) {
                r = patronymic(w);
            }
            if (r == null) {
                r = family(w);
            }
            changed |= r != null;
            out.append(out.length() == 0 ? "" : " ").append(r != null ? r : w);
        }
        return changed ? out.toString() : null;
    }

    /** A name in Cyrillic read as Russian reads its letters (BGN/PCGN, {@link CyrillicFold}: "Аляксандр Лукашэнка" ->
     *  "alyaksandr lukashenka"), then {@link #russian}; null when a word is not of the basic Cyrillic letters or the name
     *  shows no Belarusian name. */
    public static String russianOfCyrillic(String name) {
        if (name == null || name.length() > 120) {
            return null;
        }
        StringBuilder latin = new StringBuilder(name.length() + 8);
        for (String w : Words.pieces(name.strip().toLowerCase(Locale.ROOT), ",")) {
            String read = CyrillicFold.fold(w);
            if (read == null) {
                return null;
            }
            latin.append(latin.length() == 0 ? "" : " ").append(read.replace("\u00B7", ""));   // BGN's "lukash·enka"
        }
        return russian(latin.toString());
    }

    /**
     * Cheaply, before any word is cut out (every Latin query is asked): the name is ASCII letters, spaces, commas, hyphens
     * and dots, and a word of it is a marker, its lower-case hash among the markers' ({@link #MARKER_HASHES}; a
     * collision only costs the full look) or ending in -avich or -auna. No string is made.
     */
    private static boolean mayBeBelarusian(String name) {
        boolean marker = false;
        int hash = 0;
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (letter) {
                hash = 31 * hash + (c | 0x20);
                continue;
            }
            if (c != ' ' && c != ',' && c != '-' && c != '.') {
                return false;
            }
            if (i > start && !marker) {
                marker = java.util.Arrays.binarySearch(MARKER_HASHES, hash) >= 0
                        || endsWithIgnoreCase(name, i, "avich") || endsWithIgnoreCase(name, i, "auna");
            }
            hash = 0;
            start = i + 1;
        }
        return marker;
    }

    private static boolean endsWithIgnoreCase(String name, int end, String suffix) {
        return end >= suffix.length() && name.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length());
    }

    /** The {@code String.hashCode()} of each marker given name (a Belarusian form not also another language's), sorted. */
    private static final int[] MARKER_HASHES = GIVEN.keySet().stream().filter(k -> !ELSEWHERE.contains(k))
            .mapToInt(String::hashCode).sorted().toArray();

    /** A Belarusian patronymic in its Russian form, or null: from a given name of the table, as Russian forms one from
     *  the Russian name ("ryhoravich" -> "grigoryevich", "uladzimiravich" -> "vladimirovich"), else the ending alone
     *  ("ryhoravich" would be "ryhorovich"). */
    static String patronymic(String w) {
        if (w.length() < 8) {
            return null;
        }
        boolean male = w.endsWith("avich");
        if (!male && !w.endsWith("auna")) {
            return null;
        }
        String stem = w.substring(0, w.length() - (male ? 5 : 4));
        String given = GIVEN.get(stem);
        return given != null ? russianPatronymic(given, male) : stem + (male ? "ovich" : "ovna");
    }

    /** The Russian patronymic of a Russian given name (Latin): -ovich, -ovna after a consonant; a final y or i (Grigory,
     *  Nikolai, Sergei) becomes -yevich, -yevna. */
    static String russianPatronymic(String given, boolean male) {
        String end = male ? "evich" : "evna";
        if (given.endsWith("ai") || given.endsWith("ei")) {
            return given.substring(0, given.length() - 1) + "y" + end;
        }
        if (given.endsWith("y") || given.endsWith("i")) {
            return given.substring(0, given.length() - 1) + "y" + end;
        }
        return given + (male ? "ovich" : "ovna");
    }

    /** A family name's Belarusian ending in its Russian form ("naumau" -> "naumov", "lukashenka" -> "lukashenko"), or
     *  null. */
    static String family(String w) {
        String r = w.length() >= MIN_FAMILY ? ending(w) : null;
        String soft = hardened(r != null ? r : w);
        r = soft != null ? soft : r;
        String g = hAsG(r != null ? r : w);
        return g != null ? g : r;
    }

    /** Belarusian г is h, Russian's g ("Hara" Гара ~ "Gora", "Halavanau" ~ "Golovanov"; Wikipedia, "Belarusian alphabet":
     *  Г г "h"); an h not in kh, sh, ch, zh (Russian х, ш, ч, ж) as g; null when the word has none. */
    private static String hAsG(String w) {
        StringBuilder sb = null;
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) == 'h' && (i == 0 || "kscz".indexOf(w.charAt(i - 1)) < 0)) {
                if (sb == null) {
                    sb = new StringBuilder(w);
                }
                sb.setCharAt(i, 'g');
            }
        }
        return sb == null ? null : sb.toString();
    }

    /** The Russian ending of a Belarusian family name, or null: -enka -enko; -au, -ou -ov and -eu -ev after a consonant;
     *  -ouski, -euski (-оўскі) -ovsky, -evsky and their feminine -ouskaya, -euskaya. */
    private static String ending(String w) {
        if (w.endsWith("enka") || w.endsWith("ka") && w.length() >= 6) {
            return w.substring(0, w.length() - 1) + "o";   // -енка -енко, -ка -ко ("Astreika" ~ "Astreiko")
        }
        if (w.endsWith("ava") && w.length() >= 6) {
            return w.substring(0, w.length() - 3) + "ova";   // a woman's -ава, Russian -ова ("Kalesnikava")
        }
        for (String[] e : SKI) {
            if (w.endsWith(e[0]) && w.length() > e[0].length() + 1) {
                return w.substring(0, w.length() - e[0].length()) + e[1];
            }
        }
        char before = w.charAt(w.length() - 3);
        boolean consonant = "aeiouy".indexOf(before) < 0;
        if (consonant && (w.endsWith("au") || w.endsWith("ou"))) {
            return w.substring(0, w.length() - 2) + "ov";
        }
        if (consonant && w.endsWith("eu")) {
            return w.substring(0, w.length() - 2) + "ev";
        }
        return null;
    }

    private static final String[][] SKI = {{"ouskaya", "ovskaya"}, {"euskaya", "evskaya"}, {"ouski", "ovsky"},
        {"euski", "evsky"}};

    /** Belarusian writes ц and дз where Russian has т and д before a soft vowel (Wikipedia, "Belarusian language":
     *  "tsekanne" and "dzekanne"): "tsikhanouski" is "tikhanovsky". The word with ts, dz before i or e as t, d; null when it
     *  has none. */
    private static String hardened(String w) {
        if (!w.contains("tsi") && !w.contains("tse") && !w.contains("dzi") && !w.contains("dze")) {
            return null;
        }
        return w.replace("tsi", "ti").replace("tse", "te").replace("dzi", "di").replace("dze", "de");
    }
}
