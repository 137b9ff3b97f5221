package io.interdict.core.match.fuzzy;

import com.ibm.icu.text.Normalizer2;

/** Equality of two raw names up to NFKC case folding: the last resort for names with no tokens. */
final class NamesEqual {
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

    private NamesEqual() {
    }

    static boolean folded(String a, String b) {
        return NFKC_CF.normalize(a).strip().equals(NFKC_CF.normalize(b).strip());
    }
}
