package io.interdict.core.names;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;

/**
 * A name in Cyrillic as the language it is written in romanises it ({@code interdict-v2}). The pipeline reads every
 * Cyrillic name as Russian (BGN/PCGN): Ukrainian and Belarusian г is h there ("Григорій" Hryhoriy, "Сяргей" Siarhei),
 * Ukrainian и is y, and Serbian and Macedonian have a Latin alphabet of their own in which ц is c and ч, ш, ж are č,
 * š, ž ("Кустурица" Kusturica, "Вучић" Vučić), where Russian's reading gives "kusturitsa", "vuchich". Each reading here
 * is ICU's BGN/PCGN transliterator for the language (CLDR's {@code uk-uk_Latn/BGN}, {@code be-be_Latn/BGN},
 * {@code sr-sr_Latn/BGN}, {@code mk-mk_Latn/BGN}), read letter by letter from tables of what ICU gives each letter (ICU
 * itself only for a name with a letter its language's table lacks), one more spelling beside the Russian one. The
 * language is told by
 * its letters:
 * <ul>
 *   <li>Serbian: ђ, ј, љ, њ, ћ or џ; or only letters of the Serbian alphabet (no й, щ, ъ, ы, ь, э, ю, я, ё, є, і,
 *   ї, ў, ґ) and one of ц, ч, ш, ж, which Serbian writes otherwise (a Russian name such as "Цветков" gets the reading
 *   too; it is one more spelling, "cvetkov");</li>
 *   <li>Macedonian: ѓ, ќ or ѕ;</li>
 *   <li>Belarusian: ў, or і beside ы, э or ё (letters Ukrainian lacks);</li>
 *   <li>Ukrainian: є, ї or ґ, or і without ы, э, ё or ў.</li>
 * </ul>
 * Russian and the other languages read as the pipeline reads them.
 */
public final class CyrillicLanguages {
    private static final String SERBIAN_ONLY = "ђјљњћџ";
    private static final String NOT_SERBIAN = "йщъыьэюяёєіїўґѓќѕ";
    private static final String SERBIAN_OTHERWISE = "цчшж";

    private static final String UKRAINIAN = "uk-uk_Latn/BGN";
    private static final String BELARUSIAN = "be-be_Latn/BGN";
    private static final String SERBIAN = "sr-sr_Latn/BGN";
    private static final String MACEDONIAN = "mk-mk_Latn/BGN";

    /**
     * ICU's transliterators, one per thread and language, in a class of their own: a batch whose Cyrillic names all read
     * from the tables below does not even load ICU's {@code Transliterator} class (whose first use builds ICU's
     * registry of transliterators, 0.15-0.45 s of CPU in a cold process).
     */
    private static final class Icu {
        static final ThreadLocal<java.util.Map<String, Transliterator>> BY_ID = ThreadLocal.withInitial(java.util.HashMap::new);

        static String read(String id, String name) {
            Transliterator t = BY_ID.get().computeIfAbsent(id, Transliterator::getInstance);
            return java.text.Normalizer.normalize(t.transliterate(name), java.text.Normalizer.Form.NFC)
                    .replace("\u00B7", "").replace("\u02B9", "");
        }
    }

    private CyrillicLanguages() {
    }

