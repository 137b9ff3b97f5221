package io.interdict.core.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a Latin word spells Han characters in Mandarin: each character in its first Unihan reading
 * ({@link HanReadings}), in Hanyu Pinyin or in Wade–Giles
 * ({@link WadeGiles}), ü as u or v. A name may mix the two (陳水扁 "Chen Shui-bian").
 */
public final class MandarinSpelling {
    private MandarinSpelling() {
    }

    /** Whether the Latin word (lower-case ASCII) spells the characters, one reading each, in order. */
    public static boolean spells(int[] cps, String latin) {
        List<String[]> spellings = new ArrayList<>(cps.length);
        for (int cp : cps) {
            String[] s = spellings(cp);
            if (s == null) {
                return false;
            }
            spellings.add(s);
        }
        return SyllableFit.fits(spellings, latin);
    }

    /**
     * A character's spellings: its first Unihan reading (the one Unihan gives first, mostly the name's: 沈 "shen",
     * not its other reading "chen") in pinyin and in Wade–Giles; null when it has none.
     */
    private static String[] spellings(int cp) {
        int i = HanReadings.index(cp);
        if (i < 0) {
            return null;
        }
        String[] known = SPELT.get(i);
        if (known == null) {
            known = spellingsAnew(cp);
            SPELT.set(i, known == null ? NONE : known);
        }
        return known == NONE ? null : known;
    }

    /** Each character's spellings once worked out (by its place in {@link HanReadings}; {@link #NONE}: it has none):
     *  a batch meets the same few hundred characters in name after name. */
    private static final java.util.concurrent.atomic.AtomicReferenceArray<String[]> SPELT =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(HanReadings.characters());
    private static final String[] NONE = new String[0];

    private static String[] spellingsAnew(int cp) {
        HanReadings.Reading r = HanReadings.of(cp);
        if (r == null || r.mandarin().length == 0) {
            return null;
        }
        Set<String> s = new LinkedHashSet<>();
        addSpellings(r.mandarin()[0], s);
        return s.toArray(String[]::new);
    }

    /** A pinyin syllable's spellings: itself, ü (v) as u, and Wade–Giles. */
    private static void addSpellings(String py, Set<String> out) {
        out.add(py);
        out.add(py.replace('v', 'u'));
        out.add(WadeGiles.of(py));
    }

    /**
     * {@link #spells}, each character in any of its Unihan readings (薄 "bao" or "bo", as 薄熙来 is "Bo Xilai") or in the
     * reading it takes as a Chinese surname ({@link HanSurnames}: 曾 "Zeng", customarily "ceng"; 单 "Shan"; 解 "Xie"):
     * how a family name is spelt, and what a name's characters may spell at all.
     */
    public static boolean spellsAnyReading(int[] cps, String latin) {
        List<String[]> spellings = new ArrayList<>(cps.length);
        for (int cp : cps) {
            Set<String> s = anySpellings(cp);
            if (s.isEmpty()) {
                return false;
            }
            spellings.add(s.toArray(String[]::new));
        }
        return SyllableFit.fits(spellings, latin);
    }

    /** The first letters (bit a..z) a spelling of the character in any reading ({@link #spellsAnyReading}) begins with;
     *  0 when it has none. */
    public static int anyReadingFirstLetters(int cp) {
        int m = 0;
        for (String x : anySpellings(cp)) {
            char c = x.isEmpty() ? 0 : x.charAt(0);
            m |= c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 0;
        }
        return m;
    }

    private static Set<String> anySpellings(int cp) {
        Set<String> s = new LinkedHashSet<>();
        HanReadings.Reading r = HanReadings.of(cp);
        for (String py : r == null ? new String[0] : r.mandarin()) {
            addSpellings(py, s);
        }
        String surname = HanSurnames.reading(cp);
        if (surname != null) {
            addSpellings(surname, s);
        }
        return s;
    }

    /** Every spelling of every Mandarin syllable a character is read in: pinyin (ü as v or u) and Wade–Giles. */
    public static Set<String> syllableSpellings() {
        return Syllables.ALL;
    }

    private static final class Syllables {
        static final Set<String> ALL = all();

        private static Set<String> all() {
            Set<String> out = new java.util.HashSet<>();
            for (String py : HanReadings.mandarinSyllables()) {
                addSpellings(py, out);
            }
            return java.util.Collections.unmodifiableSet(out);
        }
    }

    /** The first letters (bit a..z) a spelling of the character begins with; 0 when it has none. */
    public static int firstLetters(int cp) {
        String[] s = spellings(cp);
        int m = 0;
        for (String x : s == null ? new String[0] : s) {
            m |= 1 << (x.charAt(0) - 'a');
        }
        return m;
    }
}
