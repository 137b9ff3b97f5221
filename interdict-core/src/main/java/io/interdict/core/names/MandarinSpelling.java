package io.interdict.core.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a Latin word spells Han characters in Mandarin: each character in any of its Unihan readings
 * ({@link HanReadings}: a character read two ways in names is spelt either), in Hanyu Pinyin or in Wade–Giles
 * ({@link WadeGiles}), ü as u or v. A name may mix the two (陳水扁 "Chen Shui-bian").
 */
public final class MandarinSpelling {
    private MandarinSpelling() {
    }

    /** Whether the Latin word (lower-case ASCII) spells the characters, one reading each, in order. */
    public static boolean spells(int[] cps, String latin) {
        List<String[]> spellings = new ArrayList<>(cps.length);
        for (int cp : cps) {
            HanReadings.Reading r = HanReadings.of(cp);
            if (r == null || r.mandarin().length == 0) {
                return false;
            }
            Set<String> s = new LinkedHashSet<>();
            for (String py : r.mandarin()) {
                s.add(py);
                s.add(py.replace('v', 'u'));
                s.add(WadeGiles.of(py));
            }
            spellings.add(s.toArray(String[]::new));
        }
        return SyllableFit.fits(spellings, latin);
    }
}
