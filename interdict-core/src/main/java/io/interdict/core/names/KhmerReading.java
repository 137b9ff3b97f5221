package io.interdict.core.names;

import java.util.HashMap;
import java.util.Map;

/**
 * A Khmer word in Latin letters, which ICU does not give (it has no Khmer transliterator, and its Any-Latin leaves Khmer
 * as it is): {@code khmer-letters.tsv}. Each consonant as BGN/PCGN's 1972 Agreement romanises it (ក k, ខ kh, ច ch, ញ nh,
 * ប b, ព p, ល l…; both series alike), a subscript consonant (after the coeng sign) as the same letter, ប as p before the
 * muusikatoan (ប៉) or at the end of the word; each dependent vowel sign as the ALA-LC tables write it without marks (ុ u,
 * ា a, ៀ ia), a consonant followed by another with no vowel sign between with ALA-LC's inherent a. Khmer vowels sound by
 * their consonant's series and names are romanised in many ways (ប៉ុល ពត "Pol Pot", UNGEGN "Pŏl Pôt"), so the reading is
 * compared as an abugida's is ({@code CrossScript}: its consonants decide, vowels are free): ប៉ុល ពត → "pul pat".
 * Independent vowels and the vowel carrier អ are left out.
 */
public final class KhmerReading {
    private static final Map<Integer, String> CONSONANTS = new HashMap<>();
    private static final Map<Integer, String> VOWELS = new HashMap<>();
    private static final int MUUSIKATOAN = 0x17C9;
    private static final int COENG = 0x17D2;
    private static final int BA = 0x1794;
    private static final int QA = 0x17A2;
    private static final int NIKAHIT = 0x17C6;
    private static final int REAHMUK = 0x17C7;

    static {
        for (SourcedTable.Row r : SourcedTable.read(KhmerReading.class, "khmer-letters.tsv", 3, "letter<TAB>latin<TAB>source")) {
            String letter = r.fields()[0];
            int last = letter.codePointBefore(letter.length());
            if (last >= 0x17B6) {
                VOWELS.put(last, r.fields()[1]);   // a vowel sign, written on ក
            } else {
                CONSONANTS.put(last, r.fields()[1]);
            }
        }
    }

    private KhmerReading() {
    }

    /** Whether the code point is in the Khmer block. */
    public static boolean khmer(int cp) {
        return cp >= 0x1780 && cp <= 0x17FF;
    }

    /** A Khmer run in Latin letters (empty when it has no consonant or vowel sign). */
    public static String read(String run) {
        StringBuilder out = new StringBuilder(run.length() * 2);
        boolean afterVowel = false;
        for (int i = 0; i < run.length(); ) {
            int cp = run.codePointAt(i);
            i += Character.charCount(cp);
            String c = CONSONANTS.get(cp);
            if (c != null) {
                int next = next(run, i);
                if (cp == BA && (i < run.length() && run.codePointAt(i) == MUUSIKATOAN || next < 0)) {
                    c = "p";
                }
                out.append(c);
                // Another consonant next, no vowel sign nor coeng between: the inherent vowel.
                boolean inherent = next >= 0 && (CONSONANTS.containsKey(next) || next == QA);
                if (inherent) {
                    out.append('a');
                }
                afterVowel = inherent;
                continue;
            }
            String v = VOWELS.get(cp);
            if (v != null) {
                if ((cp == NIKAHIT || cp == REAHMUK) && !afterVowel) {
                    out.append('a');
                }
                out.append(v);
                afterVowel = cp != NIKAHIT && cp != REAHMUK;
            }
        }
        return out.toString();
    }

    /** The next letter, vowel sign or coeng after {@code from} (diacritics skipped), or -1 at the end of the run. */
    private static int next(String run, int from) {
        for (int i = from; i < run.length(); ) {
            int cp = run.codePointAt(i);
            if (CONSONANTS.containsKey(cp) || VOWELS.containsKey(cp) || cp == COENG || cp == QA || cp < 0x17C8 && cp >= 0x17A3) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }
}
