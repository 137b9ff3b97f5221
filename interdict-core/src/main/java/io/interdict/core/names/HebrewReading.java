package io.interdict.core.names;

/**
 * A Hebrew name as its Latin spellings sound it ({@code interdict-v2}), for the consonant reading of abjad words:
 * <ul>
 *   <li>alef (א) and ayin (ע) beginning a word as the vowel they carry, "a": ICU writes both as an apostrophe the pipeline drops, so
 *   "עוז" reads "wz" and no longer starts with the vowel "Oz" does; read "awz", its waw is the o (as the Arabic reading
 *   takes ain for alef). Modern Hebrew pronounces both as a glottal stop or nothing (Wikipedia, "Romanization of
 *   Hebrew": ISO 259 and the Academy's 2006 rules write no letter for them in general use);</li>
 *   <li>a he (ה) ending a word as the vowel it marks, "a" ({@link #finalVowelLetter}: נועה "nwa" ~ "Noa");</li>
 *   <li>a letter with a geresh (׳ or an apostrophe) as the sound it marks, which ICU ignores: ג׳ "j", ז׳ "zh", צ׳ "ch"
 *   ("ז'בוטינסקי" -> "zhbwtynsqy" ~ "Jabotinsky"; Academy of the Hebrew Language, transliteration rules of 2006, as
 *   Wikipedia's "Romanization of Hebrew" tabulates them: ג׳ ǧ/j, ז׳ ž/zh, צ׳ č/ch).</li>
 * </ul>
 */
public final class HebrewReading {
    private HebrewReading() {
    }

    /** Whether position i begins a word: inside one the vowel is free anyway, and ICU's reading serves. */
    private static boolean wordStart(String name, int i) {
        return i == 0 || !Character.isLetter(name.charAt(i - 1));
    }

    /**
     * Whether a he (ה) ends a word of three letters or more: there it is a vowel letter, no consonant ("at the end of a
     * word it is always a mere vowel letter, unless expressly marked by Mappîq", Gesenius' Hebrew Grammar, 1910
     * Kautzsch-Cowley edition, section 6k; a mappiq is a point, which names written without points never carry). It
     * marks a final a or e: נועה Noa, שירה Shira, רבקה Rivka, משה Moshe. ICU writes it "h", which the consonant reading
     * may skip after three consonants only (a final het, ח, is a consonant: "zmh" is not "azem"), so a short name ending
     * in it found no Latin spelling ("nwh" ~ "noa"). Read as a patah, "nwa" ~ "noa". Words of two letters (זה, מה) are
     * left as ICU reads them.
     */
    private static boolean finalVowelLetter(String name, int i) {
        if (i + 1 < name.length() && Character.isLetter(name.charAt(i + 1))) {
            return false;
        }
        int letters = 0;
        for (int k = i - 1; k >= 0 && Character.isLetter(name.charAt(k)); k--) {
            letters++;
        }
        return letters >= 2;
    }

    /** Whether the name has a Hebrew letter. */
    public static boolean isHebrew(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '\u05D0' && c <= '\u05EA') {
                return true;
            }
        }
        return false;
    }

    /** The reading, or null when it reads as written (no alef or ayin beginning a word, no final he, no geresh). It stays in letters ICU transliterates
     *  (a Latin letter would make the name read as partly Latin, no longer as an abjad's): alef and ayin as a patah
     *  (ICU "a"), the geresh letters as the Arabic-script letters of their sounds (ج "j", ژ "zh", چ "ch"). */
    public static String read(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        boolean changed = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char next = i + 1 < name.length() ? name.charAt(i + 1) : 0;
            boolean geresh = next == '\u05F3' || next == '\'' || next == '\u2019';
            String r = switch (c) {
                case '\u05D0', '\u05E2' -> wordStart(name, i) ? "\u05B7" : null;   // patah: ICU "a"
                case '\u05D4' -> finalVowelLetter(name, i) ? "\u05B7" : null;   // the vowel a final he marks
                case '\u05D2' -> geresh ? "\u062C" : null;        // ج: ICU "j"
                case '\u05D6' -> geresh ? "\u0698" : null;        // ژ: ICU "zh"
                case '\u05E6', '\u05E5' -> geresh ? "\u0686" : null;  // چ: ICU "ch"
                default -> null;
            };
            if (r == null) {
                sb.append(c);
                continue;
            }
            sb.append(r);
            changed = true;
            if (geresh && r.length() > 0 && c != '\u05D0' && c != '\u05E2') {
                i++;   // the geresh is read with its letter
            }
        }
        return changed ? sb.toString() : null;
    }
}
