package io.interdict.core.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Sinhala name in Latin letters as Sri Lankan names are spelt in English, which ICU does not give (its Any-Latin leaves
 * Sinhala as it is; CLDR's si-si_Latn, outside Any-Latin, writes ISO marks): {@code sinhala-letters.tsv}. The letters are
 * the ALA-LC Romanization Tables' (Sinhalese) without their marks, changed where names are spelt otherwise: ච "ch" and
 * ශ ෂ "sh" as in the UNGEGN table; ත "th" beside ට "t", and ද ඩ both "d", as Wikipedia ("Sinhala script", Sinhala
 * transliteration) and the Sumihiri scheme describe the spelling of names; ව "w" (Wickremesinghe, Gunawardena); æ (ඇ ැ)
 * "ae", one letter from the "e" or "a" names write for it; ෘ "ru", as r12a's Sinhala notes say it.
 * <p>Every consonant has the inherent a unless a vowel sign follows it or the al-lakuna (virama, ්) kills it; a name's
 * last consonant keeps it, as Sinhala names are spelt ("මහින්ද" Mahinda, "රාජපක්ෂ" Rajapaksa: no schwa deletion as in
 * Hindi), and "රනිල්" is "ranil". The zero-width joiners that shape conjuncts (rakaransaya ක්‍ර "kra", yansaya ක්‍ය "kya",
 * repaya, touching letters) are skipped: the al-lakuna already says there is no vowel. The anusvara ං is "n", "m" before
 * a labial (ALA-LC), "ng" before හ (සිංහ, spelt "singhe" in names). Long and short vowels are alike. Names keep spellings
 * no letter table gives ("Wickremesinghe" for වික්‍රමසිංහ, read "wikramasingha"; "Colombo" for කොළඹ, "kolamba").
 */
public final class SinhalaReading {
    private static final String TABLE = "sinhala-letters.tsv";
    /** A consonant without its inherent vowel. */
    private static final Map<Integer, String> CONSONANTS = new HashMap<>();
    /** Independent vowels. */
    private static final Map<Integer, String> VOWELS = new HashMap<>();
    /** Vowel signs, al-lakuna (empty), anusvara and visarga: what each adds to its consonant. */
    private static final Map<Integer, String> SIGNS = new HashMap<>();
    /** The anusvara before a given letter, where it is not {@code SIGNS}'. */
    private static final Map<Integer, String> ANUSVARA_BEFORE = new HashMap<>();
    private static final int KA = 0x0D9A;
    private static final int ANUSVARA = 0x0D82;
    private static final int VISARGA = 0x0D83;
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    static {
        List<SourcedTable.Row> rows = SourcedTable.read(SinhalaReading.class, TABLE, 3, "letter<TAB>latin<TAB>source");
        for (SourcedTable.Row r : rows) {
            int[] cps = r.fields()[0].codePoints().toArray();
            if (cps.length == 1) {
                if (consonant(cps[0])) {
                    CONSONANTS.put(cps[0], r.fields()[1]);
                } else if (cps[0] >= 0x0D85 && cps[0] <= 0x0D96) {
                    VOWELS.put(cps[0], r.fields()[1]);
                } else {
                    throw bad(r, "a letter alone is a consonant or an independent vowel");
                }
            }
        }
        String ka = CONSONANTS.get(KA);
        if (ka == null) {
            throw new IllegalStateException(TABLE + ": ක is missing, and the signs are written on it");
        }
        for (SourcedTable.Row r : rows) {
            int[] cps = r.fields()[0].codePoints().toArray();
            if (cps.length == 2 && cps[0] == KA && sign(cps[1])) {
                // ක + sign: the syllable's reading; an anusvara or visarga comes after the inherent vowel.
                boolean afterVowel = cps[1] == ANUSVARA || cps[1] == VISARGA;
                SIGNS.put(cps[1], part(r, afterVowel ? ka + "a" : ka, ""));
            }
        }
        for (SourcedTable.Row r : rows) {
            int[] cps = r.fields()[0].codePoints().toArray();
            if (cps.length == 3 && cps[0] == KA && cps[1] == ANUSVARA && consonant(cps[2])) {
                String next = CONSONANTS.get(cps[2]);
                if (next == null) {
                    throw bad(r, "its last letter has no row of its own");
                }
                ANUSVARA_BEFORE.put(cps[2], part(r, ka + "a", next + "a"));
            }
        }
        // Every row of more than one letter, conjuncts included, is what the reader makes of it.
        for (SourcedTable.Row r : rows) {
            String letters = r.fields()[0];
            if (letters.codePointCount(0, letters.length()) > 1 && !read(letters).equals(r.fields()[1])) {
                throw bad(r, "read as \"" + read(letters) + "\"");
            }
        }
    }

    private SinhalaReading() {
    }

    /** Whether the code point is in the Sinhala block (U+0D80–U+0DFF). */
    public static boolean sinhala(int cp) {
        return cp >= 0x0D80 && cp <= 0x0DFF;
    }

    /**
     * A Sinhala run in lower-case Latin letters (empty when nothing in it is read). Joiners (U+200C, U+200D) inside it are
     * skipped; whitespace is kept as one space; anything else that is not a Sinhala letter or sign is left out.
     */
    public static String read(String run) {
        StringBuilder out = new StringBuilder(run.length() * 2);
        for (int i = 0; i < run.length(); ) {
            int cp = run.codePointAt(i);
            i += Character.charCount(cp);
            String c = CONSONANTS.get(cp);
            if (c != null) {
                out.append(c);
                int next = next(run, i);
                // No vowel sign nor al-lakuna next: the inherent a (an anusvara or visarga follows it).
                if (!SIGNS.containsKey(next) || next == ANUSVARA || next == VISARGA) {
                    out.append('a');
                }
                continue;
            }
            if (cp == ANUSVARA) {
                String before = ANUSVARA_BEFORE.get(next(run, i));
                out.append(before != null ? before : SIGNS.getOrDefault(ANUSVARA, ""));
                continue;
            }
            String v = SIGNS.get(cp);
            if (v == null) {
                v = VOWELS.get(cp);
            }
            if (v != null) {
                out.append(v);
            } else if (Character.isWhitespace(cp) && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    private static boolean consonant(int cp) {
        return cp >= 0x0D9A && cp <= 0x0DC6;
    }

    /** A dependent vowel sign, the al-lakuna, the anusvara or the visarga. */
    private static boolean sign(int cp) {
        return cp == ANUSVARA || cp == VISARGA || cp == 0x0DCA || cp >= 0x0DCF && cp <= 0x0DDF || cp == 0x0DF2 || cp == 0x0DF3;
    }

    /** The code point after {@code from}, joiners skipped, or -1 at the end of the run. */
    private static int next(String run, int from) {
        for (int i = from; i < run.length(); ) {
            int cp = run.codePointAt(i);
            if (cp != ZWJ && cp != ZWNJ) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** A row's Latin without the reading of the letters around the one it is about. */
    private static String part(SourcedTable.Row r, String prefix, String suffix) {
        String latin = r.fields()[1];
        if (!latin.startsWith(prefix) || !latin.endsWith(suffix) || latin.length() < prefix.length() + suffix.length()) {
            throw bad(r, "want \"" + prefix + "…" + suffix + "\"");
        }
        return latin.substring(prefix.length(), latin.length() - suffix.length());
    }

    private static IllegalStateException bad(SourcedTable.Row r, String why) {
        return new IllegalStateException(TABLE + " line " + r.line() + ": " + r.fields()[0] + " " + r.fields()[1] + ": " + why);
    }
}
