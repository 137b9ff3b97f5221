package io.interdict.core.names;

import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.List;

/**
 * A name in Bengali, Gurmukhi, Gujarati, Oriya, Telugu, Kannada or Malayalam letters as it is usually spelt in Latin
 * letters. ICU's Any-Latin reads each consonant with its inherent vowel ("ভ্লাদিমির পুতিন" -> "bhladimira putina",
 * "ਨਰਿੰਦਰ ਮੋਦੀ" -> "naridara modi"), which names never write at the end of a word. These scripts are Brahmic sisters of
 * Devanagari with the same letters in the same places of their Unicode blocks, so each word is first written in
 * Devanagari by ICU (Bengali-Devanagari, Gurmukhi-Devanagari…) and then read as a Hindi name is ({@link HindiReading}:
 * schwa deletion, letters as names spell them). Tamil is left out: its script has no letters for voiced or aspirated
 * stops (த is t, d, th and dh), which Devanagari would write as one.
 * <p>Before that:
 * <ul>
 *   <li>Gurmukhi's tippi (ੰ) is written as its bindi (ਂ): both nasalise, the tippi over short vowels and the bindi over
 *   long ones (Wiktionary, "ੰ": "one of two Gurmukhi diacritics for nasalization of vowels and marking nasal codas";
 *   punjabimylove.blogspot.com, 2014), and ICU reads only the bindi ("ਨਰਿੰਦਰ" -> "नरिदर");</li>
 *   <li>Gurmukhi's addak (ੱ) doubles the consonant after it (unicodecharacter.org, U+0A71: "the doubling or gemination
 *   of the consonant that follows it"; ਪੱਤਾ "pattā"), written as that consonant with a virama before it.</li>
 * </ul>
 * A Bengali name has two more readings, as Bengali says its letters:
 * <ul>
 *   <li>য as জ, j: "Unlike most other Indic scripts ... the Bangla য is pronounced as a voiced postalveolar affricate
 *   (similar to the English "j" sound). The "y" sound is represented by the related letter য়" (tickerdossier.com,
 *   "Ya-phala"; bengaligrammar.com, "য এবং জ": no difference in pronunciation between য and জ); য after a hasanta
 *   (the ya-phala of a cluster) and য় stay y;</li>
 *   <li>জ and য as z: Bengali has no letter of its own for Arabic and Persian z, and writes it য or জ (banglalecturesheet,
 *   "জ, য-এর ব্যবহার": Islamic words with ز ذ ض ظ, whose sound is like English z, are written with য, "some may use জ
 *   instead": আযান, নামায, রমযান), so জিয়া is "Zia" and নজরুল "Nazrul".</li>
 * </ul>
 */
public final class IndicReading {
    private static final char VIRAMA = '\u094D';
    private static final char NUKTA = '\u093C';
    private static final char GURMUKHI_TIPPI = '\u0A70';
    private static final char GURMUKHI_BINDI = '\u0A02';
    private static final char GURMUKHI_ADDAK = '\u0A71';
    private static final char GURMUKHI_VIRAMA = '\u0A4D';
    private static final char DEVANAGARI_YA = '\u092F';
    private static final char DEVANAGARI_JA = '\u091C';

    /** ICU's transliterator into Devanagari, one per thread (a transliterator is not safe to share), built on first
     *  use: a name in none of these scripts never builds it. */
    private static final class ToDevanagari {
        static final ThreadLocal<Transliterator> ICU = ThreadLocal.withInitial(() -> Transliterator.getInstance(
                "Bengali-Devanagari; Gurmukhi-Devanagari; Gujarati-Devanagari; Oriya-Devanagari; Telugu-Devanagari; "
                        + "Kannada-Devanagari; Malayalam-Devanagari"));
    }

    private IndicReading() {
    }

    /** Whether the code point is a letter or sign of one of the scripts read here (Bengali to Malayalam, not Tamil). */
    static boolean indic(int cp) {
        return cp >= 0x0980 && cp <= 0x0B7F || cp >= 0x0C00 && cp <= 0x0D7F;
    }

    /** Whether the text has a letter of one of the scripts read here. */
    public static boolean isIndic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (indic(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean bengali(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0980 && c <= 0x09FF) {
                return true;
            }
        }
        return false;
    }

    /** The name's readings (distinct; words in other scripts as they are): as Hindi reads its letters, and for a
     *  Bengali name also with য read as j and with জ and য read as z, where these differ. Empty when nothing is read. */
    public static List<String> readings(String name) {
        if (name == null || !isIndic(name)) {
            return List.of();
        }
        String devanagari = devanagari(name);
        List<String> out = new ArrayList<>(3);
        add(out, HindiReading.read(devanagari));
        if (bengali(name)) {
            add(out, HindiReading.read(bengaliJa(devanagari, false)));
            add(out, HindiReading.read(bengaliJa(devanagari, true)));
        }
        return List.copyOf(out);
    }

    private static void add(List<String> out, String reading) {
        if (!reading.isBlank() && !out.contains(reading)) {
            out.add(reading);
        }
    }

    /** Each word of these scripts in Devanagari, Gurmukhi's tippi and addak first written as ICU reads them. */
    static String devanagari(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == GURMUKHI_TIPPI) {
                sb.append(GURMUKHI_BINDI);
            } else if (c == GURMUKHI_ADDAK && i + 1 < name.length() && name.charAt(i + 1) >= '\u0A15'
                    && name.charAt(i + 1) <= '\u0A5E') {
                sb.append(name.charAt(i + 1)).append(GURMUKHI_VIRAMA);   // the next consonant, doubled
            } else if (c != GURMUKHI_ADDAK) {
                sb.append(c);
            }
        }
        return ToDevanagari.ICU.get().transliterate(sb.toString());
    }

    /** A Bengali name in Devanagari with its য (ya not after a virama, not with a nukta: Bengali's য়) as ja, and with
     *  {@code z} also its জ as za (ja with a nukta). */
    static String bengaliJa(String devanagari, boolean z) {
        StringBuilder sb = new StringBuilder(devanagari.length() + 4);
        int n = devanagari.length();
        for (int i = 0; i < n; i++) {
            char c = devanagari.charAt(i);
            boolean free = i + 1 >= n || devanagari.charAt(i + 1) != NUKTA;
            boolean ya = c == DEVANAGARI_YA && free && (i == 0 || devanagari.charAt(i - 1) != VIRAMA);
            boolean ja = c == DEVANAGARI_JA && free;
            if (ya || z && ja) {
                sb.append(DEVANAGARI_JA);
                if (z) {
                    sb.append(NUKTA);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
