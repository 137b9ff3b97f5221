package io.interdict.core.match.fuzzy;

/**
 * Whether two Latin words, one of them read from Cyrillic, begin with letters no one Cyrillic letter is written as
 * ({@link InterdictV2}'s first-sound test for a name read from Cyrillic). Cyrillic spells a name's first sound with
 * one letter, and the romanisations in use write each letter with letters of their own (ISO 9, BGN/PCGN, the
 * passports' ICAO 9303 table, and the German, French and Polish habits: Wikipedia, "Romanization of Russian", table
 * "Transliteration of Russian"): Б is b in all of them, П is p, Д is d, Т is t, В is v or w. So "Беспалов", read
 * "bespalov", is no "Posobilov", though the sound codes agree (PSPLF) and the broader groups of
 * {@link InterdictV2#firstSoundDiffers} (for alphabets whose spellings vary more: Western Armenian writes Բ as p,
 * Modern Greek β as v) put b with p. Each Latin letter below lists the letters of the Russian, Ukrainian and
 * Belarusian alphabets it may stand for at the start of a word; two first letters are one sound when they share one.
 */
final class CyrillicFirstSounds {
    private CyrillicFirstSounds() {
    }

    /** For a to z, the Cyrillic letters (lower case) a word may begin with when its romanisation begins so. */
    private static final String[] SOURCES = {
        "а",          // a
        "б",          // b
        "цчшхк",      // c: ts (Polish c), ch (English ч, French ш, German х), Constantin
        "д",          // d
        "еэёє",       // e
        "ф",          // f
        "гґ",         // g
        "хг",         // h: kh as h; Ukrainian and Belarusian г
        "иіыйяюї",    // i: ia, iu
        "йяюеёжєїд",  // j: ja, ju, je, jo (German, Polish), French j for ж, English j for дж
        "кх",         // k: kh
        "л",          // l
        "м",          // m
        "н",          // n
        "оё",         // o
        "п",          // p
        "к",          // q
        "р",          // r
        "сшщж",       // s: sh, shch, German sch for ж
        "тцч",        // t: ts, tch, tsch
        "уюў",        // u
        "в",          // v
        "вў",         // w: German and Polish w for в
        "хк",         // x: х, кс
        "йяюеёыєї",   // y: ya, yu, ye, yo
        "зжц",        // z: zh, German z for ц
    };

    /** Whether words {@code x} and {@code y} (lower case) begin with sounds no Cyrillic letter shares: other letters,
     *  not both vowels. A letter beyond a to z tells nothing: false. */
    static boolean differ(String x, String y) {
        char a = x.charAt(0);
        char b = y.charAt(0);
        if (a == b || InterdictV2.isVowel(a) && InterdictV2.isVowel(b) || a < 'a' || a > 'z' || b < 'a' || b > 'z') {
            return false;
        }
        String sa = SOURCES[a - 'a'];
        String sb = SOURCES[b - 'a'];
        for (int i = 0; i < sa.length(); i++) {
            if (sb.indexOf(sa.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
