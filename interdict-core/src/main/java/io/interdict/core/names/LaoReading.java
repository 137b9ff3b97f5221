package io.interdict.core.names;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A Lao name in Latin letters, which ICU does not give (it has no Lao transliterator, and its Any-Latin leaves Lao as it
 * is): {@code lao-letters.tsv}, read as Lao names are spelt, in the French-based BGN/PCGN system of 1966 without its marks:
 * ທອງລຸນ ສີສຸລິດ → "thongloun sisoulit" (Thongloun Sisoulith), ສະຫວັນນະເຂດ → "savannakhet".
 * <p>What is read (Wikipedia's "Romanization of Lao" tables, BGN/PCGN columns; the rules the Lingua::LO::Romanize
 * documentation gives for BGN/PCGN; the ALA-LC Lao table's notes):
 * <ul>
 *   <li>syllable by syllable, each a first consonant, its vowel and perhaps a final consonant, the syllables of one written
 *   word joined as one Latin word: a consonant after a vowel closes that syllable unless a vowel sign follows it, which
 *   makes it the next syllable's first;</li>
 *   <li>consonants by position: a first consonant by its BGN/PCGN value (ຊ x, ຍ gn, ວ v, ອ not read), a final by the
 *   system's final value (ດ t, ບ p, ຍ y, ວ o); ນ ລ ຣ end a syllable as "ne" after the long a and o (າ ອ) and oua, as
 *   names write them (Kaysone, Phomvihane, Siphandone, Khammouane), else as n (Phankham, Thongloun, Xaisomboun);</li>
 *   <li>vowels in the order they are spoken: a vowel written before its consonant (ເ ແ ໂ ໄ ໃ) is read with the signs
 *   after that consonant as one vowel (ເ-ົາ ao, ເ-ືອ ua, ເ-ີ eu), the longest the table knows; ອ ວ ຍ after a consonant
 *   are part of the vowel (ທອງ "thong", ຫລວງ "louang", ເບຍ "bia") unless a vowel sign follows them; ຶ ື as eu, as names
 *   write them (Attapeu); ໍ + າ as ຳ;</li>
 *   <li>the silent ຫ before a sonorant (ຫວັນ "van", ຫລວງ "louang"), the subscript ຼ as l (ຫຼ l), ໜ n and ໝ m; ວ between a
 *   first consonant and its vowel as o (ຂວາງ "khoang"); tone marks not read; ໆ repeats the syllable before; the cancellation
 *   mark ໌ silences its letter, and a consonant left alone at a word's end after a closed syllable is not read
 *   (ວຽງຈັນທນ໌ "viangchan").</li>
 * </ul>
 * Simplified: a consonant with no vowel sign reads with a (the spelling before 1975 left vowels out: ສເຫຼີມ is ສະເຫລີມ);
 * the French spellings that write sounds the letters do not (Vientiane for ວຽງຈັນ, Luang Prabang for ຫລວງພະບາງ, "-ith" for a
 * final ດ, "-ay" for ໄ) are not guessed: the reading is BGN/PCGN's, one more spelling to compare, not the only one.
 */
public final class LaoReading {
    private static final Map<Character, String> INITIAL = new HashMap<>();
    private static final Map<Character, String> FINAL = new HashMap<>();
    /** The silent ຫ and a sonorant, by the two letters. */
    private static final Map<String, String> DIGRAPH = new HashMap<>();
    /** Vowels by the leading vowel (if any) and the signs and vowel letters after the consonant. */
    private static final Map<String, String> VOWEL = new HashMap<>();
    private static final Map<Character, String> MARK = new HashMap<>();
    private static final char SLOT = 'ກ';
    private static final char SUBSCRIPT_LO = '\u0EBC';
    private static final char NIGGAHITA = '\u0ECD';
    private static final char SIGN_AA = '\u0EB2';
    private static final char SIGN_AM = '\u0EB3';
    private static final char SIGN_A = '\u0EB0';
    private static final char WO = 'ວ';
    private static final String NOT_READ = "-";
    private static final String REPEAT = "REPEAT";
    private static final String CANCEL = "CANCEL";
    /** Vowels after which a final written "ne" keeps its e. */
    private static final Set<String> NE_AFTER = Set.of("າ", "ອ", "ວ");
    /** Vowels that end their syllable: no consonant closes them. */
    private static final Set<String> OPEN = Set.of("ໄ", "ໃ", "ຳ", "ເົາ", "ໍ");
    private static final int LONGEST_VOWEL;

    static {
        int longest = 0;
        for (SourcedTable.Row r : SourcedTable.read(LaoReading.class, "lao-letters.tsv", 4,
                "lao<TAB>latin<TAB>final<TAB>source")) {
            String lao = r.fields()[0];
            String latin = r.fields()[1];
            int slot = lao.indexOf(SLOT);
            if (lao.length() == 1 && consonantLetter(lao.charAt(0))) {
                INITIAL.put(lao.charAt(0), NOT_READ.equals(latin) ? "" : latin);
                if (!NOT_READ.equals(r.fields()[2])) {
                    FINAL.put(lao.charAt(0), r.fields()[2]);
                }
            } else if (lao.length() == 2 && consonantLetter(lao.charAt(0)) && consonantLetter(lao.charAt(1))) {
                DIGRAPH.put(lao, latin);
            } else if (slot >= 0 && lao.length() > 1) {
                // A vowel written on ກ: what stands around the consonant, without a closed form's final ກ.
                String key = lao.substring(0, slot) + lao.substring(slot + 1);
                if (key.length() > 1 && key.charAt(key.length() - 1) == SLOT) {
                    key = key.substring(0, key.length() - 1);
                }
                VOWEL.put(key, latin);
                longest = Math.max(longest, key.length());
            } else if (lao.length() == 1) {
                MARK.put(lao.charAt(0), latin);
            } else {
                throw new IllegalStateException("lao-letters.tsv line " + r.line() + ": not a letter, vowel or mark");
            }
        }
        LONGEST_VOWEL = longest;
    }

    private LaoReading() {
    }

    /** Whether the code point is in the Lao block. */
    public static boolean lao(int cp) {
        return cp >= 0x0E80 && cp <= 0x0EFF;
    }

    /**
     * A Lao run in lower-case Latin letters, each written word (Lao letters between other characters) as one Latin word,
     * words apart by a space; empty when nothing is read.
     */
    public static String read(String run) {
        StringBuilder out = new StringBuilder(run.length() * 2);
        int i = 0;
        while (i < run.length()) {
            int cp = run.codePointAt(i);
            if (!lao(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (end < run.length() && lao(run.charAt(end))) {
                end++;
            }
            String w = word(run.substring(i, end));
            if (!w.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(w);
            }
            i = end;
        }
        return out.toString();
    }

    /** One written word of Lao letters. */
    static String word(String written) {
        String s = prepared(written);
        int n = s.length();
        StringBuilder out = new StringBuilder(n * 2);
        String last = "";
        boolean closedBefore = false;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (REPEAT.equals(MARK.get(c))) {
                out.append(last);
                i++;
                continue;
            }
            char lead = 0;
            if (leading(c)) {
                lead = c;
                i++;
                if (i >= n || !consonant(s.charAt(i))) {
                    continue;
                }
            } else if (!consonant(c)) {
                i++;   // a stray sign, digit or punctuation
                continue;
            }
            if (lead == 0 && i == n - 1 && closedBefore) {
                break;   // a consonant alone after a closed syllable at the word's end: silenced (ຈັນທ[ນ໌])
            }
            // The first consonant: a digraph with the silent ຫ, a cluster with ຼ, ວ before the vowel.
            char first = s.charAt(i++);
            StringBuilder syllable = new StringBuilder(INITIAL.get(first));
            if (i < n && DIGRAPH.containsKey("" + first + s.charAt(i))) {
                syllable.setLength(0);
                syllable.append(DIGRAPH.get("" + first + s.charAt(i++)));
            }
            if (i < n && s.charAt(i) == SUBSCRIPT_LO) {
                if (first == 'ຫ') {
                    syllable.setLength(0);
                }
                syllable.append(MARK.get(SUBSCRIPT_LO));
                i++;
            }
            if (i + 1 < n && s.charAt(i) == WO && first != WO
                    && (sign(s.charAt(i + 1)) || lead != 0 && consonant(s.charAt(i + 1)) && finalAt(s, i + 1))) {
                syllable.append(FINAL.get(WO));
                i++;
            }
            // The vowel: the longest the table knows, of the leading vowel and what follows the consonant.
            String prefix = lead == 0 ? "" : String.valueOf(lead);
            String key = null;
            int most = 0;   // what follows the consonant up to the next leading vowel, which begins another syllable
            while (most < Math.min(LONGEST_VOWEL - prefix.length(), n - i) && !leading(s.charAt(i + most))) {
                most++;
            }
            for (int k = most; k >= 0 && key == null; k--) {
                String candidate = prefix + s.substring(i, i + k);
                if (!candidate.isEmpty() && VOWEL.containsKey(candidate) && vowelEndsAt(s, i, k, candidate)) {
                    key = candidate;
                    i += k;
                }
            }
            String vowel = key == null ? "a" : VOWEL.get(key);
            boolean open = key == null || key.charAt(key.length() - 1) == SIGN_A || OPEN.contains(key);
            // The final: a consonant no vowel sign follows.
            String fin = "";
            if (!open && i < n && consonant(s.charAt(i)) && FINAL.containsKey(s.charAt(i)) && finalAt(s, i)) {
                fin = FINAL.get(s.charAt(i++));
                if (fin.equals("ne") && (key == null || !NE_AFTER.contains(key))) {
                    fin = "n";
                }
            }
            syllable.append(vowel).append(fin);
            out.append(syllable);
            last = syllable.toString();
            closedBefore = !fin.isEmpty();
        }
        return out.toString();
    }

    /** The word without tone marks and cancelled letters, ໍ + າ as ຳ. */
    private static String prepared(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            String mark = MARK.get(c);
            if (NOT_READ.equals(mark)) {
                continue;
            }
            if (CANCEL.equals(mark)) {
                // The letter the mark stands on, with any vowel sign on it, is not read.
                int k = sb.length() - 1;
                while (k >= 0 && !consonant(sb.charAt(k))) {
                    k--;
                }
                sb.setLength(Math.max(k, 0));
                continue;
            }
            sb.append(c);
        }
        for (int k = sb.indexOf("" + NIGGAHITA + SIGN_AA); k >= 0; k = sb.indexOf("" + NIGGAHITA + SIGN_AA)) {
            sb.replace(k, k + 2, String.valueOf(SIGN_AM));
        }
        return sb.toString();
    }

    /**
     * Whether a vowel whose {@code k} letters after the consonant start at {@code i} may end there: a vowel letter (ອ ວ ຍ)
     * it ends with is not followed by a vowel sign, which would make it the next syllable's first consonant; ວ alone (oua)
     * needs a final after it.
     */
    private static boolean vowelEndsAt(String s, int i, int k, String key) {
        int j = i + k - 1;
        if (k == 0 || !consonant(s.charAt(j))) {
            return true;
        }
        if (key.equals(String.valueOf(WO))) {
            return j + 1 < s.length() && consonant(s.charAt(j + 1)) && finalAt(s, j + 1);
        }
        return j + 1 >= s.length() || !sign(s.charAt(j + 1)) && s.charAt(j + 1) != SUBSCRIPT_LO;
    }

    /** Whether the consonant at {@code k} can close a syllable: no vowel sign or ຼ after it. */
    private static boolean finalAt(String s, int k) {
        return k + 1 >= s.length() || !sign(s.charAt(k + 1)) && s.charAt(k + 1) != SUBSCRIPT_LO;
    }

    private static boolean consonantLetter(char c) {
        return c >= '\u0E81' && c <= '\u0EAE' || c == '\u0EDC' || c == '\u0EDD';
    }

    private static boolean consonant(char c) {
        return INITIAL.containsKey(c);
    }

    /** A vowel written before its consonant (ເ ແ ໂ ໃ ໄ). */
    private static boolean leading(char c) {
        return c >= '\u0EC0' && c <= '\u0EC4';
    }

    /** A vowel sign written after, above or below its consonant (ະ ັ າ ຳ ິ ີ ຶ ື ຸ ູ ົ ຽ ໍ). */
    private static boolean sign(char c) {
        return c >= '\u0EB0' && c <= '\u0EBB' || c == '\u0EBD' || c == NIGGAHITA;
    }
}
