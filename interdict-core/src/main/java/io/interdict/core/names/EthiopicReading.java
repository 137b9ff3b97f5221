package io.interdict.core.names;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A name in the Ethiopic script (Amharic, Tigrinya) as Ethiopian and Eritrean names are spelt in Latin letters. ICU's
 * Any-Latin reads it in a scholar's system ("ኢሳያስ አፈወርቂ" -> "isāyās āfawarǝqi", the first order as a, the sixth as ǝ);
 * its Amharic-Latin/BGN, CLDR's transform for the BGN/PCGN romanisation of Amharic, writes the first order e and the
 * sixth i, as names are written ("melesi zēnawī" for መለስ ዜናዊ, Meles Zenawi). Its marks are taken off (š sh, ž zh, ḫ ḥ h,
 * ī ē ā i e a, the ejectives' apostrophes dropped: "k’" k).
 * <p>The sixth order writes a consonant with a short vowel or with none ("All symbols listed under the sixth order
 * may represent either a consonant followed by the vowel /ı/, or consonant only, e.g. ህ may be /hı/ or /h/", FSI
 * <i>Amharic Basic Course</i>, vol. 2, p. 578; wikisource), and names write it mostly not at all: "Tewodros Adhanom"
 * for ቴዎድሮስ አድሓኖም, BGN "tēwodirosi ādiḥanomi". So the reading is given twice: without a sixth order's i at a word's end
 * ("meles zenawi", "getachew reda"), and without any ("tewodros adhanom", "abiy ahmed"); ICU's own reading stays the
 * pipeline's. BGN writes the sixth order i and the third ī, so the two are told apart before the marks go. The ሠ
 * series is read as the ሰ series it sounds like ({@link #sawtAsSat}).
 */
public final class EthiopicReading {
    private EthiopicReading() {
    }

    /** ICU's Amharic-Latin/BGN, one per thread (a transliterator is not safe to share), built on first use. */
    private static final class Bgn {
        static final ThreadLocal<Transliterator> ICU = ThreadLocal.withInitial(() -> Transliterator.getInstance("Amharic-Latin/BGN"));
    }

    /** Whether the code point is an Ethiopic letter or sign (the Ethiopic block, its supplement and extension). */
    static boolean ethiopic(int cp) {
        return cp >= 0x1200 && cp <= 0x139F || cp >= 0x2D80 && cp <= 0x2DDF || cp >= 0xAB00 && cp <= 0xAB2F;
    }

    /** Whether the text has an Ethiopic letter. */
    public static boolean isEthiopic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (ethiopic(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The name without the sixth order's vowel at a word's end, then without any (distinct; lower case; words in other
     *  scripts as ICU's BGN transform leaves them); empty for a name with no Ethiopic letter. */
    public static List<String> readings(String name) {
        if (name == null || !isEthiopic(name)) {
            return List.of();
        }
        String bgn = Normalizer.normalize(Bgn.ICU.get().transliterate(sawtAsSat(name).toLowerCase(java.util.Locale.ROOT)),
                        Normalizer.Form.NFD)
                .replace("s\u030C", "sh").replace("z\u030C", "zh").replace("c\u030C", "ch");
        List<String> out = new ArrayList<>(2);
        for (boolean everywhere : new boolean[] {false, true}) {
            String r = read(bgn, everywhere);
            if (!r.isBlank() && !out.contains(r)) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /** The ሠ series (U+1220-U+1227) as the ሰ series, s: "ሠ and ሰ are /sə/; ሡ and ሱ are /su/, etc.", their sounds merged
     *  in Amharic (FSI <i>Amharic Basic Course</i>, vol. 2, p. 578), where BGN writes ሠ š ("ሥላሴ" "šilasē", Selassie). */
    static String sawtAsSat(String name) {
        StringBuilder sb = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '\u1220' && c <= '\u1227') {
                if (sb == null) {
                    sb = new StringBuilder(name);
                }
                sb.setCharAt(i, (char) (c + 0x10));
            }
        }
        return sb == null ? name : sb.toString();
    }

    /** BGN's text (decomposed) without its marks and apostrophes, and without a sixth order's i: a plain i with no mark
     *  on it, at a word's end or ({@code everywhere}) wherever it stands. */
    private static String read(String bgn, boolean everywhere) {
        StringBuilder sb = new StringBuilder(bgn.length());
        int n = bgn.length();
        for (int i = 0; i < n; i++) {
            char c = bgn.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u2019' || c == '\u2018' || c == '\''
                    || c == '\u02BC' || c == '\u02BB' || c == '\u02BF' || c == '\u02BE') {
                continue;
            }
            boolean marked = i + 1 < n && Character.getType(bgn.charAt(i + 1)) == Character.NON_SPACING_MARK;
            if (c == 'i' && !marked) {
                int next = i + 1;
                while (next < n && (bgn.charAt(next) == '\u2019' || bgn.charAt(next) == '\'')) {
                    next++;
                }
                boolean end = next >= n || !Character.isLetter(bgn.charAt(next));
                if (everywhere || end) {
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }
}
