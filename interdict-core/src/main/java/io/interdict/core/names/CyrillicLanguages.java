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
 * {@code sr-sr_Latn/BGN}, {@code mk-mk_Latn/BGN}), one more spelling beside the Russian one. The language is told by
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

    private static final ThreadLocal<Transliterator> UKRAINIAN = ThreadLocal.withInitial(() -> Transliterator.getInstance("uk-uk_Latn/BGN"));
    private static final ThreadLocal<Transliterator> BELARUSIAN = ThreadLocal.withInitial(() -> Transliterator.getInstance("be-be_Latn/BGN"));
    private static final ThreadLocal<Transliterator> SERBIAN = ThreadLocal.withInitial(() -> Transliterator.getInstance("sr-sr_Latn/BGN"));
    private static final ThreadLocal<Transliterator> MACEDONIAN = ThreadLocal.withInitial(() -> Transliterator.getInstance("mk-mk_Latn/BGN"));

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
            out.add(read(MACEDONIAN, name));
        } else if (serbianOnly || !notSerbian && serbianOtherwise) {
            out.add(read(SERBIAN, name));
        }
        if (u || i && russianOnly) {
            out.add(read(BELARUSIAN, name));
        } else if (ukrainian || i) {
            out.add(read(UKRAINIAN, name));
        }
        return out;
    }

    /** ICU's reading, composed (NFC: "Đoković", not D + combining stroke...). */
    private static String read(ThreadLocal<Transliterator> t, String name) {
        return java.text.Normalizer.normalize(t.get().transliterate(name), java.text.Normalizer.Form.NFC);
    }
}