    /** The name's readings in the languages its letters show (Latin, possibly with diacritics); empty for a name with no
     *  Cyrillic letter or whose letters show no language but Russian. */
    public static List<String> readings(String name) {
        if (name == null) {
            return List.of();
        }
        boolean cyrillic = false;
        boolean serbianOnly = false;
        boolean notSerbian = false;
        boolean serbianOtherwise = false;
        boolean macedonian = false;
        boolean u = false;          // ў
        boolean i = false;          // і
        boolean ukrainian = false;  // є ї ґ
        boolean russianOnly = false;  // ы э ё
        for (int k = 0; k < name.length(); k++) {
            char c = Character.toLowerCase(name.charAt(k));
            if (c < '\u0400' || c > '\u04FF') {
                continue;
            }
            cyrillic = true;
            serbianOnly |= SERBIAN_ONLY.indexOf(c) >= 0;
            notSerbian |= NOT_SERBIAN.indexOf(c) >= 0;
            serbianOtherwise |= SERBIAN_OTHERWISE.indexOf(c) >= 0;
            macedonian |= c == 'ѓ' || c == 'ќ' || c == 'ѕ';
            u |= c == 'ў';
            i |= c == 'і';
            ukrainian |= c == 'є' || c == 'ї' || c == 'ґ';
            russianOnly |= c == 'ы' || c == 'э' || c == 'ё';
        }
        if (!cyrillic) {
            return List.of();
        }
        List<String> out = new ArrayList<>(1);
        if (macedonian) {
            String table = letters(name, MACEDONIAN_LATIN);
            out.add(table != null ? table : read(MACEDONIAN, name));
        } else if (serbianOnly || !notSerbian && serbianOtherwise) {
            String table = letters(name, SERBIAN_LATIN);
            out.add(table != null ? table : read(SERBIAN, name));
        }
        if (u || i && russianOnly) {
            String table = letters(name, BELARUSIAN_LATIN);
            out.add(table != null ? table : read(BELARUSIAN, name));
        } else if (ukrainian || i) {
            String table = letters(name, UKRAINIAN_LATIN);
            out.add(table != null ? table : read(UKRAINIAN, name));
        }
        return out;
    }

    /**
     * Serbian and Macedonian Cyrillic have one Latin letter (or two) for each letter whatever its neighbours, so a name
     * is read letter by letter from these tables: what ICU's {@code sr-sr_Latn/BGN} and {@code mk-mk_Latn/BGN} give each
     * lower-case letter alone, composed (U+0400-U+04FF); null for a letter not in the language's
     * alphabet. ICU's rule engine costs ~0.1 ms a name and its registry ~0.5 s on first use, which a list compile would
     * pay for a few names; {@code CyrillicLanguagesTest} compares both tables with ICU, letter by letter and on random
     * words.
     */
    static final String[] SERBIAN_LATIN = table("а a б b в v г g д d ђ đ е e ж ž з z и i ј j к k л l љ lj м m н n њ nj о o п p "
            + "р r с s т t ћ ć у u ф f х h ц c ч č џ dž ш š");
    static final String[] MACEDONIAN_LATIN = table("а a б b в v г g д d ѓ ǵ е e ж ž з z ѕ dz и i ј j к k л l љ lj м m н n њ nj "
            + "о o п p р r с s т t ќ ḱ у u ф f х h ц c ч č џ dž ш š");

    /** Ukrainian and Belarusian the same way: ICU's {@code uk-uk_Latn/BGN} and {@code be-be_Latn/BGN} read each letter alike
     *  whatever its neighbours, except that they put a middle dot between two letters that would read as a digraph ("зг"
     *  "z·h"), which a name's Latin spelling does not write; the soft sign (ICU "ʹ") is left out, as passports and lists
     *  leave it out ("Коваль" Koval). */
    static final String[] UKRAINIAN_LATIN = table("а a б b в v г h ґ g д d е e є ye ж zh з z и y і i ї yi й y к k л l м m н n о o "
            + "п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ь - ю yu я ya");
    static final String[] BELARUSIAN_LATIN = table("а a б b в v г h д d е ye ё yo ж zh з z і i й y к k л l м m н n о o п p р r "
            + "с s т t у u ў w ф f х kh ц ts ч ch ш sh ы y ь - э e ю yu я ya");

    private static String[] table(String pairs) {
        String[] t = new String[0x100];
        String[] p = pairs.split(" ");
        for (int k = 0; k < p.length; k += 2) {
            t[p[k].charAt(0) - 0x400] = p[k + 1].equals("-") ? "" : p[k + 1];
        }
        return t;
    }

    /** The name read letter by letter (lower case), or null when a Cyrillic letter is not in the table. */
    static String letters(String name, String[] table) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int k = 0; k < name.length(); k++) {
            char c = Character.toLowerCase(name.charAt(k));
            if (c < '\u0400' || c > '\u04FF') {
                sb.append(c);
                continue;
            }
            String r = table[c - 0x400];
            if (r == null) {
                return null;
            }
            sb.append(r);
        }
        return sb.toString();
    }

    /** ICU's reading, composed (NFC: "Đoković", not D + combining stroke...), without the middle dots and primes the
     *  tables leave out: for a name with a letter the language's table lacks (a Russian letter in a Ukrainian name). */
    private static String read(String id, String name) {
        return Icu.read(id, name);
    }
}
