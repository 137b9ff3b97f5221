package io.interdict.core.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a Latin word spells a Cyrillic, Armenian, Georgian, Thai or kana word ({@link KanaSpelling}) in one of the romanisations names are written in
 * ({@code letter-spellings.tsv}, each letter's spellings with their sources: BGN/PCGN, the German and French
 * transcriptions, Ukraine's national transliteration, ALA-LC's Western Armenian values, the Armenian surname
 * endings; for Thai, RTGS, the letters' Pali values and the spellings Thai names are written in, {@link #thai}). The pipeline reads Cyrillic in BGN/PCGN alone ("zhukov"); the same name is "Schukow" in German,
 * "Joukov" in French, and a Ukrainian name is "Volodymyr", not "Vladimir" nor ICU's "volodimir". A word spells a
 * name when it is cut into one spelling per letter (or letter group: кс, ու, -յան), in order.
 */
public final class LetterSpellings {
    /** Letter or letter group -> its spellings ("" for a letter not written). */
    private static final Map<String, String[]> TABLE = load();
    private static final int LONGEST = TABLE.keySet().stream().mapToInt(String::length).max().orElse(1);

    private LetterSpellings() {
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> m = new HashMap<>();
        for (SourcedTable.Row row : SourcedTable.read(LetterSpellings.class, "letter-spellings.tsv", 3,
                "letters TAB spellings TAB source")) {
            String[] spellings = row.fields()[1].split(" +");
            for (int i = 0; i < spellings.length; i++) {
                if (spellings[i].equals("-")) {
                    spellings[i] = "";
                } else if (!spellings[i].matches("[a-z]+")) {
                    throw new IllegalStateException("letter-spellings.tsv line " + row.line() + ": spelling '" + spellings[i]
                            + "' is not lower-case ASCII letters or -");
                }
            }
            if (m.put(row.fields()[0], spellings) != null) {
                throw new IllegalStateException("letter-spellings.tsv line " + row.line() + ": " + row.fields()[0] + " twice");
            }
        }
        return Map.copyOf(m);
    }

    /**
     * A Thai word's letters with their spellings as read: a leading vowel (เ แ โ ใ ไ) after the consonant it precedes
     * ("เวช" -> ว เ ช, "vej"); after a consonant an implied a or o, or none ("ชินวัตร" -> "chinawat", "chinwat"); a
     * letter under the thanthakhat (์), and the vowel on it, written or silent ("สิทธิ์" -> "sit", "sitthi"), so is the
     * consonant before it after a final, and a final ร after a consonant ("ชินวัตร" -> "chinawat", "chinawatra"); รร after a
     * consonant as "an", or "a" before another consonant ("บรรหาร" -> "banhan", "banharn"), where the second ร opens no
     * syllable. A leading vowel before a cluster is spoken after it ({@link #overCluster}: "เปรม" -> "prem"); a false
     * cluster's ร may be silent ("ศรี" -> "si", "sri"); a final t may be written d ("ชัชชาติ" -> "chadchart"); a final
     * consonant after a vowel may be read again as the next syllable's first ("เพชรรัตน์" -> "phetcharat").
     */
    private static List<String[]> thai(String w) {
        char[] c = w.toCharArray();
        for (int i = 0; i + 1 < c.length; i++) {
            if (c[i] >= '\u0E40' && c[i] <= '\u0E44' && consonant(c[i + 1])) {
                int to = overCluster(c, i + 1) ? i + 2 : i + 1;
                char v = c[i];
                System.arraycopy(c, i + 1, c, i, to - i);
                c[to] = v;
                i = to;
            }
        }
        List<String[]> out = new ArrayList<>(c.length);
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '\u0E23' && i > 0 && i + 1 < c.length && c[i + 1] == '\u0E23' && consonant(c[i - 1])
                    && (i + 2 == c.length || consonant(c[i + 2]) || c[i + 2] == '\u0E4C')) {
                // (not where the second ร opens a syllable with its vowel: เพชรรัตน์ "phet-rat", popularly "Petcharat")
                // รร after a consonant is the vowel a, with the n it ends in when no final follows (THPOP in the table)
                out.add(i + 2 < c.length && consonant(c[i + 2]) ? new String[] {"a", "an"} : new String[] {"an"});
                out.add(new String[] {""});
                i++;
                continue;
            }
            String[] sp = TABLE.get(String.valueOf(c[i]));
            if (sp == null) {
                return null;
            }
            if (falseCluster(c, i)) {
                // RTGS does not read a false cluster's ร, and reads ทร as s; the popular "Sri" keeps the r.
                sp = with(sp, "");
                if (c[i - 1] == '\u0E17') {
                    out.set(i - 1, with(out.get(i - 1), "s"));
                }
            }
            if (finalT(c, i)) {
                sp = with(sp, "d");   // a final t written d (ชัชชาติ "Chadchart", ปรมัตถ์ "Pramud", ประยุทธ "Prayudh")
            }
            if (silentR(c, i)) {
                sp = with(sp, "");    // เ-ีย, then ร before a consonant, not spoken: เกียรติ "kiat" (Sanskrit kīrti)
            }
            if (c[i] == '\u0E23' && i >= 2 && consonant(c[i - 1]) && !consonant(c[i - 2]) && i + 1 < c.length
                    && consonant(c[i + 1])) {
                sp = with(sp, "");    // a final cluster's ร inside a word, as at its end (เพชรรัตน์ "phet-rat", บัตร "bat")
            }
            if (c[i] == '\u0E22' && i >= 1 && c[i - 1] == '\u0E44') {
                sp = with(sp, "");    // ไ-ย: the ย not spoken (ไทย "thai", ไชย "chai")
            }
            if (consonant(c[i])) {
                // After a short vowel and before another consonant, a consonant of a Pali or Sanskrit word closes one
                // syllable and opens the next, and is written twice (ณัฐวุฒิ "Nattawut", รัตนา "Rattana", ชัชวาล
                // "Chatchawan"): its final (one letter) before any of its spellings.
                boolean twice = i >= 1 && i + 1 < c.length && (consonant(c[i + 1])
                        && (c[i - 1] == '\u0E31' || c[i - 1] == '\u0E34' || c[i - 1] == '\u0E38' || c[i - 1] == '\u0E40')
                        || silentR(c, i - 1));
                List<String> with = new ArrayList<>(sp.length * (twice ? 9 : 3));
                for (String x : sp) {
                    with.add(x);
                    with.add(x + "a");
                    with.add(x + "o");
                }
                if (twice) {
                    for (String f : sp) {
                        if (f.length() == 1) {
                            for (String x : sp) {
                                with.add(f + x);
                                with.add(f + x + "a");
                                with.add(f + x + "o");
                            }
                        }
                        // A doubled aspirate is written with its plain letter first, as Pali and Sanskrit spell it
                        // (Buddha, Siddhattha): วัฒน "Vaddhana", ภัทร "Bhaddhra" are d + dh, not dh + dh.
                        if (f.length() == 2 && f.charAt(1) == 'h') {
                            with.add(f.charAt(0) + f);
                            with.add(f.charAt(0) + f + "a");
                            with.add(f.charAt(0) + f + "o");
                        }
                    }
                }
                sp = with.toArray(String[]::new);
            }
            out.add(sp);
        }
        // The thanthakhat silences the consonant it stands on, with the vowel written on that consonant, and may silence
        // the consonant before it after a syllable's final (จันทร์ "chan"); a final cluster's ร is not read (บัตร "bat";
        // both as ThaiReading reads them).
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '\u0E4C') {
                for (int k = i - 1; k >= 0; k--) {
                    out.set(k, silent(out.get(k)));
                    if (consonant(c[k])) {
                        if (k >= 2 && consonant(c[k - 1]) && !consonant(c[k - 2]) || k == 1 && consonant(c[0])
                                || afterFinal(c, k)) {
                            out.set(k - 1, silent(out.get(k - 1)));
                        }
                        break;
                    }
                }
            }
        }
        int last = c.length - 1;
        if (last >= 2 && c[last] == '\u0E23' && consonant(c[last - 1])) {
            out.set(last, silent(out.get(last)));
        }
        // A geminate at the word's end (ยุทธ, พุทธ; ThaiReading.withoutGeminateEnd): RTGS leaves the second stop unread
        // ("Prayut"), names write either one ("Prayuth", "Prayudh") or both ("Yuddha"); never neither.
        if (last >= 2 && consonant(c[last]) && consonant(c[last - 1]) && !consonant(c[last - 2])
                && ThaiReading.geminate(c[last - 1], c[last])) {
            out.set(last - 1, with(out.get(last - 1), out.get(last)));
            out.set(last, with(out.get(last), ""));
        }
        splitVowels(c, out);
        return out;
    }

    /**
     * Vowels written in two or three parts around the consonant, as the popular transcription spells them (THPOP in the
     * table; RTGS as {@link ThaiReading} reads them), with the leading part already moved after its consonant:
     * <ul>
     *   <li>เ-ิ, RTGS "oe", popularly "er" or "e" (เจริญ "Charoen", "Charern"; เฉลิม "Chaloem", "Chalerm"; ประเสริฐ
     *   "Prasert"); over a cluster (ฉล, สร) the vowel is spoken after the second consonant, so the เ may be silent
     *   where it stands and the ิ spell the whole vowel;</li>
     *   <li>เ-ือ, RTGS "uea", popularly "ua" or "uea" (เมือง "Mueang", "Muang"; เรือง "Ruang"): เ silent, ื "ue" or "u",
     *   อ its a, always written (เรือง is not "Rung", which is รุ่ง);</li>
     *   <li>เ-ีย, RTGS "ia" (เสียง "Siang"): เ and ี silent, ย with its a spelling "ia";</li>
     *   <li>a short ิ or ุ on a consonant that closes the syllable before it is not spoken in words of Pali and Sanskrit
     *   origin (ชาติ "chat", ภูมิ "phum", เกตุ "ket"), at the word's end or before the next syllable's consonant and
     *   vowel.</li>
     * </ul>
     * Derived from how names are written (the RTGS values of these vowels are ThaiReading's; the popular ones and the
     * silent final vowel are not from a cited table).
     */
    private static void splitVowels(char[] c, List<String[]> out) {
        for (int k = 1; k < c.length; k++) {
            char v = c[k];
            int lead = c[k - 1] == '\u0E40' ? k - 1 : k >= 2 && c[k - 2] == '\u0E40' && consonant(c[k - 1]) ? k - 2 : -1;
            if (v == '\u0E34' && lead >= 0) {                     // เ-ิ
                out.set(lead, with(out.get(lead), "oe", "er", ""));
                // On the consonant the เ stands after, the ิ is no vowel of its own (ประเสริฐ is no "prasit"); across a
                // consonant it may be (เทวินทร์ "thewin").
                out.set(k, lead == k - 1 ? new String[] {"", "oe", "er", "e"} : with(out.get(k), "", "oe", "er", "e"));
            } else if (v == '\u0E37' && lead == k - 1) {          // เ-ือ
                out.set(lead, with(out.get(lead), ""));
                int o = afterTones(c, k + 1);
                if (o < c.length && c[o] == '\u0E2D') {
                    // The whole vowel on ื, its อ unwritten: "ruang", "rueang", "rueng", "reung", never "rung" (รุ่ง)
                    out.set(k, with(out.get(k), "uea", "ua", "eu"));
                    out.set(o, new String[] {""});
                } else {
                    out.set(k, with(out.get(k), "u"));
                }
            } else if (v == '\u0E35' && lead >= 0 && afterTones(c, k + 1) < c.length
                    && c[afterTones(c, k + 1)] == '\u0E22') {   // เ-ีย, also over a cluster (เสงี่ยม "Sangiam")
                int y = afterTones(c, k + 1);
                out.set(lead, with(out.get(lead), ""));
                out.set(k, with(out.get(k), "", "ia", "ea"));    // ย spells "ia", or ี the whole vowel (เจียร "Chear")
                out.set(y, with(out.get(y), ""));
            } else if (v == '\u0E32' && c[pastTones(c, k - 1)] == '\u0E40') {   // เ-า ("Yaow", "Pow")
                out.set(pastTones(c, k - 1), with(out.get(pastTones(c, k - 1)), ""));
                out.set(k, with(out.get(k), "ao", "ow", "au"));
            } else if (v == '\u0E31' && k + 1 < c.length && c[k + 1] == '\u0E27'
                    && (k + 2 == c.length || consonant(c[k + 2]))) {
                out.set(k, with(out.get(k), ""));                // -ัว- "ua" on its ว (บัว "bua", ชัวร์)
            } else if ((v == '\u0E34' || v == '\u0E38') && k >= 2 && consonant(c[k - 1]) && (!consonant(c[k - 2]) || silentR(c, k - 2))
                    && (k + 1 == c.length || k + 2 < c.length && consonant(c[k + 1])
                            && (!consonant(c[k + 2]) || k + 3 < c.length && c[k + 2] == '\u0E23' && c[k + 3] == '\u0E23'))) {
                out.set(k, with(out.get(k), ""));                // ชาติ "chat", ภูมิใจ "phumchai", ภูมิธรรม "phumtham"
            }
        }
    }

    /**
     * Whether the consonant at k opens a cluster with the ร, ล or ว after it, a leading vowel before it being spoken after
     * the cluster (เปรม "prem", แปลก "plaek", ไพร "phrai", เครือ "khruea"): the true clusters of ThaiReading (ก ข ค ต ป ผ พ
     * with ร ล ว), and the false ones whose ร is silent or makes ท an s (ศ ษ ส ซ ท with ร: เศรษฐ "settha", popularly
     * "Srettha"; เสริม "soem"). Not at the word's end after เ แ โ, where the ร or ล may be the syllable's final (เวร "wen").
     */
    private static boolean overCluster(char[] c, int k) {
        if (k + 2 > c.length || k + 2 == c.length && c[k - 1] != '\u0E43' && c[k - 1] != '\u0E44') {
            return false;   // (ไ and ใ close their syllable themselves: ไพร "phrai", ไกร "krai")
        }
        char second = c[k + 1];
        return "\u0E23\u0E25\u0E27".indexOf(second) >= 0 && "\u0E01\u0E02\u0E04\u0E15\u0E1B\u0E1C\u0E1E".indexOf(c[k]) >= 0
                || second == '\u0E23' && "\u0E28\u0E29\u0E2A\u0E0B\u0E17".indexOf(c[k]) >= 0;
    }

    /**
     * Whether the ร at i (leading vowels moved) makes a false cluster with the consonant before it: after ซ ศ ษ ส or ท,
     * with a vowel after it, written or implied (ศรี "si", สร้อย "soi", ทราย "sai", สรง "song"; ThaiReading cites the rule).
     */
    private static boolean falseCluster(char[] c, int i) {
        if (c[i] != '\u0E23' || i == 0 || "\u0E0B\u0E28\u0E29\u0E2A\u0E17".indexOf(c[i - 1]) < 0) {
            return false;
        }
        int v = afterTones(c, i + 1);
        return v < c.length && c[v] != '\u0E4C';   // a vowel, or an implied one before a final (สรง "song")
    }

    /**
     * Whether the consonant at i closes a syllable and is one RTGS reads as a final t (จ ช ซ ศ ษ ส ฎ ฏ ฐ ฑ ฒ ด ต ถ ท ธ),
     * which names are often written with a d: after a vowel sign (tone marks aside), at the word's end or before
     * another consonant or the thanthakhat.
     */
    private static boolean finalT(char[] c, int i) {
        if (i == 0 || "\u0E08\u0E0A\u0E0B\u0E28\u0E29\u0E2A\u0E0E\u0E0F\u0E10\u0E11\u0E12\u0E15\u0E16\u0E17\u0E18".indexOf(c[i]) < 0) {
            return false;
        }
        char before = c[pastTones(c, i - 1)];
        boolean afterVowel = !consonant(before) && before != '\u0E4C';
        return afterVowel && (i + 1 == c.length || consonant(c[i + 1]) || c[i + 1] == '\u0E4C');
    }

    /** Whether the ร at j follows the vowel เ-ีย (its ย) and comes before a consonant: not spoken, the consonant after
     *  it closing the syllable (เกียรติ "kiat", "Kiatti", "Kiattisak"). */
    private static boolean silentR(char[] c, int j) {
        return j >= 2 && j + 1 < c.length && c[j] == '\u0E23' && c[j - 1] == '\u0E22' && c[j - 2] == '\u0E35'
                && consonant(c[j + 1]);
    }

    /** The first letter at or after k that is no tone mark. */
    private static int afterTones(char[] c, int k) {
        while (k < c.length && (c[k] >= '\u0E48' && c[k] <= '\u0E4B')) {
            k++;
        }
        return k;
    }

    /** The last letter at or before j that is no tone mark (0 at most). */
    private static int pastTones(char[] c, int j) {
        while (j > 0 && c[j] >= '\u0E48' && c[j] <= '\u0E4B') {
            j--;
        }
        return j;
    }

    /** The spellings with more, each once. */
    private static String[] with(String[] sp, String... more) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(List.of(sp));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static boolean consonant(char c) {
        return c >= '\u0E01' && c <= '\u0E2E';
    }

    /** Whether the consonant before the silenced one at k follows a syllable's final, as ThaiReading reads it: a vowel,
     *  a final that is no sonorant, then the two (จันทร์ "chan": น closes จั, ท is silent; not วงศ์, ง closes วง; nor
     *  one letter doubled, นนท์ "non"). */
    private static boolean afterFinal(char[] c, int k) {
        return k >= 3 && consonant(c[k - 1]) && consonant(c[k - 2]) && c[k - 1] != c[k - 2]
                && "งนมยลวญณ".indexOf(c[k - 1]) < 0 && (!consonant(c[k - 3]) || c[k] == '\u0E23');
    }

    private static String[] silent(String[] sp) {
        for (String x : sp) {
            if (x.isEmpty()) {
                return sp;
            }
        }
        String[] out = java.util.Arrays.copyOf(sp, sp.length + 1);
        out[sp.length] = "";
        return out;
    }

    /** Whether every letter of the word is one the table spells (a Cyrillic, Armenian or Thai word). */
    public static boolean spellable(String word) {
        return units(word.toLowerCase(Locale.ROOT)) != null;
    }

    /** The letters (bit a..z) a spelling of the word may begin with; -1 (any) when its first letter may be silent, 0 when
     *  no letter of it is in the table. */
    public static int firstLetters(String word) {
        return SyllableFit.firstLetters(units(word.toLowerCase(Locale.ROOT)));
    }

    /** Whether the Latin word (lower-case ASCII) spells the Cyrillic or Armenian word. */
    public static boolean spells(String word, String latin) {
        List<String[]> units = units(word.toLowerCase(Locale.ROOT));
        return units != null && !latin.isEmpty() && SyllableFit.fits(units, latin);
    }

    /** The word cut into the table's letters and groups, longest first; null when a letter is not in the table. */
    private static List<String[]> units(String w) {
        List<String[]> known = UNITS.get(w);
        if (known == null) {
            known = unitsAnew(w);
            known = known == null ? NO_UNITS : known;
            if (UNITS.size() < MAX_CACHED) {   // query words are any words: the memo stays bounded
                UNITS.put(w, known);
            }
        }
        return known == NO_UNITS ? null : known;
    }

    /** Each word's units once cut ({@link #NO_UNITS}: not spellable): a query word is asked of every candidate word it
     *  meets ({@link #spells}), and cutting a Thai word (its vowels moved, its silent letters) is many times that check.
     *  Callers only read the lists. */
    private static final java.util.Map<String, List<String[]>> UNITS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 20_000;
    private static final List<String[]> NO_UNITS = java.util.Collections.unmodifiableList(new ArrayList<>(0));

    private static List<String[]> unitsAnew(String w) {
        if (w.isEmpty()) {
            return null;
        }
        if (ThaiReading.isThai(w)) {
            return thai(w);
        }
        if (KanaSpelling.isKana(w)) {
            return KanaSpelling.units(w);
        }
        List<String[]> out = new ArrayList<>(w.length());
        int i = 0;
        while (i < w.length()) {
            String[] found = null;
            int len = Math.min(LONGEST, w.length() - i);
            for (; len > 0; len--) {
                found = TABLE.get(w.substring(i, i + len));
                if (found != null) {
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            out.add(found);
            i += len;
        }
        return out;
    }
}
