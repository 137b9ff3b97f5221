package io.interdict.core.names;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Russian, Ukrainian and Belarusian words of {@link OrganisationGlossary}'s table written in Latin letters, as the
 * lists and payment messages write Russian bodies' names: "AO KONTSERN OKEANPRIBOR", "OBSHCHESTVO ... YANSKAYA GORNAYA
 * KOMPANIYA", "GOSUDARSTVENNAYA KORPORATSIYA". OFAC lists such a body under its romanised name and its English one
 * ("JSC CONCERN OCEANPRIBOR"), and a romanised word meets no English word; read in English, it does.
 *
 * <p>No word is typed here: each Cyrillic word of the table (and of {@code business-words.tsv}'s written in Cyrillic) is
 * romanised by ICU's BGN/PCGN transliterator for its language ({@code Russian-Latin/BGN}, {@code Ukrainian-Latin/BGN},
 * {@code Belarusian-Latin/BGN}; BGN/PCGN is how the US and UK lists romanise; letter by letter, {@link Letters}), with the case forms
 * {@link OrganisationGlossary#caseForms} reads back to it ("oborony" for "оборона"), and looked up by a {@link #key} that
 * folds the letters the other romanisations write otherwise ({@code business-words.tsv}'s Russian, Ukrainian and
 * Belarusian words it writes romanised already are looked up by the same key):
 * <ul>
 *   <li>я, ю, й and ы before a vowel: "ya", "yu", "y" (BGN/PCGN; Yandex's rules for Russian names, yandex.com/support/
 *       mapeditor/en/app_transliteration: "Я | Ya", "Й | Y", "ый → y (similarly ... ий → y)"), "ia", "iu", "i" (ICAO Doc
 *       9303, which Russian passports use: docs.cntd.ru/document/420215211: "Й | I", "Ю | IU", "Я | IA", "Ъ | IE"), "ja",
 *       "ju", "j" (GOST 16876-71 and ISO 9 read without their marks): every run of i, y and j is one letter, and none
 *       before an e ("ye" after a vowel or ъ in BGN/PCGN, "e" elsewhere and in ICAO);</li>
 *   <li>ж, х, ц, ч, ш, щ: "zh", "kh", "ts", "ch", "sh", "shch" in BGN/PCGN and ICAO, "sch" for щ in Yandex's, "cz" for ц in
 *       GOST 7.79's system B, ž, h, c, č, š, ŝ in ISO 9 (their marks dropped): each is read as its one letter without
 *       the h (zh as z, kh as h, ts and cz as c, ch as c, sh, sch and shch as s);</li>
 *   <li>ь and ъ: BGN/PCGN's ʹ and ʺ, an apostrophe — dropped. (A name's reading parts words at a quote mark, a
 *       backquote and a middle dot: "OB\"YEDINENIYE" is two words there.)</li>
 * </ul>
 * The fold loses distinctions (ц and ч, ш and щ), which a lookup in a table of a few hundred words can afford. A key of
 * fewer than four letters is not looked up (it would meet too many words of other languages). Pure.
 */
public final class RomanisedGlossary {
    private RomanisedGlossary() {
    }

    private static final class Table {
        /** Each BGN/PCGN transliterator's letters, by ICU id, made once for the tables below. */
        static final Map<String, Letters> BGN = new HashMap<>();
        static final Map<String, List<String>> WORDS = load();
        /** The keys of the words of Russian, Ukrainian and Kazakh legal forms written out ({@link LegalFormPhrases}'s
         *  Cyrillic phrases romanised: "obshchestvo", "aktsionernoe", "otvetstvennostyu", "tovarystvo"). */
        static final java.util.Set<String> FORM_WORDS = formWords();
        /** The {@link #hash}es of the keys that make a reading count ({@link #counts}), in an open-addressed table. */
        static final long[] HASHES = hashTable(WORDS.entrySet().stream().filter(e -> counts(e.getKey(), e.getValue()))
                .mapToLong(e -> hash(e.getKey().toCharArray(), e.getKey().length())).toArray());
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> words = new HashMap<>();
        Map<String, List<String>> forms = new HashMap<>();
        read("organisation-words.tsv", true, words, forms, Table.BGN);
        read("business-words.tsv", false, words, forms, Table.BGN);
        // A case form stands for its word only where no word of the table is romanised alike.
        forms.forEach(words::putIfAbsent);
        return Map.copyOf(words);
    }

