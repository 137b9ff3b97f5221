package io.interdict.core.names;

/** The second part of a Japanese compound as it is spoken in it. */
public final class Rendaku {
    /** Voiceless onsets (Hepburn) and their voiced forms; longer spellings first. */
    private static final String[][] VOICING = {
        {"sh", "j"}, {"ch", "j"}, {"ts", "z"}, {"k", "g"}, {"s", "z"}, {"t", "d"}, {"h", "b"}, {"f", "b"},
    };

    private Rendaku() {
    }

    /**
     * Rendaku (sequential voicing; Wikipedia, "Rendaku"): the voiceless first consonant of a native (kun-read)
     * morpheme that is not first in a compound is voiced: k -> g, s -> z (sh -> j), t -> d (ch -> j, ts -> z),
     * h and f -> b ("kami" -> origami's "gami", 田 "ta" -> 山田 "yamada"). Lyman's law blocks it when the
     * morpheme already has a voiced obstruent (g, z, j, d, b): 風 "kaze" stays. Rendaku is common but not
     * regular, so this is an extra reading beside the unvoiced one.
     */
    public static String voice(String kun) {
        for (int i = 0; i < kun.length(); i++) {
            if ("gzjdb".indexOf(kun.charAt(i)) >= 0) {
                return kun;   // Lyman's law
            }
        }
        for (String[] v : VOICING) {
            if (kun.startsWith(v[0])) {
                return v[1] + kun.substring(v[0].length());
            }
        }
        return kun;
    }

}
