package io.interdict.core.measure;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Jurisdiction codes: an ISO 3166-1 alpha-2 country ({@code US}) or an ISO 3166-2 subdivision
 * ({@code US-MT}). A subdivision is bound by its own measures and by its country's. Subdivision codes of
 * the United States and Canada are checked against ISO 3166-2; for other countries only the shape
 * ({@code CC-XXX}, 1 to 3 letters or digits) and the country are checked.
 */
public final class Jurisdiction {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** ISO 3166-2:US (states, DC, outlying areas) and ISO 3166-2:CA (provinces and territories). */
    private static final Map<String, Set<String>> SUBDIVISIONS = Map.of(
            "US", Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
                    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
                    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
                    "WV", "WI", "WY", "DC", "AS", "GU", "MP", "PR", "UM", "VI"),
            "CA", Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"));

    private Jurisdiction() {
    }

    /**
     * The canonical code (upper case; "UK" read as GB, "UK-…" as "GB-…").
     *
     * @throws IllegalArgumentException naming what is wrong with the code
     */
    public static String parse(String s) {
        String j = s.trim().toUpperCase(Locale.ROOT);
        if (j.equals("UK") || j.startsWith("UK-")) {
            j = "GB" + j.substring(2);
        }
        int dash = j.indexOf('-');
        String country = dash < 0 ? j : j.substring(0, dash);
        if (!COUNTRIES.contains(country)) {
            throw new IllegalArgumentException("'" + s + "' is not an ISO 3166-1 alpha-2 country code"
                    + " or an ISO 3166-2 subdivision code (US, US-MT)");
        }
        if (dash < 0) {
            return j;
        }
        String sub = j.substring(dash + 1);
        Set<String> known = SUBDIVISIONS.get(country);
        if (!sub.matches("[A-Z0-9]{1,3}") || (known != null && !known.contains(sub))) {
            throw new IllegalArgumentException("'" + s + "' is not an ISO 3166-2 subdivision of " + country);
        }
        return j;
    }

    /** The country of a code: {@code US} for {@code US-MT} and for {@code US}. */
    public static String country(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }

    public static boolean isSubdivision(String code) {
        return code.indexOf('-') > 0;
    }
}