    private static java.util.Set<String> formWords() {
        Letters russian = Table.BGN.computeIfAbsent("Russian-Latin/BGN", Letters::of);
        Letters ukrainian = Table.BGN.computeIfAbsent("Ukrainian-Latin/BGN", Letters::of);
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : LegalFormPhrases.cyrillicWords()) {
            boolean ukrainianLetters = w.chars().anyMatch(c -> "іїєґ".indexOf(c) >= 0);
            String k = key((ukrainianLetters ? ukrainian : russian).transliterate(w));
            if (k != null && k.length() >= MIN_KEY) {
                out.add(k);
            }
        }
        return java.util.Set.copyOf(out);
    }

    /** Whether a word of the name is a word of a Russian, Ukrainian or Kazakh legal form written out, romanised
     *  ("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU", "TOVARYSTVO Z OBMEZHENOYU VIDPOVIDALNISTYU"). */
    static boolean writesEastSlavicForm(String name) {
        for (String w : Words.pieces(name.toLowerCase(Locale.ROOT), ",.;:()\"")) {   // an apostrophe is ь's ("OTVETSTVENNOST'YU")
            String k = w.length() >= MIN_KEY ? key(w) : null;
            if (k != null && Table.FORM_WORDS.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static void read(String file, boolean commas, Map<String, List<String>> words, Map<String, List<String>> forms,
                             Map<String, Letters> bgn) {
        for (SourcedTable.Row row : SourcedTable.read(RomanisedGlossary.class, file, 4,
                "word TAB English (alternatives separated by |) TAB language TAB source")) {
            String word = OrganisationGlossary.key(row.fields()[0].strip());
            if (word.isEmpty() || word.contains(" ")) {
                continue;
            }
            String english = commas ? row.fields()[1].replace(',', ' ').strip() : row.fields()[1].strip();
            List<String> alternatives = List.of(english.split("\\|"));
            if (!OrganisationGlossary.cyrillic(word)) {
                // a word the table writes romanised already ("promyshlennost", "sberegatelnyj"), of these languages
                if (List.of(row.fields()[2].split(",\\s*")).stream().anyMatch(l -> l.equals("ru") || l.equals("uk")
                        || l.equals("be"))) {
                    put(words, key(word), alternatives);
                }
                continue;
            }
            for (String language : row.fields()[2].split(",")) {
                String id = switch (language.strip()) {
                    case "ru" -> "Russian-Latin/BGN";
                    case "uk" -> "Ukrainian-Latin/BGN";
                    case "be" -> "Belarusian-Latin/BGN";
                    default -> null;   // Bulgarian, Serbian, Kazakh... romanise otherwise
                };
                if (id == null) {
                    continue;
                }
                Letters t = bgn.computeIfAbsent(id, Letters::of);
                put(words, key(t.transliterate(word)), alternatives);
                for (String form : OrganisationGlossary.caseForms(word)) {
                    put(forms, key(t.transliterate(form)), alternatives);
                }
            }
        }
    }

    /**
     * A transliterator's Latin for each lower-case Cyrillic letter (U+0430 to U+048F, U+0491), worked out letter by
     * letter: what it writes for a letter by its place in the word (BGN/PCGN's "ye" for е at a word's start or after a
     * vowel, "e" elsewhere; Ukrainian "ye" and "ie" for є, "yi" and "i" for ї) differs only in an i, y or j before a
     * vowel, which {@link #key} folds, and its signs between letters it drops (a test checks every word of the table
     * against the transliterator's own reading). Letter by letter, the table's thousands of words and case forms load in
     * milliseconds rather than the tenths of a second the transliterator takes for them.
     */
    static final class Letters {
        private final String[] latin = new String[0x60];
        private String ghe;

        static Letters of(String id) {
            Transliterator t = Transliterator.getInstance(id);
            Letters out = new Letters();
            for (char c = 0x430; c < 0x490; c++) {
                out.latin[c - 0x430] = t.transliterate(String.valueOf(c));
            }
            out.ghe = t.transliterate("\u0491");
            return out;
        }

        String transliterate(String word) {
            StringBuilder sb = new StringBuilder(word.length() + 4);
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                sb.append(c >= 0x430 && c < 0x490 ? latin[c - 0x430] : c == '\u0491' ? ghe : String.valueOf(c));
            }
            return sb.toString();
        }
    }

    private static void put(Map<String, List<String>> map, String key, List<String> english) {
        if (key != null && key.length() >= MIN_KEY) {
            SourcedTable.putAlternatives(map, key, english);
        }
    }

    /** The fewest letters a key looked up has. */
    static final int MIN_KEY = 4;

    /**
     * The English words of a word of a Russian, Ukrainian or Belarusian organisation's name written in Latin letters
     * ("kontsern": concern; "gornaya", "gornaja", "gornaia": mining), the usual first; null when the table holds none,
     * or when the word reads as itself ("bank").
     */
    public static List<String> english(String word) {
        String k = key(word);
        if (k == null || k.length() < MIN_KEY) {
            return null;
        }
        List<String> english = Table.WORDS.get(k);
        return english == null || k.equals(key(english.get(0))) ? null : english;
    }

    /**
     * Whether a word {@link #english} reads as {@code english} is that word with an ending more or less ("federalnaya":
     * federal, "institut": institute, "transporte": transport, "pakistani": pakistan, a case form of Пакистан): read so,
     * but no sign that the name is a Russian body's, as another language writes it alike.
     */
    public static boolean nearlyItself(String word, List<String> english) {
        String k = key(word);
        return k != null && !counts(k, english);
    }

    /** Whether a word of key {@code k} read as {@code english} is more than itself with an ending more or less. */
    private static boolean counts(String k, List<String> english) {
        String own = key(english.get(0));
        return own == null || !k.startsWith(own) && !own.startsWith(k);
    }

    /** The hashes in an open-addressed table of twice their number or more (a power of two), 0 for an empty slot
     *  (a hash of 0 is stored as 1, as {@link #holds} looks it up). */
    private static long[] hashTable(long[] hashes) {
        long[] table = new long[Integer.highestOneBit(Math.max(8, hashes.length * 2)) << 1];
        for (long h : hashes) {
            long v = h == 0 ? 1 : h;
            int slot = (int) (v ^ v >>> 32) & (table.length - 1);
            while (table[slot] != 0 && table[slot] != v) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = v;
        }
        return table;
    }

    /** Whether the table of {@link #hashTable} holds the hash. */
    private static boolean holds(long[] table, long h) {
        long v = h == 0 ? 1 : h;
        for (int slot = (int) (v ^ v >>> 32) & (table.length - 1); table[slot] != 0; slot = (slot + 1) & (table.length - 1)) {
            if (table[slot] == v) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name holds a word {@link #english} reads more than as itself with an ending more or less ({@link
     * #nearlyItself}: only such words make a name's reading), a run of letters between other characters, a hyphen's parts
     * counted apart and together ("nauchno-proizvodstvennoe"); asked of every name in Latin letters, so it allocates
     * nothing but one buffer: each word's key is hashed as it is folded and looked up among the table's keys' hashes (a
     * hash met by chance only sends the name on to the full reading, which looks words up by their keys).
     */
    static boolean mayHold(String name) {
        return mayHold(name, true) || name.indexOf('-') >= 0 && mayHold(name, false);
    }

    /** This thread's buffer for a word's letters ({@link #mayHold}: no allocation per name). */
    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[64]);

    /** {@link #mayHold} with a hyphen parting words ({@code hyphenParts}) or not. */
    private static boolean mayHold(String name, boolean hyphenParts) {
        char[] buf = null;
        int n = name.length();
        int i = 0;
        while (i < n) {
            while (i < n && boundary(name.charAt(i), hyphenParts)) {
                i++;
            }
            int start = i;
            while (i < n && !boundary(name.charAt(i), hyphenParts)) {
                i++;
            }
            if (i - start < MIN_KEY) {
                continue;
            }
            if (buf == null || buf.length < i - start) {
                buf = i - start <= 64 ? BUFFER.get() : new char[i - start];
            }
            int len = letters(name, start, i, buf);
            if (len >= MIN_KEY && holds(Table.HASHES, hash(buf, fold(buf, len)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code c} parts words: anything but a letter, a mark or the signs {@link #letters} drops; a hyphen when
     *  {@code hyphen}. */
    private static boolean boundary(char c, boolean hyphen) {
        if (c < 0x80) {
            return c == '-' ? hyphen : !((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c == '\'');
        }
        // as OrganisationGlossary's reading parts a name: what it keeps in a word (letters, marks, ’) is in a word here
        int type = Character.getType(c);
        return !(Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || c == '\u2019');
    }

    /**
     * A Latin word's key (see the class comment): lower case without marks, ь and ъ's signs dropped, zh kh ts cz ch sh sch
     * shch read as one letter each, every run of i, y and j as "i" and none before an e. Null for a word with a letter
     * that is not Latin.
     */
    static String key(String word) {
        char[] buf = new char[word.length()];
        int len = letters(word, 0, word.length(), buf);
        return len < 0 ? null : new String(buf, 0, fold(buf, len));
    }

    /** The letters a-z of {@code s} from {@code from} to {@code to} into {@code buf}, lower case, without their marks (a
     *  letter of Latin-1 to Latin Extended Additional read as its base letter), the signs of ь and ъ, apostrophes, BGN/PCGN's
     *  dot between t and s, and hyphens dropped; their number, or -1 when a character is none of these. */
    private static int letters(CharSequence s, int from, int to, char[] buf) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                char lower = (char) (c | 0x20);
                if (lower >= 'a' && lower <= 'z') {   // exactly A-Z and a-z among ASCII
                    buf[n++] = lower;
                } else if (!dropped(c)) {
                    return -1;
                }
            } else if (c < BASE.length && BASE[c] != 0) {
                buf[n++] = BASE[c];
            } else if (!dropped(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                return -1;
            }
        }
        return n;
    }

    /** Whether a character is one {@link #letters} drops: an apostrophe or quote, BGN/PCGN's ʹ and ʺ, a middle dot, a
     *  hyphen. */
    private static boolean dropped(char c) {
        return c == '\'' || c == '\u2019' || c == '`' || c == '"' || c == '-' || c == '\u02B9' || c == '\u02BA'
                || c == '\u00B7';
    }

    /** The lower-case base letter a-z of a letter of U+00C0 to U+1EFF written with marks (é, Š, ạ); 0 for any other. */
    static char base(char c) {
        return c < BASE.length ? BASE[c] : 0;
    }

    /** The base letter a-z of each letter U+00C0 to U+1EFF that decomposes into one and marks (é, š, ŭ, ạ), lower case;
     *  0 for any other character. */
    private static final char[] BASE = bases();

    private static char[] bases() {
        char[] out = new char[0x1F00];
        for (char c = 0xC0; c < out.length; c++) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
            boolean marks = true;
            for (int k = 1; k < d.length(); k++) {
                marks &= Character.getType(d.charAt(k)) == Character.NON_SPACING_MARK;
            }
            char base = d.charAt(0);
            out[c] = d.length() > 1 && marks && base >= 'a' && base <= 'z' ? base : 0;
        }
        return out;
    }

    /** Folds the letters {@link #letters} wrote, in place (see {@link #key}); returns their new number. */
    private static int fold(char[] b, int n) {
        int out = 0;
        for (int i = 0; i < n; i++) {
            char c = b[i];
            char next = i + 1 < n ? b[i + 1] : 0;
            if (c == 's' && next == 'h' && i + 3 < n && b[i + 2] == 'c' && b[i + 3] == 'h') {
                b[out++] = 's';   // shch
                i += 3;
            } else if (c == 's' && next == 'c' && i + 2 < n && b[i + 2] == 'h') {
                b[out++] = 's';   // sch
                i += 2;
            } else if (next == 'h' && (c == 'z' || c == 'k' || c == 'c' || c == 's')) {
                b[out++] = c == 'k' ? 'h' : c;
                i++;
            } else if (c == 't' && (next == 's' || next == 'z') || c == 'c' && next == 'z') {
                b[out++] = 'c';
                i++;
            } else if (c == 'i' || c == 'y' || c == 'j') {
                int end = i;
                while (end + 1 < n && (b[end + 1] == 'i' || b[end + 1] == 'y' || b[end + 1] == 'j')) {
                    end++;
                }
                if (end + 1 >= n || b[end + 1] != 'e') {
                    b[out++] = 'i';
                }
                i = end;
            } else {
                b[out++] = c;
            }
        }
        return out;
    }

    /** A 64-bit FNV-1a hash of the first {@code n} letters. */
    private static long hash(char[] b, int n) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < n; i++) {
            h = (h ^ b[i]) * 0x100000001b3L;
        }
        return h;
    }

}
