package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;

/**
 * A Hindi name in Devanagari as it is usually spelt in Latin letters: with Hindi's schwa deletion, which
 * the script does not write. ICU's Devanagari-Latin reads every consonant without a vowel sign with the
 * inherent vowel ("अमित" -> "amita", "कमलनाथ" -> "kamalanatha"); Hindi does not pronounce it, and names are
 * not romanised with it ("amit", "kamalnath").
 * <p>What is read (Wikipedia, "Schwa deletion in Indo-Aryan languages", after Ohala 1983):
 * <ul>
 *   <li>the inherent vowel of a word's last consonant is deleted ("obligatorily deleted at the end of
 *   words"; राम is "Rām"), unless the word is that one consonant or the consonant closes a cluster, where it is
 *   commonly kept in names (मिश्र "mishra", गुप्त "gupta");</li>
 *   <li>inside a word, the rule ə -> ∅ / VC_CV: an inherent vowel after a consonant that itself follows a vowel,
 *   and before a consonant with a vowel, is deleted; applied from right to left, so a deletion's cluster blocks
 *   the next one to its left ("kamalanatha" -> "kamalnath", not "kamlanath"). The article notes the rule is
 *   right about 89 % of the time, which is why this is an extra reading beside ICU's;</li>
 *   <li>letters as Hindi names are commonly spelt: च "ch", छ "chh", श and ष "sh", व "v", nukta letters (ज़ "z",
 *   फ़ "f", क़ "q"); long vowels as the short ones (ī "i", ū "u"), the anusvara as "n" ("m" before p, b, m; "ng" before ह, where Hindi says it as ङ: "the current Hindi pronunciation
 *   of सिंह (sinha) 'lion' is singha", R. K. Gupta, <i>Learn Hindi</i>, rajbhasha.com, ch. VI §41; names write "Singh");
 *   the conjunct ज्ञ (Sanskrit jña) as Hindi and Nepali say it, "gy" ("ज्ञानेन्द्र" Gyanendra; avtans.com, "ज्ञ jña
 *   in Indian languages": jña → gña → gya in Hindi and Nepali, dna in Marathi).</li>
 * </ul>
 * Simplified: morpheme boundaries in compounds (which block deletion) are not known.
 */
public final class HindiReading {
    private static final char VIRAMA = '\u094D';
    private static final char NUKTA = '\u093C';
    private static final char ANUSVARA = '\u0902';
    private static final char CHANDRABINDU = '\u0901';
    private static final char VISARGA = '\u0903';
    /** A consonant's vowel when no sign follows it. */
    private static final String SCHWA = "\u0000";

    private HindiReading() {
    }

