package io.interdict.core.names;

/**
 * A Thai name as the Royal Thai General System of Transcription (RTGS) writes it, which is how Thai names
 * are mostly spelt in Latin letters: ประยุทธ์ -> "prayut", สมชาย -> "somchai". ICU's Thai-Latin writes the
 * letters one by one (ISO 11940: "prayuthth", "smchay"), which shares too little with the usual spelling.
 * <p>What is read (the Royal Institute's tables, 1999, as the Journal of the Royal Institute of Thailand,
 * vol. 31 no. 3, 2006, and Wiktionary's Thai romanisation page give them):
 * <ul>
 *   <li>consonants by position: an initial by its sound (จ ช ฉ ch, ท ธ ถ th, พ ภ ผ ph, อ silent), a final by
 *   the six sounds a syllable may end in (k, t, p, n, m, ng; ย and ว as the vowels i and o): "transcription
 *   of consonants in final position is according to pronunciation, not Thai orthography";</li>
 *   <li>the thanthakhat (U+0E4C, the "killer" mark) silences the letter it stands on and any vowel sign on
 *   it (ศักดิ์ -> "sak"), and the letter before it when that one follows a syllable's final (จันทร์ -> "chan",
 *   ศาสตร์ -> "sat"; Thai Language Hut, "What is ์ above the consonant");</li>
 *   <li>vowels in the order they are spoken: a leading vowel (เ แ โ ใ ไ) after the consonant it is
 *   written before; a syllable without a vowel sign has the implied vowel o when closed by a final, a when
 *   open ("implied vowels, which are not written in Thai orthography, are inserted as pronounced");</li>
 *   <li>a silent ห before a sonorant (หม, หน, หล: it marks the tone), ร ล ว after a first consonant as a
 *   cluster (ประ -> "pra"); the false clusters, whose ร is silent after ซ ศ ส and reads ทร as s (ศรี -> "si",
 *   ประเสริฐ -> "prasoet", ทราย -> "sai"; Thai Language Hut, "Exceptions with ร"; learningthai.com, "ร rules").</li>
 * </ul>
 * Simplified: syllables are found left to right (a consonant with no vowel sign after a vowel is that
 * syllable's final), Sanskrit-style implied syllables ("ชินวัตร" is "chinnawat" in RTGS, read "chinwat")
 * and tone are not read. Names are written in Latin letters in many ways besides RTGS ("Shinawatra"): this is
 * one more reading, not the only one.
 */
public final class ThaiReading {
    private static final char THANTHAKHAT = '\u0E4C';

    private ThaiReading() {
    }

