package io.interdict.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The wire form of the closed vocabularies: lower-case enum names, parsed with an error that lists the choices. */
public final class Wire {
    private Wire() {
    }

    public static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code s} (case-insensitive, '-' read as '_'); the error names {@code what} and every valid value. */
    public static <E extends Enum<E>> E parse(Class<E> type, String s, String what) {
        if (s != null) {
            String k = s.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(k)) {
                    return e;
                }
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + s + "' (expected one of " + choices(type) + ")");
    }

    public static String choices(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Wire::name).collect(Collectors.joining(", "));
    }
}
