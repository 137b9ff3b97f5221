package io.interdict.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Synthetic people from around the world, none of them listed: the false-positive set. Names come
 * from Datafaker's per-locale name data (given and family names as each country writes them, in its
 * own script: Cyrillic, Arabic, Persian, Hebrew, Greek, Armenian, Georgian, Tamil, Thai, Hangul, kana/Han
 * and Han), a birth date between 1940 and 2005 and the locale's nationality. Deterministic for a seed:
 * seed 7 tunes, seed 8 is held out.
 */
public final class WorldPeople {
    public static final long TUNING_SEED = 7;
    public static final long HELD_OUT_SEED = 8;

    /** Datafaker locale, ISO nationality, and whether the family name comes first, unspaced (Han, Hangul, kana). */
    private static final String[][] LOCALES = {
        {"en-US", "US", ""}, {"en-GB", "GB", ""}, {"en-IN", "IN", ""}, {"en-NG", "NG", ""}, {"en-PAK", "PK", ""},
        {"en-PH", "PH", ""}, {"en-UG", "UG", ""}, {"de", "DE", ""}, {"fr", "FR", ""}, {"es", "ES", ""}, {"es-MX", "MX", ""},
        {"es-AR", "AR", ""}, {"it", "IT", ""}, {"pt-BR", "BR", ""}, {"nl", "NL", ""}, {"sv", "SE", ""}, {"pl", "PL", ""},
        {"cs", "CZ", ""}, {"hu", "HU", ""}, {"tr", "TR", ""}, {"vi", "VN", ""}, {"id", "ID", ""}, {"ru", "RU", ""},
        {"uk", "UA", ""}, {"bg", "BG", ""}, {"ka", "GE", ""}, {"hy", "AM", ""}, {"fa", "IR", ""}, {"ar", "SA", ""},
        {"he", "IL", ""}, {"el-GR", "GR", ""}, {"ta", "IN", ""}, {"th", "TH", ""}, {"ko", "KR", "first"},
        {"ja", "JP", "first"}, {"zh-CN", "CN", "first"}, {"zh-TW", "TW", "first"},
    };

    public record Person(String name, String birthDate, String nationality, String locale) {
    }

    private WorldPeople() {
    }

    public static List<Person> generate(long seed, int count) {
        Random random = new Random(seed);
        List<Faker> fakers = new ArrayList<>();
        for (String[] l : LOCALES) {
            fakers.add(new Faker(Locale.forLanguageTag(l[0]), new Random(seed * 31 + l[0].hashCode())));
        }
        List<Person> out = new ArrayList<>(count);
        while (out.size() < count) {
            int k = random.nextInt(LOCALES.length);
            Faker f = fakers.get(k);
            String first;
            String last;
            try {
                first = f.name().firstName();
                last = f.name().lastName();
            } catch (RuntimeException e) {
                continue;   // a locale without name data
            }
            String name = LOCALES[k][2].isEmpty() ? first + " " + last : last + first;
            LocalDate dob = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(65 * 365));
            out.add(new Person(name, dob.toString(), LOCALES[k][1], LOCALES[k][0]));
        }
        return out;
    }
}
