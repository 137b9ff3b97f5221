package io.interdict.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Synthetic companies from around the world, none of them listed: the organisations' false-positive set. Half the names
 * are Datafaker's per-locale company names as each country writes them ("Schmidt GmbH", "ООО Иванов", 株式会社…); the
 * other half a locale's family name, one or two business words and the locale's company suffix ("Moreau Shipping
 * Holdings SARL"), the names a payment's counterparty carries. Deterministic for a seed: seeds 7 and 9 tune, 8 is held
 * out.
 */
public final class WorldCompanies {
    public static final long[] TUNING_SEEDS = {7, 9};
    public static final long HELD_OUT_SEED = 8;

    private static final String[] LOCALES = {"en-US", "en-GB", "en-IN", "de", "fr", "es", "es-MX", "it", "pt-BR", "nl", "sv",
        "pl", "cs", "hu", "tr", "vi", "id", "ru", "uk", "bg", "ka", "hy", "fa", "ar", "he", "el-GR", "th", "ko", "ja", "zh-CN"};

    /** Business words a company's name carries after its own word. */
    private static final String[] BUSINESS = {"Trading", "Shipping", "Technologies", "Holdings", "Logistics", "Industries",
        "Energy", "Construction", "Group", "International", "Investments", "Engineering", "Services", "Marine", "Electronics",
        "Import Export", "Petroleum", "Capital", "Systems", "Pharmaceuticals", "Textiles", "Foods", "Steel", "Mining"};

    public record Company(String name, String locale) {
    }

    private WorldCompanies() {
    }

    public static List<Company> generate(long seed, int count) {
        Random random = new Random(seed);
        List<Faker> fakers = new ArrayList<>();
        for (String l : LOCALES) {
            fakers.add(new Faker(Locale.forLanguageTag(l), new Random(seed * 31 + l.hashCode())));
        }
        List<Company> out = new ArrayList<>(count);
        int failures = 0;
        while (out.size() < count) {
            int k = random.nextInt(LOCALES.length);
            Faker f = fakers.get(k);
            String name;
            try {
                if (random.nextBoolean()) {
                    name = f.company().name();
                } else {
                    String words = BUSINESS[random.nextInt(BUSINESS.length)]
                            + (random.nextInt(3) == 0 ? " " + BUSINESS[random.nextInt(BUSINESS.length)] : "");
                    name = f.name().lastName() + " " + words + " " + f.company().suffix();
                }
            } catch (RuntimeException e) {
                if (++failures > 100 * count) {
                    throw new IllegalStateException("no locale gives company names", e);
                }
                continue;   // a locale without company data
            }
            out.add(new Company(name.strip(), LOCALES[k]));
        }
        return out;
    }
}
