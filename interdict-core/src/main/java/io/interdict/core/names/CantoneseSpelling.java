package io.interdict.core.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a Latin word spells Han characters in Cantonese, as Hong Kong and Macau names are written: 李嘉誠 "Li Ka-shing",
 * 林鄭月娥 "Lam Cheng Yuet-ngor", 曾蔭權 "Tsang Yam-kuen". Each character in any of its Unihan Cantonese readings
 * (kCantonese, Jyutping; {@link HanReadings#cantonese}), each reading spelt as the Hong Kong Government Cantonese
 * Romanisation spells its initial and final. That system is unpublished and not fully consistent; the spellings here are
 * the correspondences its descriptions give:
 * <ul>
 *   <li>Wikipedia, "Hong Kong Government Cantonese Romanisation" (IPA table of initials and vowels with place-name
 *   examples: p/b p, t/d t, k/g k, kw, ts/tsʰ "ts" or "ch", s "s" or "sh", j "y"; i "i", "ee", after s/ts "ze", "z";
 *   u "u", "oo"; œ "eu", "eo"; y "u", "ue"; eɪ "ei", "ee"; ɔɪ "oi", "oy"; œy "ui"; əʊ "o");</li>
 *   <li>a Jyutping-to-HK comparison of place names (r/Cantonese, 2024, "Making the Hong Kong Gov't romanization
 *   functional": aa > a, jyu > yue, yu > ue, eoi > ui, ou > o, oe > eu/eo, eo > u, z and c > ts or ch, s > sh in
 *   names);</li>
 *   <li>the Sidney Lau / Yale / Jyutping table (hkmdb.com forum, 2005) for the finals' correspondences (oeng "eung",
 *   eoi "ui", eon "un", yun "uen").</li>
 * <li>Hong Kong's usual name spellings beyond those tables, as identity cards and the press write them: an open aa
 *   as "ah" (劉德華 "Lau Tak Wah", 家 "Kah"), au as "ow" (周潤發 "Chow Yun Fat", 鄒 "Chow"), an open o as "oh", "or" or
 *   "aw" (羅 "Law", 柯 "Or", 何 "Hoh"); and the syllabic nasals m and ng, which have no final (吳, 伍 "Ng").</li>
 * </ul>
 * Derived: every spelling a sound has in these sources is allowed anywhere, and a name may mix them.
 */
public final class CantoneseSpelling {
    private static final Map<String, String[]> INITIAL = Map.ofEntries(
            Map.entry("b", new String[] {"p"}), Map.entry("p", new String[] {"p"}), Map.entry("m", new String[] {"m"}),
            Map.entry("f", new String[] {"f"}), Map.entry("d", new String[] {"t"}), Map.entry("t", new String[] {"t"}),
            Map.entry("n", new String[] {"n"}), Map.entry("l", new String[] {"l"}), Map.entry("g", new String[] {"k"}),
            Map.entry("k", new String[] {"k"}), Map.entry("ng", new String[] {"ng"}), Map.entry("h", new String[] {"h"}),
            Map.entry("gw", new String[] {"kw"}), Map.entry("kw", new String[] {"kw"}), Map.entry("w", new String[] {"w"}),
            Map.entry("z", new String[] {"ts", "ch"}), Map.entry("c", new String[] {"ts", "ch"}),
            Map.entry("s", new String[] {"s", "sh"}), Map.entry("j", new String[] {"y"}));
    private static final Map<String, String[]> FINAL = Map.ofEntries(
            Map.entry("aa", new String[] {"a", "ah"}), Map.entry("aai", new String[] {"ai"}), Map.entry("aau", new String[] {"au"}),
            Map.entry("aam", new String[] {"am"}), Map.entry("aan", new String[] {"an"}), Map.entry("aang", new String[] {"ang"}),
            Map.entry("aap", new String[] {"ap"}), Map.entry("aat", new String[] {"at"}), Map.entry("aak", new String[] {"ak"}),
            Map.entry("ai", new String[] {"ai"}), Map.entry("au", new String[] {"au", "ow"}), Map.entry("am", new String[] {"am"}),
            Map.entry("an", new String[] {"an"}), Map.entry("ang", new String[] {"ang"}), Map.entry("ap", new String[] {"ap"}),
            Map.entry("at", new String[] {"at"}), Map.entry("ak", new String[] {"ak"}),
            Map.entry("e", new String[] {"e"}), Map.entry("ei", new String[] {"ei", "ee", "i"}), Map.entry("eng", new String[] {"eng"}),
            Map.entry("ek", new String[] {"ek"}), Map.entry("eu", new String[] {"eu"}),
            Map.entry("i", new String[] {"i", "ee"}), Map.entry("iu", new String[] {"iu"}), Map.entry("im", new String[] {"im"}),
            Map.entry("in", new String[] {"in"}), Map.entry("ing", new String[] {"ing"}), Map.entry("ip", new String[] {"ip"}),
            Map.entry("it", new String[] {"it"}), Map.entry("ik", new String[] {"ik"}),
            Map.entry("o", new String[] {"o", "oh", "or", "aw"}), Map.entry("oi", new String[] {"oi", "oy"}), Map.entry("on", new String[] {"on"}),
            Map.entry("ong", new String[] {"ong"}), Map.entry("ot", new String[] {"ot"}), Map.entry("ok", new String[] {"ok"}),
            Map.entry("ou", new String[] {"o", "ou"}),
            Map.entry("u", new String[] {"u", "oo"}), Map.entry("ui", new String[] {"ui"}), Map.entry("un", new String[] {"un", "oon"}),
            Map.entry("ung", new String[] {"ung"}), Map.entry("ut", new String[] {"ut", "oot"}), Map.entry("uk", new String[] {"uk"}),
            Map.entry("oe", new String[] {"eu", "oe"}), Map.entry("oeng", new String[] {"eung", "eong"}),
            Map.entry("oek", new String[] {"euk", "eok"}), Map.entry("eoi", new String[] {"ui", "eui"}),
            Map.entry("eon", new String[] {"un", "eun"}), Map.entry("eot", new String[] {"ut", "eut"}),
            Map.entry("yu", new String[] {"u", "ue", "yu"}), Map.entry("yun", new String[] {"un", "uen", "yun"}),
            Map.entry("yut", new String[] {"ut", "uet", "yut"}),
            Map.entry("m", new String[] {"m"}), Map.entry("ng", new String[] {"ng"}));

    private CantoneseSpelling() {
    }

    /** Whether the Latin word (lower-case ASCII) spells the characters, one Cantonese reading each, in order. */
    public static boolean spells(int[] cps, String latin) {
        List<String[]> spellings = new ArrayList<>(cps.length);
        for (int cp : cps) {
            String[] s = spellings(cp);
            if (s.length == 0) {
                return false;
            }
            spellings.add(s);
        }
        return SyllableFit.fits(spellings, latin);
    }

    /** The first letters (bit a..z) a spelling of the character begins with; 0 when it has none. */
    public static int firstLetters(int cp) {
        int m = 0;
        for (String x : spellings(cp)) {
            m |= 1 << (x.charAt(0) - 'a');
        }
        return m;
    }

    /** Every spelling of every Cantonese syllable a character is read in ("lee", "wing", "kei", "chiu", "ng"). */
    public static Set<String> syllableSpellings() {
        return Spellings.ALL;
    }

    private static final class Spellings {
        static final Set<String> ALL = all();

        private static Set<String> all() {
            Set<String> out = new java.util.HashSet<>();
            for (String jyutping : HanReadings.cantoneseSyllables()) {
                out.addAll(syllable(jyutping));
            }
            return Set.copyOf(out);
        }
    }

    /** Every spelling of every Cantonese reading of a character; empty when it has none. */
    static String[] spellings(int cp) {
        int i = HanReadings.index(cp);
        if (i < 0) {
            return new String[0];
        }
        String[] known = SPELT.get(i);
        if (known == null) {
            known = spellingsAnew(cp);
            SPELT.set(i, known);
        }
        return known;
    }

    /** Each character's spellings once worked out, by its place in {@link HanReadings}: a batch meets the same few
     *  hundred characters in name after name. Callers only read them. */
    private static final java.util.concurrent.atomic.AtomicReferenceArray<String[]> SPELT =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(HanReadings.characters());

    private static String[] spellingsAnew(int cp) {
        Set<String> out = new LinkedHashSet<>();
        for (String jyutping : HanReadings.cantonese(cp)) {
            out.addAll(syllable(jyutping));
        }
        return out.toArray(String[]::new);
    }

    /** The usual spelling of one Jyutping syllable (no tone) in Hong Kong's names, for a search to look up: the first
     *  {@link #syllable} spelling, its z or c written "ch" (陳 can "chan", 張 zoeng "cheung"); null when it does not parse. */
    public static String usual(String jyutping) {
        List<String> all = syllable(jyutping);
        boolean affricate = jyutping.startsWith("z") || jyutping.startsWith("c");
        for (String s : all) {
            if (!affricate || s.startsWith("ch")) {
                return s;
            }
        }
        return all.isEmpty() ? null : all.get(0);
    }

    /** The spellings of one Jyutping syllable (no tone); empty when it does not parse. */
    static List<String> syllable(String jyutping) {
        String initial = "";
        for (String i : new String[] {"gw", "kw", "ng", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "w", "z", "c", "s", "j"}) {
            // A syllabic nasal (m, ng: 唔, 吳) is a final alone, not an initial with the rest as its final.
            if (jyutping.startsWith(i) && jyutping.length() > i.length() && !jyutping.equals("ng")) {
                initial = i;
                break;
            }
        }
        String[] finals = FINAL.get(jyutping.substring(initial.length()));
        if (finals == null) {
            return List.of();
        }
        String[] initials = initial.isEmpty() ? new String[] {""} : INITIAL.get(initial);
        boolean sibilant = initial.equals("s") || initial.equals("z") || initial.equals("c");
        List<String> out = new ArrayList<>(initials.length * (finals.length + 2));
        for (String i : initials) {
            for (String f : finals) {
                out.add(i + f);
            }
            if (sibilant && jyutping.endsWith("i") && jyutping.length() == initial.length() + 1) {
                out.add(i + "ze");   // 詩 si "Sze", 子 zi "Tsz"
                out.add(i + "z");
            }
            if (initial.equals("j") && jyutping.startsWith("jyu")) {
                for (String f : finals) {
                    out.add(f);      // 余 jyu "U", 阮 jyun "Uen"
                }
            }
        }
        return out;
    }
}
