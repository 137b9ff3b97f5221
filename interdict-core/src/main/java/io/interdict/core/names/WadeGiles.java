package io.interdict.core.names;

/**
 * A Mandarin syllable in Hanyu Pinyin (Unihan's kMandarin without tones, ü as v) to Wade–Giles as names are written
 * in it (Taiwan, and most names romanised before 1979: 蔣經國 "Chiang Ching-kuo", 李登輝 "Li Teng-hui"), without its
 * apostrophes and diacritics, which names drop. Initials as the Library of Congress's pinyin conversion lists them
 * (loc.gov/catdir/pinyin, "Initial letters in pinyin for shelflisters": b p, c ts, ci tzu, d t, g k, j ch, q ch, r j,
 * x hs, z ts, zh ch, zi tzu); finals as Wikipedia's "Wade–Giles table" writes them (i+ê = ieh, i+an = ien, u+êng =
 * ung, ü+êng = iung, shih, chih, jih, ssu, ê/o after k and h as o, erh).
 */
public final class WadeGiles {
    private WadeGiles() {
    }

    /** The Wade–Giles spelling of a toneless pinyin syllable. */
    public static String of(String py) {
        String s = py.replace('v', 'u');
        // Whole syllables first: the apical vowels and the syllables without an initial.
        switch (s) {
            case "zi": return "tzu";
            case "ci": return "tzu";
            case "si": return "ssu";
            case "zhi": return "chih";
            case "chi": return "chih";
            case "shi": return "shih";
            case "ri": return "jih";
            case "er": return "erh";
            case "yi": return "i";
            case "you": return "yu";
            case "yan": return "yen";
            case "ye": return "yeh";
            case "yong": return "yung";
            case "yue": return "yueh";
            case "yuan": return "yuan";
            default: break;
        }
        String initial = "";
        String[] initials = {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s",
            "y", "w"};
        for (String i : initials) {
            if (s.startsWith(i)) {
                initial = i;
                break;
            }
        }
        String fin = s.substring(initial.length());
        String wi = switch (initial) {
            case "b" -> "p";
            case "d" -> "t";
            case "g" -> "k";
            case "j", "q", "zh" -> "ch";
            case "x" -> "hs";
            case "r" -> "j";
            case "z", "c" -> "ts";
            default -> initial;
        };
        String wf = switch (fin) {
            case "ong" -> "ung";
            case "iong" -> "iung";
            case "ian" -> "ien";
            case "ie" -> "ieh";
            case "ue" -> "ueh";
            case "ui" -> "ui";
            case "uo" -> initial.equals("g") || initial.equals("k") || initial.equals("h") || initial.equals("zh")
                    || initial.equals("ch") || initial.equals("sh") || initial.equals("r") ? "uo" : "o";
            case "e" -> initial.equals("g") || initial.equals("k") || initial.equals("h") ? "o" : "e";
            default -> fin;
        };
        return wi + wf;
    }
}
