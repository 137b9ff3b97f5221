package io.interdict.server.yente;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country values as FollowTheMoney cleans them: an ISO 3166-1 alpha-2 code in lower case, whether the
 * client wrote {@code RU}, {@code ru}, {@code RUS} or {@code Russia}. Names come from the JDK's own
 * English country names, so no table is kept here.
 */
public final class Countries {
    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String cc : Locale.getISOCountries()) {
            Locale l = new Locale("", cc);
            String code = cc.toLowerCase(Locale.ROOT);
            CODES.put(code, code);
            CODES.put(l.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
            try {
                CODES.put(l.getISO3Country().toLowerCase(Locale.ROOT), code);
            } catch (java.util.MissingResourceException e) {
                // no alpha-3 for this code: the alpha-2 and the name still work
            }
        }
        // Names in common use that differ from the JDK's English display names.
        CODES.put("russian federation", "ru");
        CODES.put("iran, islamic republic of", "ir");
        CODES.put("north korea", "kp");
        CODES.put("south korea", "kr");
        CODES.put("syrian arab republic", "sy");
        CODES.put("united states of america", "us");
        CODES.put("usa", "us");
        CODES.put("uk", "gb");
        CODES.put("great britain", "gb");
        CODES.put("eu", "eu");
    }

    private Countries() {
    }

    /** The lower-case alpha-2 code, or null when the value names no country we know. */
    public static String code(String value) {
        if (value == null) {
            return null;
        }
        return CODES.get(value.trim().toLowerCase(Locale.ROOT));
    }
}
