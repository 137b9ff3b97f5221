package io.interdict.bench;

import java.util.List;
import java.util.Random;

/**
 * Postal addresses and account references written into a name, as payment data carries them (SWIFT MT103 party lines,
 * with an account line or option F's party identifier and numbered lines; "ACCT NO …", "IBAN …" after the name; a
 * single "name" column of a file). Made up from a seed, in the formats of several countries; some formats
 * {@code AddressTail} does not read (a Japanese block address, a Russian street before its number with the city first
 * of the next part, a floor before the street), so the figures show its limits too.
 */
final class Addresses {
    static final long TUNING_SEED = 1;
    static final long HELD_OUT_SEED = 2;

    enum Format {
        US, UK, DE, FR, ES, IT, PO_BOX, MT103_LINES, MT103_ACCOUNT, MT103_OPTION_F, SEMICOLONS, JP_BLOCK, RU_STREET,
        FLOOR_FIRST, ACCOUNT_INLINE, IBAN_INLINE, COUNTRY, CITY_COUNTRY
    }

    private static final List<String> STREETS = List.of("Main", "Oak", "Azadegan", "Stromynka", "Victoria", "Market", "Garden",
            "Harbour", "Station", "Mill", "Lindon", "Cedar", "King", "Church", "Al Wasl", "Nasr", "Rivoli", "Mayor", "Roma",
            "Tverskaya", "Bahnhof", "Linden", "Park", "Lake");
    private static final List<String> CITIES = List.of("Tehran", "Moscow", "Dubai", "London", "Berlin", "Paris", "Madrid",
            "Houston", "Pasadena", "Milano", "Hamburg", "Lyon", "Sevilla", "Osaka", "Caracas", "Havana", "Minsk", "Doha");
    private static final List<String> US_TYPES = List.of("St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Street", "Avenue");
    private static final List<String> UK_TYPES = List.of("Road", "Street", "Lane", "Close", "Way");
    private static final List<String> COUNTRIES = List.of("Iran", "Russia", "Syria", "Cuba", "Venezuela", "UAE", "Germany",
            "France", "Spain", "Belarus", "Qatar", "Japan");
    private static final List<String> STATES = List.of("TX", "CA", "NY", "FL", "DE", "NJ");

    private final Random random;

    Addresses(long seed) {
        this.random = new Random(seed);
    }

    Format nextFormat() {
        return Format.values()[random.nextInt(Format.values().length)];
    }

    /** The name with an address of the format written after it. */
    String after(String name, Format f) {
        String street = pick(STREETS);
        String city = pick(CITIES);
        int num = 1 + random.nextInt(random.nextBoolean() ? 99 : 12_000);
        String zip = String.format("%05d", random.nextInt(100_000));
        return switch (f) {
            case US -> name + ", " + num + " " + street + " " + pick(US_TYPES) + ", " + city + " " + pick(STATES) + " " + zip;
            case UK -> name + ", " + num + " " + street + " " + pick(UK_TYPES) + ", " + city + " " + ukPostcode();
            case DE -> name + ", " + street + "straße " + num + ", " + zip + " " + city;
            case FR -> name + ", " + num + " rue " + street + ", " + zip + " " + city;
            case ES -> name + ", Calle " + street + " " + num + ", " + zip + " " + city;
            case IT -> name + ", Via " + street + " " + num + ", " + zip + " " + city;
            case PO_BOX -> name + ", P.O. Box " + num + ", " + city;
            case MT103_LINES -> name.toUpperCase(java.util.Locale.ROOT) + "\n" + num + " " + street.toUpperCase(java.util.Locale.ROOT)
                    + " STREET\n" + city.toUpperCase(java.util.Locale.ROOT);
            case MT103_ACCOUNT -> "/" + iban() + "\n" + name.toUpperCase(java.util.Locale.ROOT) + "\n" + num + " "
                    + street.toUpperCase(java.util.Locale.ROOT) + " ROAD\n" + city.toUpperCase(java.util.Locale.ROOT);
            case MT103_OPTION_F -> "CCPT/" + pick(List.of("GB", "DE", "IR", "RU", "AE")) + "/" + (100_000_000 + random.nextInt(900_000_000))
                    + "\n1/" + name.toUpperCase(java.util.Locale.ROOT) + "\n2/" + num + " " + street.toUpperCase(java.util.Locale.ROOT)
                    + " AVENUE\n3/" + city.toUpperCase(java.util.Locale.ROOT);
            case ACCOUNT_INLINE -> name + " " + pick(List.of("ACCT NO", "A/C", "Account No.", "ACC#")) + " "
                    + (10_000_000 + random.nextInt(90_000_000));
            case IBAN_INLINE -> name + " IBAN " + iban().replaceAll("(.{4})(?!$)", "$1 ") + ", " + city;
            case SEMICOLONS -> name + "; " + num + " " + street + " " + pick(US_TYPES) + "; " + city;
            case JP_BLOCK -> name + ", " + (1 + random.nextInt(9)) + "-" + (1 + random.nextInt(20)) + "-" + (1 + random.nextInt(30))
                    + " " + street + ", " + city;
            case RU_STREET -> name + ", ul. " + street + " " + num + ", " + city + " " + zip;
            case FLOOR_FIRST -> name + ", Floor " + (1 + random.nextInt(40)) + ", " + street + " Tower, " + city;
            case COUNTRY -> name + ", " + pick(COUNTRIES);
            case CITY_COUNTRY -> name + ", " + city + ", " + pick(COUNTRIES);
        };
    }

    private String iban() {
        StringBuilder sb = new StringBuilder(pick(List.of("DE", "GB", "FR", "AE", "CH")));
        for (int i = 0; i < 20; i++) {
            sb.append(random.nextInt(10));
        }
        return sb.toString();
    }

    private String ukPostcode() {
        char a = (char) ('A' + random.nextInt(26));
        char b = (char) ('A' + random.nextInt(26));
        return "" + a + b + (1 + random.nextInt(20)) + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
