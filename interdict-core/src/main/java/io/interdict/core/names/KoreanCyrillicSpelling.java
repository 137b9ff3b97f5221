package io.interdict.core.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a Latin word spells a Korean name written in Russian Cyrillic ({@code interdict-v2}): "Ким Чен Ын" is "Kim Jong
 * Un", "Мун Чжэ Ин" "Moon Jae-in", "Чхве Рён Хэ" "Choe Ryong Hae". Russian writes Korean names in the Kontsevich system
 * (Wikipedia, "Kontsevich system": ㄱ к/г, ㄷ т/д, ㅂ п/б, ㄹ р/ль, ㅈ ч/дж, ㅊ чх, ㅋ кх, ㅌ тх, ㅍ пх, ㅎ х, the doubled
 * consonants doubled, a final ㅇ н or нъ; ㅓ and ㅗ both о, ㅕ and ㅛ both ё, ㅡ ы, ㅐ э, ㅔ е), or in older spellings
 * still used for the best-known names (ㅈ чж, or д before ю as in "Дю" 주; ㅓ е as in "Чен", ㄹ final р as in "Ир"). The
 * pipeline reads those letters
 * as Russian ("kim chen yn"), which no Latin spelling of the name is near, and Russian spells what Korean tells apart
 * alike (н is ㄴ or ㅇ), so no single reading serves.
 * <p>
 * So a word is cut into its runs of consonants and of vowels and each run gets the Latin spellings of every Korean
 * letter it may stand for, as {@link KoreanNameSpelling} spells them (RR, McCune-Reischauer without breves, and the
 * English habits of passports: ㅓ eo, o, u; ㅜ u, oo); a run of consonants between vowels is a final and the next
 * initial, cut every way the tables allow. A Latin word spells the Cyrillic word when it is one spelling per run, in
 * order ({@link SyllableFit}). A word is read so only when it is one to three Korean syllables in this shape
 * ({@link #units}); a name's other words are spelt as Russian.
 */
public final class KoreanCyrillicSpelling {
    private static final String VOWELS = "аэяоеёуюыи";
    /** A syllable's first consonants (or none), and their spellings. */
    private static final Map<String, String[]> INITIAL = Map.ofEntries(
            Map.entry("", new String[] {""}), Map.entry("к", new String[] {"k", "g"}), Map.entry("г", new String[] {"g", "k"}),
            Map.entry("кк", new String[] {"kk", "gg", "k"}), Map.entry("н", new String[] {"n"}),
            Map.entry("т", new String[] {"t", "d"}), Map.entry("д", new String[] {"d", "t", "j"}), Map.entry("тт", new String[] {"tt", "dd", "t"}),
            Map.entry("р", new String[] {"r", "l", "n"}), Map.entry("л", new String[] {"l", "r"}), Map.entry("м", new String[] {"m"}),
            Map.entry("п", new String[] {"p", "b"}), Map.entry("б", new String[] {"b", "p"}), Map.entry("пп", new String[] {"pp", "bb", "p"}),
            Map.entry("с", new String[] {"s", "sh"}), Map.entry("сс", new String[] {"ss", "s"}), Map.entry("ш", new String[] {"sh", "s"}),
            Map.entry("ч", new String[] {"j", "ch"}), Map.entry("чж", new String[] {"j", "ch"}), Map.entry("дж", new String[] {"j"}),
            Map.entry("чч", new String[] {"jj", "tch", "j"}), Map.entry("чх", new String[] {"ch"}), Map.entry("кх", new String[] {"k", "kh"}),
            Map.entry("тх", new String[] {"t", "th"}), Map.entry("пх", new String[] {"p", "ph"}), Map.entry("х", new String[] {"h"}));
    /** A syllable's last consonant (or none), and its spellings: н is ㄴ or ㅇ (n, ng), нъ ㅇ, р the older ㄹ. */
    private static final Map<String, String[]> FINAL = Map.ofEntries(
            Map.entry("", new String[] {""}), Map.entry("к", new String[] {"k", "g"}), Map.entry("н", new String[] {"n", "ng", "nn"}),
            Map.entry("нъ", new String[] {"ng"}), Map.entry("т", new String[] {"t", "d"}), Map.entry("ль", new String[] {"l", "r"}),
            Map.entry("л", new String[] {"l"}), Map.entry("р", new String[] {"l", "r"}), Map.entry("м", new String[] {"m", "mm"}),
            Map.entry("п", new String[] {"p", "b"}));
    /** Vowels and their spellings; е is ㅔ or ㅖ, or in the older spellings ㅓ ("Чен" 정), ㅕ ("Мен" 명, "Ен" 영) or ㅐ
     *  ("Чже" 재). */
    private static final Map<String, String[]> VOWEL = Map.ofEntries(
            Map.entry("а", new String[] {"a"}), Map.entry("я", new String[] {"ya"}),
            Map.entry("о", new String[] {"o", "eo", "u", "ou", "oh"}), Map.entry("ё", new String[] {"yo", "yeo", "yu", "you"}),
            Map.entry("е", new String[] {"e", "ye", "eo", "o", "u", "yo", "yeo", "yu", "ae"}), Map.entry("э", new String[] {"ae", "e"}),
            Map.entry("у", new String[] {"u", "oo", "woo"}), Map.entry("ю", new String[] {"yu", "yoo", "you", "u"}),
            Map.entry("ы", new String[] {"eu", "u"}), Map.entry("и", new String[] {"i", "ee", "yi"}),
            Map.entry("ый", new String[] {"ui", "eui", "ee", "i"}));
    /** в and a vowel: ㅘ, ㅙ or ㅚ, ㅚ or ㅞ, ㅝ, ㅟ. */
    private static final Map<String, String[]> GLIDES = Map.of(
            "ва", new String[] {"wa"}, "вэ", new String[] {"wae", "we", "oe"}, "ве", new String[] {"oe", "we", "oi", "wae"},
            "во", new String[] {"wo", "weo"}, "ви", new String[] {"wi", "wee", "ui"});
    private static final int LONGEST_CONSONANTS = 2;
    private static final int MAX_SYLLABLES = 3;
    /** The longest word of one or two Korean syllables in Cyrillic ("Ёнчхоль", "Чжэсон" and a little more). */
    private static final int MAX_WORD = 9;
    /** The most spellings of one word {@link #listedSpellings} tries (a word of two syllables has some hundreds). */
    private static final int MAX_SPELLINGS = 4096;

    private KoreanCyrillicSpelling() {
    }

    /** Whether the Latin word (lower-case ASCII) spells the Cyrillic word read as Korean (one to three syllables). */
    public static boolean spells(String word, String latin) {
        List<String[]> units = units(word);
        return units != null && !latin.isEmpty() && SyllableFit.fits(units, latin);
    }

    /** The letters (bit a..z) a spelling of the word may begin with; 0 when it is not read as Korean. */
    public static int firstLetters(String word) {
        List<String[]> units = units(word);
        return units == null ? 0 : SyllableFit.firstLetters(units);
    }

    /** The name in Latin letters, each run in its first spelling ("Чхве Рён Хэ" -> "choe ryon hae"), words as written;
     *  null when it is not {@link #korean}. One spelling of many: what a search looks a name up by. */
    public static String reading(String name) {
        if (name == null || !name.chars().allMatch(c -> c == ' ' || c == '-' || c >= '\u0400' && c <= '\u04FF')) {
            return null;
        }
        String[] words = Words.pieces(name.strip(), "-");
        for (String w : words) {
            if (w.length() > MAX_WORD) {
                return null;   // "Владимир": no word of two Korean syllables is so long
            }
        }
        if (!korean(words)) {
            return null;
        }
        StringBuilder out = new StringBuilder(name.length());
        for (String w : words) {
            out.append(out.length() == 0 ? "" : " ");
            for (String[] unit : units(w)) {
                out.append(unit[0]);
            }
        }
        return out.toString();
    }

    /**
     * The name in Latin letters as the lists write it, for a search to look it up by: each word in the spellings of it
     * ({@link #units}, one per run) that the lists hold, most held first ({@code held}: how many listed parties hold a
     * word); {@code most} names at most, the first of each word's best spellings, the next of its second best (or its
     * best, when it has no other). A word none of whose spellings the lists hold keeps its {@link #reading}'s. Empty
     * when the name is not {@link #korean}. "Ким Чен Ын" -> "kim jong un", which "kim jen eun" ({@link #reading}) is not
     * near enough to find among the lists' many Kims.
     */
    public static List<String> listedSpellings(String name, java.util.function.ToIntFunction<String> held, int most) {
        if (reading(name) == null) {
            return List.of();
        }
        String[] words = Words.pieces(name.strip(), "-");
        List<List<String>> byWord = new ArrayList<>(words.length);
        for (String w : words) {
            List<String[]> units = units(w);
            List<String> spelt = new ArrayList<>();
            for (String candidate : spellings(units, MAX_SPELLINGS)) {
                if (held.applyAsInt(candidate) > 0) {
                    spelt.add(candidate);
                }
            }
            spelt.sort(java.util.Comparator.comparingInt((String x) -> -held.applyAsInt(x)).thenComparing(x -> x));
            if (spelt.isEmpty()) {
                StringBuilder first = new StringBuilder();
                for (String[] unit : units) {
                    first.append(unit[0]);
                }
                spelt.add(first.toString());
            }
            byWord.add(spelt);
        }
        Set<String> out = new LinkedHashSet<>();
        for (int k = 0; k < most; k++) {
            StringBuilder form = new StringBuilder();
            for (List<String> spelt : byWord) {
                form.append(form.length() == 0 ? "" : " ").append(spelt.get(Math.min(k, spelt.size() - 1)));
            }
            out.add(form.toString());
        }
        return List.copyOf(out);
    }

    /** Every spelling of a word's runs, one per run in order, at most {@code limit} of them. */
    private static List<String> spellings(List<String[]> units, int limit) {
        List<String> out = new ArrayList<>(List.of(""));
        for (String[] unit : units) {
            List<String> next = new ArrayList<>(Math.min(limit, out.size() * unit.length));
            for (String prefix : out) {
                for (String u : unit) {
                    if (next.size() < limit) {
                        next.add(prefix + u);
                    }
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * Whether the name (its words, hyphens and spaces parting them) has a Korean name's shape in Cyrillic: two to four
     * words, each one or two Korean syllables, the first or the last one syllable (the family name: "Ким Чен Ын", "Мун
     * Чжэин", "Ли Мён Бак"), four syllables at most. Russian names of Korean syllables mostly have a word of three
     * ("Алла Турова", "Михаил Шубин").
     */
    public static boolean korean(String[] words) {
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        int total = 0;
        int[] syllables = new int[words.length];
        for (int k = 0; k < words.length; k++) {
            if (units(words[k]) == null) {
                return false;
            }
            syllables[k] = syllables(words[k]);
            if (syllables[k] > 2) {
                return false;
            }
            total += syllables[k];
        }
        return total <= 4 && (syllables[0] == 1 || syllables[words.length - 1] == 1);
    }

    /** How many vowels (syllables) the word has, ый one. */
    private static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("ый", "ы");
        int n = 0;
        for (int i = 0; i < w.length(); i++) {
            n += VOWELS.indexOf(w.charAt(i)) >= 0 ? 1 : 0;
        }
        return n;
    }

    /**
     * The word's runs with their spellings, or null when it is not Korean syllables: runs of consonants alternate with
     * vowels (й only in ый), the first run an initial, the last a final, each inner run a final and an initial; at most
     * three vowels (syllables). A run's spellings are every cut's, joined.
     */
    static List<String[]> units(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.isEmpty() || w.length() > 12) {
            return null;
        }
        List<String[]> out = new ArrayList<>(w.length());
        int i = 0;
        int syllables = 0;
        boolean first = true;
        while (i <= w.length()) {
            int j = i;
            while (j < w.length() && VOWELS.indexOf(w.charAt(j)) < 0) {
                j++;
            }
            boolean last = j == w.length();
            // в before a vowel is the glide of ㅘ ㅚ ㅙ ㅝ ㅟ ("Чхве" 최), read with the vowel.
            boolean glide = !last && j > i && w.charAt(j - 1) == 'в' && GLIDES.containsKey("в" + w.charAt(j));
            String run = w.substring(i, glide ? j - 1 : j);
            String[] spellings = first && last ? null : first ? INITIAL.get(run) : last ? FINAL.get(run) : inner(run);
            if (spellings == null) {
                return null;
            }
            if (!run.isEmpty()) {
                out.add(spellings);
            }
            if (last) {
                break;
            }
            int k = j + 1;
            if (k < w.length() && w.charAt(j) == 'ы' && w.charAt(k) == 'й') {
                k++;
            }
            out.add(glide ? GLIDES.get("в" + w.charAt(j)) : VOWEL.get(w.substring(j, k)));
            if (++syllables > MAX_SYLLABLES) {
                return null;
            }
            first = false;
            i = k;
        }
        return out;
    }

    /** The spellings of a run between two vowels, every cut into a final and an initial; null when none. */
    private static String[] inner(String run) {
        Set<String> out = new LinkedHashSet<>();
        for (int cut = Math.max(0, run.length() - LONGEST_CONSONANTS); cut <= Math.min(run.length(), LONGEST_CONSONANTS); cut++) {
            String[] f = FINAL.get(run.substring(0, cut));
            String[] in = INITIAL.get(run.substring(cut));
            if (f == null || in == null) {
                continue;
            }
            for (String a : f) {
                for (String b : in) {
                    out.add(a + b);
                }
            }
        }
        return out.isEmpty() ? null : out.toArray(String[]::new);
    }
}
