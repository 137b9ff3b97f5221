package io.interdict.core.names;

import com.ibm.icu.text.Transliterator;

/**
 * Step 4: any script to Latin, then to ASCII (ICU4J {@code Russian-Latin/BGN; Any-Latin; Latin-ASCII}:
 * BGN/PCGN for Cyrillic as the US and UK lists romanise it, "я" -> "ya"), Cyrillic,
 * Arabic, Greek, Hangul, Georgian, Armenian, Hebrew, Devanagari... and diacritics ("Erdoğan" ->
 * "erdogan"). Han and Kana runs, written without spaces, become one word each ("支付宝" ->
 * "zhifubao") instead of one word per syllable. The original form is kept by {@link PreparedName}.
 */
public final class Transliterate implements TextStep {
    // ICU transliterators are not documented as thread-safe; one per thread.
    private static final ThreadLocal<Transliterator> ANY_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower"));
    private static final ThreadLocal<Transliterator> LATIN_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII; Lower"));

    @Override
    public String apply(String text, Schema schema) {
        return stripMarks(transliterate(text));
    }

    /** Combining marks ICU leaves on letters without a precomposed form ("t̀") are dropped; output is ASCII. */
    private static String stripMarks(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s;
        }
        // NFKC again: ICU may emit compatibility forms ("ⁿ") that the first step would have folded.
        String folded = com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance().normalize(s);
        String stripped = java.text.Normalizer.normalize(folded, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        // What ICU could not romanise is dropped: the output is ASCII, so the pipeline is idempotent. A
        // name written only in such characters keeps its original form for exact comparison.
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            out.append(c < 128 ? c : ' ');
        }
        return out.toString();
    }

    private String transliterate(String text) {
        boolean ascii = true;
        boolean latinOnly = true;
        boolean unspaced = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                continue;
            }
            ascii = false;
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            if (sc != Character.UnicodeScript.LATIN && sc != Character.UnicodeScript.COMMON
                    && sc != Character.UnicodeScript.INHERITED) {
                latinOnly = false;
            }
            unspaced |= isUnspaced(sc);
        }
        if (ascii) {
            return text;
        }
        if (latinOnly) {
            return LATIN_ASCII.get().transliterate(text);
        }
        if (!unspaced) {
            return ANY_ASCII.get().transliterate(text);
        }
        // Transliterate unspaced runs alone and drop the syllable spaces ICU puts inside them.
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            boolean run = isUnspaced(Character.UnicodeScript.of(text.codePointAt(i)));
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (isUnspaced(Character.UnicodeScript.of(cp)) != run) {
                    break;
                }
                i += Character.charCount(cp);
            }
            String part = ANY_ASCII.get().transliterate(text.substring(start, i));
            if (run) {
                out.append(' ').append(part.replaceAll("[\\s'\\-]+", "")).append(' ');
            } else {
                out.append(part);
            }
        }
        return out.toString();
    }

    private static boolean isUnspaced(Character.UnicodeScript sc) {
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.THAI
                || sc == Character.UnicodeScript.LAO || sc == Character.UnicodeScript.KHMER
                || sc == Character.UnicodeScript.MYANMAR;
    }
}
