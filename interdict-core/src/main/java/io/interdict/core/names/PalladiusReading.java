package io.interdict.core.names;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Chinese name written in Russian Cyrillic, read back in Hanyu Pinyin ({@code interdict-v2}): "Си Цзиньпин" is "xi
 * jinping", "Мао Цзэдун" is "mao zedong". Russian writes Chinese names in the Palladius system, the official Russian
 * standard for transcribing Mandarin (Wikipedia, "Cyrillization of Chinese"; memim.com, "Cyrillization of Chinese";
 * orthodox.cn/localchurch/pinyin-pallad_en.htm, a pinyin/Palladius concordance), whose letters the pipeline's Russian
 * transliteration reads as Russian ("si tszinpin"), far from the pinyin the lists write.
 * <p>
 * The table is worked out here from the system's rules, syllable by syllable, for every pinyin syllable Unihan reads a
 * character in ({@link HanReadings#mandarinSyllables()}), then read backwards:
 * <ul>
 *   <li>initials: b p m f d t n l g k h as б п м ф д т н л г к х; j and z as цз, q and c as ц, x and s as с; zh чж, ch
 *   ч, sh ш, r ж;</li>
 *   <li>finals: a а, ai ай, ao ао, an ань, ang ан, e э, ei эй, ou оу, en энь, eng эн, er эр, o о; i и (ы after z, c,
 *   s); ia я, iao яо, ian янь, iang ян, ie е, iu ю, in инь, ing ин, iong юн; u у, ua уа, uai уай, uan уань, uang уан,
 *   uo о, ui уй, un унь, ong ун; ü (u after j, q, x) юй, üe юэ, üan юань, ün юнь;</li>
 *   <li>with no initial: y + i-final as the final (yi и, ya я, you ю, yo ё), yu-finals as the ü-finals, wu у, other w
 *   as в (wa ва, wei вэй, wen вэнь, weng вэн); hui is хуэй (the page's special case).</li>
 * </ul>
 * Ü after l and n is folded to u in Unihan's syllables, so лю is read liu and люй lu. A word is cut into the fewest
 * syllables the table holds (a hard sign or hyphen parts syllables too: "Чанъань", "Цзэ-дун"), and the syllables of a
 * word are written together, as pinyin writes a given name. A name is read only when it has two to four words, each
 * one to three syllables, and nothing but Cyrillic letters, hyphens and spaces: one more reading beside the
 * transliteration, so a Russian name that happens to be cut so ("Анна Ли") only gains a spelling.
 */
public final class PalladiusReading {
    private static final int MAX_WORDS = 4;
    /** The letters a Palladius syllable ends in. */
    private static final String ENDS = "аеёиоуыэюянйрь";
    private static final int MAX_SYLLABLES = 3;
    /** The longest syllable in Cyrillic letters ("чжуань", "цзюань"). */
    private static final int LONGEST = 6;

    private PalladiusReading() {
    }

    /**
     * The name's pinyin readings: {@link #reading}, then, when its е after a consonant also reads as э, that reading too:
     * Russian texts often write е for the system's э ("Мао Цзедун" for "Мао Цзэдун", where цзе is jie and цзэ ze).
     * Empty when the name is not read so.
     */
    public static java.util.List<String> readings(String name) {
        String reading = reading(ukrainianAsRussian(name));
        if (reading == null) {
            return java.util.List.of();
        }
        String lower = ukrainianAsRussian(name).toLowerCase(Locale.ROOT);
        StringBuilder e = new StringBuilder(lower);
        for (int i = 1; i < e.length(); i++) {
            if (e.charAt(i) == 'е' && Character.isLetter(e.charAt(i - 1)) && "аеёиоуыэюяъь".indexOf(e.charAt(i - 1)) < 0) {
                e.setCharAt(i, 'э');
            }
        }
        String other = e.toString().equals(lower) ? null : reading(e.toString());
        return other == null || other.equals(reading) ? java.util.List.of(reading) : java.util.List.of(reading, other);
    }

    /**
     * A name in the Ukrainian variant of the system, in the Russian letters it stands for: і and є where Russian has и and
     * е, е where Russian has э ("Сі Цзіньпін", "Ден Сяопін"; memim.com, "Cyrillization of Chinese", its Ukrainian
     * variant); any other name as it is.
     */
    static String ukrainianAsRussian(String name) {
        if (name == null || name.chars().noneMatch(c -> c == 'і' || c == 'І' || c == 'є' || c == 'Є')) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean upper = Character.isUpperCase(c);
            char r = switch (Character.toLowerCase(c)) {
                case 'і' -> 'и';
                case 'є' -> 'е';
                case 'е' -> 'э';
                default -> Character.toLowerCase(c);
            };
            sb.append(upper ? Character.toUpperCase(r) : r);
        }
        return sb.toString();
    }

    /** The name in pinyin (lower case, a word's syllables together), or null when it is not read so. */
    public static String reading(String name) {
        if (name == null || name.length() > 60) {
            return null;
        }
        String[] words = Words.spaced(name.toLowerCase(Locale.ROOT));
        if (words.length < 2 || words.length > MAX_WORDS) {
            return null;
        }
        for (String w : words) {
            // Every syllable ends in a vowel, н, нь, й or р (эр): "Петров" is cut no further.
            if (w.isEmpty() || ENDS.indexOf(w.charAt(w.length() - 1)) < 0) {
                return null;
            }
        }
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (String w : words) {
            String pinyin = word(w);
            if (pinyin == null) {
                return null;
            }
            out.append(out.length() == 0 ? "" : " ").append(pinyin);
        }
        return out.toString();
    }

    /** One word (lower case) in pinyin, or null when it is not one to three syllables of the table. */
    static String word(String w) {
        StringBuilder out = new StringBuilder(w.length());
        int syllables = 0;
        for (String part : w.split("[-ъ]", -1)) {
            String[] cut = cut(part);
            if (cut == null) {
                return null;
            }
            syllables += cut.length;
            for (String s : cut) {
                out.append(PINYIN.get(s));
            }
        }
        return syllables <= MAX_SYLLABLES ? out.toString() : null;
    }

    /** The part cut into the fewest syllables of the table (the first such cut, longest syllables first), or null. */
    static String[] cut(String part) {
        int n = part.length();
        if (n == 0) {
            return null;
        }
        int[] fewest = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            for (int len = Math.min(LONGEST, n - i); len >= 1; len--) {
                if (fewest[i + len] != Integer.MAX_VALUE && fewest[i + len] + 1 < fewest[i]
                        && PINYIN.containsKey(part.substring(i, i + len))) {
                    fewest[i] = fewest[i + len] + 1;
                    from[i] = i + len;
                }
            }
        }
        if (fewest[0] == Integer.MAX_VALUE || fewest[0] > MAX_SYLLABLES) {
            return null;
        }
        String[] out = new String[fewest[0]];
        for (int i = 0, k = 0; i < n; i = from[i]) {
            out[k++] = part.substring(i, from[i]);
        }
        return out;
    }

    /** Each pinyin syllable's Palladius spelling, read backwards; where two syllables share a spelling (lo and luo, ло),
     *  the commoner reading is kept: the one whose final is not the bare o. */
    static Map<String, String> table() {
        Map<String, String> out = new HashMap<>();
        for (String py : new java.util.TreeSet<>(HanReadings.mandarinSyllables())) {
            String cyrillic = palladius(py);
            if (cyrillic != null) {
                out.merge(cyrillic, py, (a, b) -> a.endsWith("uo") ? a : b);
            }
        }
        out.putIfAbsent("люй", "lu");   // lü, nü: Unihan folds ü after l and n to u, and so do most Latin spellings
        out.putIfAbsent("нюй", "nu");
        return Map.copyOf(out);
    }

    private static final String[][] INITIALS = {
        {"zh", "чж"}, {"ch", "ч"}, {"sh", "ш"}, {"b", "б"}, {"p", "п"}, {"m", "м"}, {"f", "ф"}, {"d", "д"}, {"t", "т"},
        {"n", "н"}, {"l", "л"}, {"g", "г"}, {"k", "к"}, {"h", "х"}, {"j", "цз"}, {"q", "ц"}, {"x", "с"}, {"r", "ж"},
        {"z", "цз"}, {"c", "ц"}, {"s", "с"},
    };
    private static final Map<String, String> FINALS = Map.ofEntries(
            Map.entry("a", "а"), Map.entry("ai", "ай"), Map.entry("ao", "ао"), Map.entry("an", "ань"), Map.entry("ang", "ан"),
            Map.entry("e", "э"), Map.entry("ei", "эй"), Map.entry("ou", "оу"), Map.entry("en", "энь"), Map.entry("eng", "эн"),
            Map.entry("er", "эр"), Map.entry("o", "о"), Map.entry("i", "и"), Map.entry("ia", "я"), Map.entry("iao", "яо"),
            Map.entry("ian", "янь"), Map.entry("iang", "ян"), Map.entry("ie", "е"), Map.entry("iu", "ю"), Map.entry("in", "инь"),
            Map.entry("ing", "ин"), Map.entry("iong", "юн"), Map.entry("u", "у"), Map.entry("ua", "уа"), Map.entry("uai", "уай"),
            Map.entry("uan", "уань"), Map.entry("uang", "уан"), Map.entry("uo", "о"), Map.entry("ui", "уй"), Map.entry("un", "унь"),
            Map.entry("ong", "ун"));
    private static final Map<String, String> U_UMLAUT = Map.of("u", "юй", "ue", "юэ", "uan", "юань", "un", "юнь");
    private static final Set<String> SIBILANTS = Set.of("z", "c", "s");
    private static final Set<String> PALATALS = Set.of("j", "q", "x");
    /** Each Palladius syllable's pinyin (after the tables it is worked out from). */
    private static final Map<String, String> PINYIN = table();

    /** A toneless pinyin syllable (ü as u, Unihan's) in Palladius, or null for one the system does not spell (the
     *  interjections m, n, hm). */
    static String palladius(String py) {
        if (py.equals("hui")) {
            return "хуэй";
        }
        if (py.startsWith("y")) {
            String rest = py.substring(1);
            if (rest.startsWith("u")) {
                return U_UMLAUT.get(rest);
            }
            if (rest.equals("o")) {
                return "ё";
            }
            String fin = rest.startsWith("i") ? rest : "i" + rest;   // yi, yin, ying; ya -> ia, yao -> iao, you -> iou
            return FINALS.get(fin.equals("iou") ? "iu" : fin);
        }
        if (py.startsWith("w")) {
            String rest = py.substring(1);
            if (rest.equals("u")) {
                return "у";
            }
            String fin = FINALS.get(rest);
            return fin == null ? null : "в" + fin;
        }
        for (String[] ini : INITIALS) {
            if (py.startsWith(ini[0])) {
                String fin = py.substring(ini[0].length());
                if (fin.equals("i") && SIBILANTS.contains(ini[0])) {
                    return ini[1] + "ы";
                }
                if (PALATALS.contains(ini[0]) && fin.startsWith("u") || fin.equals("ue")) {
                    String u = U_UMLAUT.get(fin);   // ju, que, xuan, jun; lue, nue (ü folded by Unihan)
                    return u == null ? null : ini[1] + u;
                }
                String f = FINALS.get(fin);
                if (f == null) {
                    return null;
                }
                return ini[1] + f;
            }
        }
        return FINALS.get(py);   // a, ai, an, ang, ao, e, ei, en, eng, er, o, ou
    }
}
