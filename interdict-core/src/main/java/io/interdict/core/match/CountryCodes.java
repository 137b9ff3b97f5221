package io.interdict.core.match;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country and nationality words to ISO alpha-2 codes, from the JDK's English names ("Spain",
 * "United Arab Emirates") and the codes themselves; a few demonyms and short forms the lists and
 * callers use. Unknown words give null (and then count as absent).
 */
public final class CountryCodes {
    /** Compiled once (and before {@link #BY_NAME}, which uses them): every query's nationality is read. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^a-z]+");
    private static final Map<String, String> BY_NAME = build();

    private CountryCodes() {
    }

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            m.put(key(code), code);
            m.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        // Short forms the UN and OFAC lists write (their full names are in interdict-lists' country aliases).
        String[][] extra = {{"russia", "RU"}, {"iran", "IR"}, {"syria", "SY"}, {"north korea", "KP"}, {"dprk", "KP"},
                {"korea north", "KP"}, {"south korea", "KR"}, {"korea south", "KR"}, {"usa", "US"}, {"united states of america", "US"},
                {"uk", "GB"}, {"great britain", "GB"}, {"vietnam", "VN"}, {"laos", "LA"}, {"bolivia", "BO"}, {"venezuela", "VE"},
                {"tanzania", "TZ"}, {"moldova", "MD"}, {"palestine", "PS"}, {"congo democratic republic", "CD"},
                {"democratic republic of the congo", "CD"}, {"turkey", "TR"}, {"turkiye", "TR"}, {"burma", "MM"},
                {"ivory coast", "CI"}, {"cote d ivoire", "CI"}};
        for (String[] e : extra) {
            m.put(key(e[0]), e[1]);
        }
        return Map.copyOf(m);
    }

    /** The value without marks, lower case, each run of anything but a-z one space, stripped: what the patterns
     *  {@code \p{M}+} (removed) and {@code [^a-z]+} (a space) give, by a loop (every party's country is asked). */
    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK) {
                kept.appendCodePoint(cp);
            }
        }
        String lower = kept.toString().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** {@link #key} by the regular expressions it stands for (tests compare the two). */
    static String keyByPatterns(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTERS.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The alpha-2 code of a code or an English country name, or null. */
    public static String code(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String k = key(value);
        String c = BY_NAME.get(k);
        if (c == null && k.contains("(")) {
            c = BY_NAME.get(k.substring(0, k.indexOf('(')).strip());
        }
        return c;
    }
}