    /** Whether the text has a Devanagari letter. */
    public static boolean isDevanagari(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0900' && c <= '\u097F') {
                return true;
            }
        }
        return false;
    }

    /** The name, word by word, with schwa deletion; words in other scripts as they are. */
    public static String read(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(isDevanagari(w) ? word(w) : w);
        }
        return sb.toString();
    }

    /** One sound unit: a consonant (may be empty for a vowel letter), its vowel, and a nasal after it. */
    private static final class Unit {
        String consonant = "";
        String vowel = "";
        String nasal = "";
        /** The nasal is an anusvara's (not a chandrabindu's nasalised vowel). */
        boolean anusvara;
        boolean closesCluster;
    }

    static String word(String w) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            String cons = consonant(c);
            if (cons != null) {
                if (c == 'ज' && i + 2 < w.length() && w.charAt(i + 1) == VIRAMA && w.charAt(i + 2) == 'ञ') {
                    cons = "gy";   // ज्ञ: Sanskrit jña, Hindi and Nepali gya ("ज्ञानेन्द्र" Gyanendra)
                    i += 2;
                } else if (i + 1 < w.length() && w.charAt(i + 1) == NUKTA) {
                    cons = nukta(c, cons);
                    i++;
                }
                Unit u = new Unit();
                u.consonant = cons;
                u.vowel = SCHWA;
                if (i + 1 < w.length()) {
                    char n = w.charAt(i + 1);
                    if (n == VIRAMA) {
                        u.vowel = "";
                        i++;
                    } else if (vowelSign(n) != null) {
                        u.vowel = vowelSign(n);
                        i++;
                    }
                }
                if (!units.isEmpty() && units.get(units.size() - 1).vowel.isEmpty()
                        && !units.get(units.size() - 1).consonant.isEmpty()) {
                    u.closesCluster = true;
                }
                units.add(u);
            } else if (vowelLetter(c) != null) {
                Unit u = new Unit();
                u.vowel = vowelLetter(c);
                units.add(u);
            } else if ((c == ANUSVARA || c == CHANDRABINDU) && !units.isEmpty()) {
                units.get(units.size() - 1).nasal = "n";
                units.get(units.size() - 1).anusvara = c == ANUSVARA;
            } else if (c == VISARGA && !units.isEmpty()) {
                units.get(units.size() - 1).nasal = "h";
            }
        }
        int last = units.size() - 1;
        for (int k = last; k >= 0; k--) {
            Unit u = units.get(k);
            if (!SCHWA.equals(u.vowel) || !u.nasal.isEmpty()) {
                continue;
            }
            if (k == last) {
                if (k > 0 && !u.closesCluster) {
                    u.vowel = "";
                }
            } else if (k > 0 && !u.closesCluster && sounded(units.get(k - 1)) && units.get(k - 1).nasal.isEmpty()
                    && !units.get(k + 1).consonant.isEmpty() && sounded(units.get(k + 1))) {
                u.vowel = "";   // VC_CV
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            sb.append(u.consonant).append(SCHWA.equals(u.vowel) ? "a" : u.vowel);
            if ("n".equals(u.nasal) && k + 1 < units.size() && labial(units.get(k + 1).consonant)) {
                sb.append('m');
            } else if (u.anusvara && k + 1 < units.size() && units.get(k + 1).consonant.equals("h")) {
                sb.append("ng");   // the velar nasal before ह: सिंह "singh"
            } else {
                sb.append(u.nasal);
            }
        }
        return sb.toString();
    }

    private static boolean sounded(Unit u) {
        return !u.vowel.isEmpty();
    }

    private static boolean labial(String consonant) {
        return consonant.startsWith("p") || consonant.startsWith("b") || consonant.startsWith("m");
    }

    private static String consonant(char c) {
        return switch (c) {
            case 'क' -> "k";
            case 'ख' -> "kh";
            case 'ग' -> "g";
            case 'घ' -> "gh";
            case 'ङ', 'ञ', 'ण', 'न' -> "n";
            case 'च' -> "ch";
            case 'छ' -> "chh";
            case 'ज' -> "j";
            case 'झ' -> "jh";
            case 'ट', 'त' -> "t";
            case 'ठ', 'थ' -> "th";
            case 'ड', 'द' -> "d";
            case 'ढ', 'ध' -> "dh";
            case 'प' -> "p";
            case 'फ' -> "ph";
            case 'ब' -> "b";
            case 'भ' -> "bh";
            case 'म' -> "m";
            case 'य' -> "y";
            case 'र' -> "r";
            case 'ल' -> "l";
            case 'व' -> "v";
            case 'श', 'ष' -> "sh";
            case 'स' -> "s";
            case 'ह' -> "h";
            case '\u0958' -> "q";
            case '\u0959' -> "kh";
            case '\u095A' -> "gh";
            case '\u095B' -> "z";
            case '\u095C' -> "r";
            case '\u095D' -> "rh";
            case '\u095E' -> "f";
            case '\u095F' -> "y";
            default -> null;
        };
    }

    /** A consonant with the nukta below it: the sounds of Persian and Arabic loans. */
    private static String nukta(char c, String plain) {
        return switch (c) {
            case 'क' -> "q";
            case 'ज' -> "z";
            case 'फ' -> "f";
            case 'ड' -> "r";
            case 'ढ' -> "rh";
            default -> plain;
        };
    }

    private static String vowelSign(char c) {
        return switch (c) {
            case '\u093E' -> "a";
            case '\u093F', '\u0940' -> "i";
            case '\u0941', '\u0942' -> "u";
            case '\u0943' -> "ri";
            case '\u0947' -> "e";
            case '\u0948' -> "ai";
            case '\u094B' -> "o";
            case '\u094C' -> "au";
            case '\u0945' -> "e";
            case '\u0949' -> "o";
            default -> null;
        };
    }

    private static String vowelLetter(char c) {
        return switch (c) {
            case 'अ', 'आ' -> "a";
            case 'इ', 'ई' -> "i";
            case 'उ', 'ऊ' -> "u";
            case 'ऋ' -> "ri";
            case 'ए' -> "e";
            case 'ऐ' -> "ai";
            case 'ओ' -> "o";
            case 'औ' -> "au";
            case 'ऑ' -> "o";
            default -> null;
        };
    }
}
