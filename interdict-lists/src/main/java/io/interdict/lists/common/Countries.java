package io.interdict.lists.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names as the lists write them ("Iran (Islamic Republic of)", "Korea, North", "DPRK")
 * to ISO 3166 alpha-2 codes. English names come from the JDK; the publishers' variants live in
 * {@code lists/country-aliases.tsv}.
 */
public final class Countries {
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, String> BY_NAME = load();
    /** Lists repeat the same few hundred country spellings thousands of times. */
    private static final Map<String, java.util.Optional<String>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private Countries() {
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            m.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
            m.put(key(code), code);
        }
        try (var in = Countries.class.getResourceAsStream("/lists/country-aliases.tsv")) {
            if (in == null) {
                throw new IllegalStateException("lists/country-aliases.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\t");
                m.put(key(p[0]), p[1].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    private static String key(String name) {
        return NON_WORD.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The alpha-2 code, or null when the name is unknown. */
    public static String code(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return CACHE.computeIfAbsent(name, n -> java.util.Optional.ofNullable(lookup(n))).orElse(null);
    }

    private static String lookup(String name) {
        String code = BY_NAME.get(key(name));
        int paren = name.indexOf('(');
        if (code == null && paren > 0) {
            // "Afghanistan (since 2009)", "Pakistan (location as at May 2008)"
            code = BY_NAME.get(key(name.substring(0, paren)));
        }
        return code;
    }
}
