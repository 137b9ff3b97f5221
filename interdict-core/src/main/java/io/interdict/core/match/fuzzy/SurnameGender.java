package io.interdict.core.match.fuzzy;

/**
 * Slavic family names agree with the bearer's gender: Aksyonova is a woman, Aksyonov a man; Krasnitskaya and
 * Krasnitsky, Kowalska and Kowalski. {@code name_ending} already tells "Morozova" from "Morozov", one letter apart; a
 * name read from Cyrillic may differ in its stem too ("Аксенова", read "aksenova", ~ "AKSYONOV": two edits), and the
 * ending still says another person.
 */
final class SurnameGender {
    private static final String[] MASCULINE_BEFORE_A = {"ov", "ev", "in", "yn"};
    private static final String[] MASCULINE_ADJECTIVAL = {"ky", "kiy", "kii", "kij", "ki"};

    private SurnameGender() {
    }

    /** Whether one word has a Slavic feminine surname ending and the other the masculine one. */
    static boolean differs(String x, String y) {
        return feminineOf(x, y) || feminineOf(y, x);
    }

    private static boolean feminineOf(String fem, String masc) {
        if (fem.length() < 5 || masc.length() < 4) {
            return false;
        }
        if (fem.endsWith("kaya")) {
            return endsWithAny(masc, MASCULINE_ADJECTIVAL);   // -skaya / -sky (Russian)
        }
        if (fem.endsWith("ska") || fem.endsWith("cka") || fem.endsWith("zka")) {
            return endsWithAny(masc, MASCULINE_ADJECTIVAL);   // -ska / -ski (Polish)
        }
        if (!fem.endsWith("a")) {
            return false;
        }
        String stem = fem.substring(0, fem.length() - 1);
        return endsWithAny(stem, MASCULINE_BEFORE_A) && endsWithAny(masc, MASCULINE_BEFORE_A);
    }

    private static boolean endsWithAny(String s, String[] endings) {
        for (String e : endings) {
            if (s.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
