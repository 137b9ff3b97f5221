package io.interdict.core.names;

import com.ibm.icu.text.Normalizer2;

/** Step 1: Unicode NFKC with full case folding (fullwidth letters, ligatures, "ß" -> "ss"). */
public final class NfkcCaseFold implements TextStep {
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

    @Override
    public String apply(String text, Schema schema) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        // ASCII fast path: NFKC is the identity there and folding is lower-casing.
        return ascii ? text.toLowerCase(java.util.Locale.ROOT) : NFKC_CF.normalize(text);
    }
}