    /** Whether the text has a Thai letter. */
    public static boolean isThai(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0E01' && c <= '\u0E5B') {
                return true;
            }
        }
        return false;
    }

    /** The RTGS reading of each Thai word (other words kept as they are), words apart as written. */
    public static String read(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (String w : name.strip().split("\\s+")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(isThai(w) ? word(w) : w);
        }
        return out.toString();
    }

    /** One word: silent letters out, then syllable by syllable. */
    static String word(String w) {
        String s = withoutGeminateEnd(unsilenced(w));
        StringBuilder out = new StringBuilder(s.length() + 4);
        int i = 0;
        int n = s.length();
        boolean closedBefore = false;
        char carried = 0;   // a leading vowel deferred past a leading consonant to the sonorant it leads
        while (i < n) {
            char c = s.charAt(i);
            if (!consonant(c) && !leading(c)) {
                i++;   // a stray sign, digit or tone mark
                continue;
            }
            char lead = carried;
            carried = 0;
            if (lead == 0 && leading(c)) {
                lead = c;
                i++;
                if (i >= n || !consonant(s.charAt(i))) {
                    continue;
                }
            }
            // The initial: a silent ห before a sonorant; a cluster with ร ล ว.
            char first = s.charAt(i++);
            if (first == 'ห' && i < n && "งญนมยรลว".indexOf(s.charAt(i)) >= 0
                    || first == 'อ' && lead == 0 && i < n && s.charAt(i) == 'ย' && vowelAfterTones(s, i + 1)) {
                first = s.charAt(i++);   // and a silent อ before ย (อยู่ "yu")
            }
            // A leading consonant before a sonorant that is no cluster with it, under a leading vowel: it is spoken
            // with a short a, and the vowel is the sonorant's (เจริญ "charoen", เฉลิม "chaloem", เสนอ "sanoe").
            if (lead != 0 && i + 1 < n && leadsSonorant(first, s.charAt(i)) && straddles(lead, s, i + 1)) {
                out.append(initial(first)).append('a');
                carried = lead;
                closedBefore = false;
                continue;
            }
            if (first == 'ร' && lead == 0 && i >= n && closedBefore) {
                break;   // a final cluster's ร is not read: บัตร "bat", มิตร "mit"
            }
            // A false cluster: ร after ซ ศ ส is silent, and ทร reads s (ศรี "si", เสริฐ "soet", สร้าง "sang",
            // ทราย "sai"; Thai Language Hut, "Exceptions with ร"; learningthai.com, "ร rules"). Not จร: จริง "jing"
            // is the exception, เจริญ is "charoen".
            boolean falseCluster = i < n && s.charAt(i) == 'ร' && "ซศสท".indexOf(first) >= 0
                    && (lead != 0 || vowelAfterTones(s, i + 1));
            if (falseCluster) {
                i++;
            }
            StringBuilder syllable = new StringBuilder(falseCluster && first == 'ท' ? "s" : initial(first));
            if (i + 1 < n && "รลว".indexOf(s.charAt(i)) >= 0 && (vowelSign(s.charAt(i + 1)) || lead != 0)
                    && "กขคตปผพ".indexOf(first) >= 0) {
                syllable.append(initial(s.charAt(i++)));
            }
            // รร after a consonant reads "a", closed by the next consonant or by n (สุวรรณ "suwan", ธรรม "tham").
            if (lead == 0 && i + 1 < n && s.charAt(i) == 'ร' && s.charAt(i + 1) == 'ร') {
                i += 2;
                String fin = i < n && consonant(s.charAt(i)) && (i + 1 >= n || !vowelSign(s.charAt(i + 1))) ? fin(s.charAt(i++)) : "n";
                out.append(syllable).append('a').append(fin);
                closedBefore = true;
                continue;
            }
            // ว between a consonant and a final reads "ua" (ชวน "chuan", สวน "suan").
            if (lead == 0 && i + 1 < n && s.charAt(i) == 'ว' && consonant(s.charAt(i + 1))
                    && (i + 2 >= n || !vowelSign(s.charAt(i + 2)) && !tone(s.charAt(i + 2)))) {
                out.append(syllable).append("ua").append(fin(s.charAt(i + 1)));
                i += 2;
                closedBefore = true;
                continue;
            }
            // The vowel: signs after the consonant, with the leading vowel.
            StringBuilder signs = new StringBuilder();
            while (i < n && (vowelSign(s.charAt(i)) || tone(s.charAt(i)))) {
                if (vowelSign(s.charAt(i))) {
                    signs.append(s.charAt(i));
                }
                i++;
            }
            // Vowel letters that take part in a leading vowel or follow a bare consonant: เ-ีย, เ-ือ, -ัว, -อ.
            if (i < n && (s.charAt(i) == 'ย' && lead == 'เ' && signs.indexOf("ี") >= 0
                    || s.charAt(i) == 'อ' && (lead == 'เ' || signs.length() == 0 && lead == 0 || signs.indexOf("ื") >= 0)
                    || s.charAt(i) == 'ว' && signs.indexOf("ั") >= 0 && signs.length() == 1)) {
                signs.append(s.charAt(i++));
                while (i < n && tone(s.charAt(i))) {
                    i++;
                }
            }
            if (lead == 'เ' && i < n && s.charAt(i) == 'า') {
                signs.append(s.charAt(i++));
            }
            // The final: a consonant that no vowel sign follows (a vowel after it makes it the next initial).
            String fin = "";
            boolean open = signs.indexOf("ะ") >= 0 || lead == 'ใ' || lead == 'ไ' || signs.indexOf("ำ") >= 0;
            boolean nextRR = i + 2 < n && s.charAt(i + 1) == 'ร' && s.charAt(i + 2) == 'ร';
            // Nor when it would leave one consonant alone at the word's end: the last two make a syllable closed by
            // the last, with the implied o (กิตติพง[ษ์] "kittiphong", ณรง[ค์] "narong"); not after the mai han-akat,
            // which is always closed (วัตร "wat"), nor before a final cluster's ร (ประวิตร "prawit").
            boolean lastTwo = lead == 0 && signs.indexOf("ั") < 0 && i + 2 == n && consonant(s.charAt(i + 1))
                    && s.charAt(i + 1) != 'ร';
            // Nor before อ that carries no vowel sign: the consonant is the next syllable's initial, อ its vowel o
            // (แพทองธาร "phaethongthan": ทอง).
            boolean beforeO = i + 1 < n && s.charAt(i + 1) == 'อ' && (i + 2 >= n || !vowelSign(s.charAt(i + 2)));
            if (!open && !nextRR && !lastTwo && !beforeO && i < n && consonant(s.charAt(i)) && (i + 1 >= n || !vowelSign(s.charAt(i + 1)) && !tone(s.charAt(i + 1))
                    || i + 1 < n && tone(s.charAt(i + 1)) && (i + 2 >= n || !vowelSign(s.charAt(i + 2))))) {
                fin = fin(s.charAt(i++));
                while (i < n && tone(s.charAt(i))) {
                    i++;
                }
            }
            String vowel = vowel(lead, signs.toString(), !fin.isEmpty());
            if (!fin.isEmpty() && (vowel.endsWith("i") && fin.equals("i") || vowel.endsWith("o") && fin.equals("o"))) {
                fin = "";
            }
            out.append(syllable).append(vowel).append(fin);
            closedBefore = !fin.isEmpty();
        }
        return out.toString();
    }

    /** The word without the letters the thanthakhat silences (see the class comment). */
    static String unsilenced(String w) {
        if (w.indexOf(THANTHAKHAT) < 0) {
            return w;
        }
        StringBuilder sb = new StringBuilder(w);
        for (int k = sb.indexOf(String.valueOf(THANTHAKHAT)); k >= 0; k = sb.indexOf(String.valueOf(THANTHAKHAT))) {
            int end = k + 1;
            int start = k;
            while (start > 0 && !consonant(sb.charAt(start))) {
                start--;   // vowel signs on the silenced letter (ดิ์, ธุ์)
            }
            // The letter before too when it follows a final (จันทร์: น closes จัน, ท is silent; ศาสตร์, ภาพยนตร์;
            // not ประยุทธ์: ท closes ยุ; nor วงศ์: ง closes วง), unless the two are one letter doubled, which closes
            // one syllable and opens the next (นนท์ is "non").
            // A sonorant there is the syllable's final, never silent (กิตติพงษ์ "kittiphong", ศิริพงษ์ "siriphong").
            if (start >= 3 && consonant(sb.charAt(start - 1)) && consonant(sb.charAt(start - 2))
                    && sb.charAt(start - 1) != sb.charAt(start - 2) && "งนมยลวญณ".indexOf(sb.charAt(start - 1)) < 0
                    && (vowelSign(sb.charAt(start - 3)) || sb.charAt(start) == 'ร')) {
                start--;
            }
            sb.delete(start, end);
        }
        return sb.toString();
    }

    /**
     * Whether {@code first} leads {@code next} as a leading consonant (อักษรนำ): a high- or mid-class consonant before
     * a sonorant, spoken with a short a, where the two make no cluster (ร ล ว after ก ข ค ต ป ผ พ) and ร is not silent
     * after ซ ศ ส ท. Under a leading vowel the vowel is then the sonorant's, its sign deferred past the pair
     * (thai-language.com, "Non-conforming initial clusters").
     */
    private static boolean leadsSonorant(char first, char next) {
        return "ขฃฉฐถผฝศษสกจฎฏดตบป".indexOf(first) >= 0 && "งญนมยรลว".indexOf(next) >= 0
                && !("กขคตปผพ".indexOf(first) >= 0 && "รลว".indexOf(next) >= 0)
                && !(next == 'ร' && "ซศสท".indexOf(first) >= 0);
    }

    /** Whether leading vowel {@code lead} and what follows at {@code k} (past tone marks) write one vowel around the
     *  consonant before: เ with any sign or อ (เ-ิ, เ-ีย, เ-ือ, เ-อ, เ-็), แ and โ with ะ or ็; ใ and ไ with none. */
    private static boolean straddles(char lead, String s, int k) {
        k = pastTones(s, k);
        if (k >= s.length()) {
            return false;
        }
        char c = s.charAt(k);
        return lead == 'เ' ? vowelSign(c) || c == 'อ' : (lead == 'แ' || lead == 'โ') && (c == '\u0E30' || c == '\u0E47');
    }

    /**
     * The word without a last stop that follows a final of its own place (พุทธ "phut", ยุทธ "yut"): the two write a
     * Pali or Sanskrit geminate (buddha, yuddha: d + dh), whose second letter is not spoken at the word's end, as a
     * final cluster's ร is not (RTGS reads "transcription of consonants in final position according to pronunciation").
     * A sonorant after a final opens the last syllable instead (อุดม "udom").
     */
    static String withoutGeminateEnd(String s) {
        int n = s.length();
        if (n >= 3 && consonant(s.charAt(n - 1)) && consonant(s.charAt(n - 2)) && vowelSign(s.charAt(n - 3))
                && geminate(s.charAt(n - 2), s.charAt(n - 1))) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    /** The stops by place, as the Pali order of the Thai consonants groups them (velar, palatal, retroflex, dental,
     *  labial). */
    private static final String[] STOPS = {"กขฃคฅฆ", "จฉชฌ", "ฎฏฐฑฒ", "ดตถทธ", "บปผพภ"};

    /** Whether two stops are of one place: a geminate when written one after the other (ทธ, ตถ, กข, ปผ...). */
    static boolean geminate(char a, char b) {
        for (String place : STOPS) {
            if (place.indexOf(a) >= 0 && place.indexOf(b) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a vowel sign follows at {@code k}, past tone marks. */
    private static boolean vowelAfterTones(String s, int k) {
        k = pastTones(s, k);
        return k < s.length() && vowelSign(s.charAt(k));
    }

    /** The first index at or after {@code k} that holds no tone mark. */
    private static int pastTones(String s, int k) {
        while (k < s.length() && tone(s.charAt(k))) {
            k++;
        }
        return k;
    }

    static boolean consonant(char c) {
        return c >= '\u0E01' && c <= '\u0E2E';
    }

    private static boolean leading(char c) {
        return c >= '\u0E40' && c <= '\u0E44';
    }

    /** Vowel signs written after or above/below their consonant (ะ ั า ำ ิ ี ึ ื ุ ู ็). */
    private static boolean vowelSign(char c) {
        return c == '\u0E30' || c == '\u0E31' || c == '\u0E32' || c == '\u0E33' || c >= '\u0E34' && c <= '\u0E39' || c == '\u0E47';
    }

    private static boolean tone(char c) {
        return c >= '\u0E48' && c <= '\u0E4B' || c == '\u0E4D' || c == '\u0E46';
    }

    /** RTGS initial consonants. */
    static String initial(char c) {
        return switch (c) {
            case 'ก' -> "k";
            case 'ข', 'ฃ', 'ค', 'ฅ', 'ฆ' -> "kh";
            case 'ง' -> "ng";
            case 'จ', 'ฉ', 'ช', 'ฌ' -> "ch";
            case 'ซ', 'ศ', 'ษ', 'ส' -> "s";
            case 'ญ', 'ย' -> "y";
            case 'ฎ', 'ด' -> "d";
            case 'ฏ', 'ต' -> "t";
            case 'ฐ', 'ฑ', 'ฒ', 'ถ', 'ท', 'ธ' -> "th";
            case 'ณ', 'น' -> "n";
            case 'บ' -> "b";
            case 'ป' -> "p";
            case 'ผ', 'พ', 'ภ' -> "ph";
            case 'ฝ', 'ฟ' -> "f";
            case 'ม' -> "m";
            case 'ร' -> "r";
            case 'ล', 'ฬ' -> "l";
            case 'ว' -> "w";
            case 'ห', 'ฮ' -> "h";
            case 'ฤ' -> "rue";
            case 'ฦ' -> "lue";
            default -> "";   // อ: silent, it carries the vowel
        };
    }

    /** RTGS final consonants: six sounds, and ย ว as the vowels i and o. */
    static String fin(char c) {
        return switch (c) {
            case 'ก', 'ข', 'ฃ', 'ค', 'ฅ', 'ฆ' -> "k";
            case 'ง' -> "ng";
            case 'บ', 'ป', 'ผ', 'พ', 'ฟ', 'ภ' -> "p";
            case 'ม' -> "m";
            case 'ญ', 'ณ', 'น', 'ร', 'ล', 'ฬ' -> "n";
            case 'ย' -> "i";
            case 'ว' -> "o";
            case 'อ', 'ห', 'ฮ' -> "";
            default -> "t";
        };
    }

    /** The vowel of a syllable: leading vowel, signs after the consonant, whether a final closes it. */
    static String vowel(char lead, String signs, boolean closed) {
        String v = switch (lead) {
            case 'เ' -> signs.contains("ีย") ? "ia" : signs.contains("ือ") ? "uea" : signs.contains("า") ? "ao"
                    : signs.contains("อ") || signs.contains("ิ") ? "oe" : "e";
            case 'แ' -> "ae";
            case 'โ' -> "o";
            case 'ใ', 'ไ' -> "ai";
            default -> null;
        };
        if (v != null) {
            return v;
        }
        if (signs.isEmpty()) {
            return closed ? "o" : "a";
        }
        if (signs.contains("ัว")) {
            return "ua";
        }
        return switch (signs.charAt(0)) {
            case 'ะ', 'ั', 'า' -> "a";
            case 'ำ' -> "am";
            case 'ิ', 'ี' -> "i";
            case 'ึ', 'ื' -> "ue";
            case 'ุ', 'ู' -> "u";
            case 'อ' -> "o";
            default -> closed ? "o" : "a";
        };
    }
}
