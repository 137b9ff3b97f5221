package io.interdict.core.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Burmese (Myanmar script) in the practical spelling Myanmar names are written with in English, which ICU does not give
 * (its Burmese-Latin reads letter by letter: မင်းအောင်လှိုင် "mainnaaunglhaine"): {@code burmese-romanisation.tsv}.
 * Each syllable is read as its initial and its rhyme. The initial is a consonant with its medials, spelt as the BGN/PCGN
 * 1970 tables give it where names agree (သ th, ည ny, ကျ ky, ရှ sh, လှ hl, the medials ျ ြ y and ွ w after the letter, ှ h
 * before it), the aspirates as names write them (ခ kh, ထ ht, ဖ ph; BGN/PCGN writes them k t p), and the vowel carrier အ
 * unwritten. The rhyme is the vowel signs with the final, a consonant killed by the asat or standing above a stacked
 * one, spelt as names spell it (ောင် aung, ိုင် aing, ိန် ein, င် in, ာ ar, ေ ay), the spellings taken from the
 * tables where they agree and else from names whose Burmese and English forms stand on the same page (Wikipedia's Min
 * Aung Hlaing, Thein Sein, Yangon; its naming conventions' Yadanar Khin; a Burmese course's list of names, Tin Hla, Maung
 * Maung Nyunt); a consonant with no vowel sign has the inherent a. Tone marks change nothing but the few rhymes listed
 * with one (ိုး "oe" of Moe and Soe, င့် "int" of Myint). The kinzi (င်္) is the final ng of the syllable before it
 * (မင်္ဂလာ "min ga lar"); ဦး is "oo" (Than Oo) but "u" as the first syllable of a longer name (the honorific: U Nu).
 *
 * <p>{@link #read} gives the syllables as separate words, as personal names are written; {@link #readJoined} runs each
 * word's syllables together, as place and company words are written, voicing k s t p ch to g z d b gy after a vowel or n
 * as the BGN/PCGN system does (ရန်ကုန် "yangon", ရတနာ "yadanar"). {@link #readings} adds the other spellings the table
 * gives, one syllable at a time (ခိုင် Khaing, Khine, Khain). Text in other scripts is kept as it is. Burmese must be
 * in Unicode: text in the older Zawgyi font encoding is not recognised as such and reads wrongly.
 */
public final class BurmeseReading {
    private static final int ASAT = 0x103A;
    private static final int VIRAMA = 0x1039;
    private static final int MEDIAL_WA = 0x103D;
    private static final int MEDIAL_HA = 0x103E;
    private static final int CARRIER = 0x1021;
    private static final int U_LONG = 0x1026;
    private static final int VISARGA = 0x1038;
    private static final String ANY_CONSONANT = "\u25CC";
    private static final int MAX_READINGS = 32;

    /** Initial (consonant and sorted medials) to its spellings, the usual first; "" for the unwritten carrier. */
    private static final Map<String, List<String>> INITIALS = new HashMap<>();
    /** Rhyme key ({@link Syllable#rhymeKey}) to its spellings. */
    private static final Map<String, List<String>> RHYMES = new HashMap<>();
    /** Whole syllable key ({@link Syllable#fullKey}) to its spellings. */
    private static final Map<String, List<String>> SYLLABLES = new HashMap<>();
    /** Medial sign to the letter it adds where no initial row holds the cluster. */
    private static final Map<Integer, String> MEDIALS = new HashMap<>();
    /** Consonants BGN/PCGN voices after a vowel or n in a word, to the voiced letter (ချ ခြ ch: gy). */
    private static final Map<Integer, String> VOICED = Map.of(0x1000, "g", 0x1001, "g", 0x1005, "z", 0x1006, "z",
            0x1010, "d", 0x1011, "d", 0x100B, "d", 0x100C, "d", 0x1015, "b", 0x1016, "b");

    static {
        for (SourcedTable.Row r : SourcedTable.read(BurmeseReading.class, "burmese-romanisation.tsv", 3,
                "burmese<TAB>latin (alternatives separated by |)<TAB>source")) {
            String key = Normalizer.normalize(r.fields()[0], Normalizer.Form.NFC);
            List<String> latin = new ArrayList<>();
            for (String l : r.fields()[1].split("\\|")) {
                latin.add(l.equals("-") ? "" : l);
            }
            int first = key.codePointAt(0);
            if (key.startsWith(ANY_CONSONANT)) {
                Syllable s = only(key.replace(ANY_CONSONANT, "\u1000"), r.line());
                boolean w = s.has(MEDIAL_WA);
                RHYMES.put(s.rhymeKey(w, true), List.copyOf(latin));
            } else if (key.codePointCount(0, key.length()) == 1 && medial(first)) {
                MEDIALS.put(first, latin.get(0));
            } else {
                Syllable s = only(key, r.line());
                if (independentVowel(first) || !s.vowels.isEmpty() || s.fin >= 0 || !s.tones.isEmpty()) {
                    SYLLABLES.put(s.fullKey(true), List.copyOf(latin));
                } else {
                    INITIALS.put(s.initialKey(true), List.copyOf(latin));
                }
            }
        }
    }

    private BurmeseReading() {
    }

    /** Whether the text holds a code point of the Myanmar block (U+1000–U+109F). */
    public static boolean isBurmese(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {   // a loop, not a stream: every name in another script is asked
            if (myanmar(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The practical reading: each Burmese syllable a lower-case Latin word, words in other scripts kept as they are,
     * single spaces between; empty when nothing is read. မင်းအောင်လှိုင် → "min aung hlaing".
     */
    public static String read(String name) {
        return String.join(" ", words(name, false, -1, 0));
    }

    /**
     * Each space-separated Burmese word read as one Latin word, its syllables run together and voiced as BGN/PCGN
     * voices them (ရတနာ → "yadanar", မန္တလေး → "mandalay"); words in other scripts kept as they are.
     */
    public static String readJoined(String name) {
        return String.join(" ", words(name, true, -1, 0));
    }

    /**
     * {@link #read}'s reading first, then each reading with one syllable in another spelling the table gives (နေဝင်း
     * "nay win", then "ne win"); at most 32, none twice.
     */
    public static List<String> readings(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(read(name));
        int count = syllableCount(name);
        for (int i = 0; i < count && out.size() < MAX_READINGS; i++) {
            for (int alt = 1; alt < MAX_READINGS && out.size() < MAX_READINGS; alt++) {
                List<String> w = words(name, false, i, alt);
                if (w == null) {
                    break;
                }
                out.add(String.join(" ", w));
            }
        }
        return List.copyOf(out);
    }

    // --- reading

    /**
     * The output words; syllable number {@code pick} (counted over the whole name) spelt with its alternative
     * {@code alt} (null when it has no such alternative), the others with their usual spelling.
     */
    private static List<String> words(String name, boolean joined, int pick, int alt) {
        List<String> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            return out;
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFC).replace('\u102B', '\u102C');
        int total = syllableCount(text);
        int index = 0;
        boolean found = pick < 0;
        for (String token : text.trim().split("\\s+")) {
            StringBuilder joinedWord = new StringBuilder();
            int i = 0;
            while (i < token.length()) {
                int cp = token.codePointAt(i);
                int end = i;
                boolean burmese = myanmar(cp);
                while (end < token.length() && myanmar(token.codePointAt(end)) == burmese) {
                    end += Character.charCount(token.codePointAt(end));
                }
                String run = token.substring(i, end);
                i = end;
                if (!burmese) {
                    flush(out, joinedWord);
                    out.add(run);
                    continue;
                }
                String previous = "";
                for (Syllable s : syllables(run)) {
                    if (s.digit != null) {
                        flush(out, joinedWord);
                        out.add(s.digit);
                        previous = "";
                        continue;
                    }
                    List<String> spellings = s.read(index == 0 && total > 1);
                    String latin = spellings.get(0);
                    if (index == pick) {
                        if (alt >= spellings.size()) {
                            return null;
                        }
                        latin = spellings.get(alt);
                        found = true;
                    }
                    index++;
                    if (joined) {
                        latin = voiced(s, latin, previous);
                        joinedWord.append(latin);
                    } else if (!latin.isEmpty()) {
                        out.add(latin);
                    }
                    previous = latin.isEmpty() ? previous : latin;
                }
            }
            flush(out, joinedWord);
        }
        return found ? out : null;
    }

    private static void flush(List<String> out, StringBuilder word) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    private static int syllableCount(String name) {
        if (name == null) {
            return 0;
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFC);
        int count = 0;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (myanmar(cp)) {
                run.appendCodePoint(cp);
                if (i < text.length()) {
                    continue;
                }
            }
            for (Syllable s : syllables(run.toString())) {
                count += s.digit == null ? 1 : 0;
            }
            run.setLength(0);
        }
        return count;
    }

    /**
     * A syllable's initial voiced as BGN/PCGN voices it inside a word: after a Latin vowel, n (and ng), or the vowels
     * written ar and aw; not after ay (နေပြည်တော် "naypyidaw").
     */
    private static String voiced(Syllable s, String latin, String previous) {
        String voiced = VOICED.get(s.onset);
        if (voiced == null || previous.isEmpty() || s.has(MEDIAL_HA)) {
            return latin;
        }
        boolean afterVowel = "aeioun".indexOf(previous.charAt(previous.length() - 1)) >= 0
                || previous.endsWith("ar") || previous.endsWith("aw") || previous.endsWith("ng");
        if (!afterVowel) {
            return latin;
        }
        if (latin.startsWith("ch")) {
            return "gy" + latin.substring(2);
        }
        String own = INITIALS.getOrDefault(String.valueOf(Character.toChars(s.onset)), List.of("")).get(0);
        for (String plain : List.of(own, "kh", "hk", "ht", "hs", "ph", "hp", "k", "t", "s", "p")) {
            if (!plain.isEmpty() && latin.startsWith(plain)) {
                return voiced + latin.substring(plain.length());
            }
        }
        return latin;
    }

    // --- syllables

    private static boolean myanmar(int cp) {
        return cp >= 0x1000 && cp <= 0x109F;
    }

    private static boolean consonant(int cp) {
        return cp >= 0x1000 && cp <= 0x1021;
    }

    private static boolean independentVowel(int cp) {
        return cp >= 0x1023 && cp <= 0x102A;
    }

    private static boolean medial(int cp) {
        return cp >= 0x103B && cp <= MEDIAL_HA;
    }

    private static boolean vowelSign(int cp) {
        return cp >= 0x102B && cp <= 0x1032 || cp == 0x1036;
    }

    private static boolean tone(int cp) {
        return cp == 0x1037 || cp == VISARGA;
    }

    private static Syllable only(String key, int line) {
        List<Syllable> s = syllables(key);
        if (s.size() != 1) {
            throw new IllegalStateException("burmese-romanisation.tsv line " + line + ": '" + key
                    + "' is not one syllable");
        }
        return s.get(0);
    }

    /**
     * The syllables of a run of Myanmar text: each starts at a consonant or an independent vowel and takes the
     * medials, vowel signs and tone marks after it, and a final (a consonant followed by the asat, or followed by the
     * virama: the consonant stacked below then starts the next syllable; the kinzi is a final followed by both). Digits
     * are kept (as ASCII); punctuation and signs without a letter are dropped.
     */
    private static List<Syllable> syllables(String run) {
        int[] cps = run.codePoints().map(c -> c == 0x102B ? 0x102C : c).toArray();
        List<Syllable> out = new ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (cp >= 0x1040 && cp <= 0x1049) {
                Syllable d = new Syllable(-1);
                d.digit = String.valueOf(cp - 0x1040);
                if (!out.isEmpty() && out.get(out.size() - 1).digit != null) {
                    out.get(out.size() - 1).digit += d.digit;
                } else {
                    out.add(d);
                }
                i++;
                continue;
            }
            if (!consonant(cp) && !independentVowel(cp)) {
                i++;
                continue;
            }
            Syllable s = new Syllable(cp);
            i++;
            while (i < cps.length && medial(cps[i])) {
                s.addMedial(cps[i++]);
            }
            boolean lastVowel = false;
            while (i < cps.length) {
                int c = cps[i];
                if (vowelSign(c)) {
                    s.vowels.appendCodePoint(c);
                    lastVowel = true;
                    i++;
                } else if (tone(c)) {
                    s.tones.appendCodePoint(c);
                    i++;
                } else if (c == ASAT) {
                    if (lastVowel) {
                        s.vowels.appendCodePoint(c);   // ော် and the like: part of the vowel
                    }
                    i++;
                } else if (consonant(c) && killed(cps, i + 1) >= 0) {
                    int after = killed(cps, i + 1);
                    if (s.fin < 0) {
                        s.fin = c;
                    }
                    for (int j = i + 1; j < after; j++) {
                        if (tone(cps[j])) {
                            s.tones.appendCodePoint(cps[j]);
                        }
                    }
                    i = after + 1;
                    lastVowel = false;
                    if (i < cps.length && cps[i] == VIRAMA) {   // kinzi: ends this syllable
                        i++;
                        break;
                    }
                } else if (consonant(c) && i + 1 < cps.length && cps[i + 1] == VIRAMA) {
                    if (s.fin < 0) {
                        s.fin = c;
                    }
                    i += 2;
                    break;
                } else {
                    break;
                }
            }
            s.sort();
            out.add(s);
        }
        return out;
    }

    /** The index of the asat killing the consonant before {@code from} (tone marks may stand between), or -1. */
    private static int killed(int[] cps, int from) {
        int j = from;
        while (j < cps.length && tone(cps[j])) {
            j++;
        }
        return j < cps.length && cps[j] == ASAT ? j : -1;
    }

    /** One syllable: its first letter, medials, vowel signs, final consonant and tone marks (each set sorted). */
    private static final class Syllable {
        final int onset;
        StringBuilder medials = new StringBuilder();
        StringBuilder vowels = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        int fin = -1;
        String digit;

        Syllable(int onset) {
            this.onset = onset;
        }

        void addMedial(int cp) {
            medials.appendCodePoint(cp);
        }

        boolean has(int medial) {
            return medials.indexOf(String.valueOf((char) medial)) >= 0;
        }

        void sort() {
            medials = sorted(medials);
            vowels = sorted(vowels);
            tones = sorted(tones);
        }

        private static StringBuilder sorted(StringBuilder b) {
            StringBuilder out = new StringBuilder();
            b.codePoints().sorted().distinct().forEach(out::appendCodePoint);
            return out;
        }

        String initialKey(boolean withWa) {
            StringBuilder k = new StringBuilder().appendCodePoint(onset);
            medials.codePoints().filter(m -> withWa || m != MEDIAL_WA).forEach(k::appendCodePoint);
            return k.toString();
        }

        String rhymeKey(boolean withWa, boolean withTones) {
            return (withWa ? "w" : "") + "|" + vowels + "|" + (fin < 0 ? "" : new String(Character.toChars(fin)))
                    + "|" + (withTones ? tones : "");
        }

        String fullKey(boolean withTones) {
            return initialKey(true) + "|" + rhymeKey(false, withTones);
        }

        /** Its spellings, the usual first: the whole syllable's row, else initial and rhyme. */
        List<String> read(boolean firstOfSeveral) {
            if (firstOfSeveral && onset == U_LONG && medials.length() == 0 && vowels.length() == 0 && fin < 0
                    && tones.toString().equals(String.valueOf((char) VISARGA))) {
                return SYLLABLES.get(new Syllable(U_LONG).fullKey(false));   // the honorific U
            }
            List<String> whole = SYLLABLES.get(fullKey(true));
            if (whole == null) {
                whole = SYLLABLES.get(fullKey(false));
            }
            if (whole != null) {
                return whole;
            }
            boolean wa = has(MEDIAL_WA);
            List<String> rhyme = null;
            boolean waTaken = false;
            if (wa) {
                rhyme = rhyme(true);
                waTaken = rhyme != null;
            }
            if (rhyme == null) {
                rhyme = rhyme(false);
            }
            if (rhyme == null && fin >= 0) {   // a final the table lacks: its vowel alone
                int f = fin;
                fin = -1;
                rhyme = rhyme(false);
                fin = f;
            }
            if (rhyme == null) {
                rhyme = List.of("");
            }
            List<String> initial;
            if (independentVowel(onset)) {
                initial = SYLLABLES.getOrDefault(new Syllable(onset).fullKey(false), List.of(""));
                rhyme = List.of("");
            } else {
                initial = initial(!waTaken);
            }
            List<String> out = new ArrayList<>();
            for (String r : rhyme) {
                out.add(initial.get(0) + r);
            }
            for (String in : initial.subList(1, initial.size())) {
                out.add(in + rhyme.get(0));
            }
            return List.copyOf(new LinkedHashSet<>(out));
        }

        private List<String> rhyme(boolean withWa) {
            List<String> r = RHYMES.get(rhymeKey(withWa, true));
            return r != null ? r : RHYMES.get(rhymeKey(withWa, false));
        }

        /** The initial's spellings: its row, else the consonant's with each medial's letter (ှ's before it). */
        private List<String> initial(boolean withWa) {
            List<String> row = INITIALS.get(initialKey(withWa));
            if (row != null) {
                return row;
            }
            boolean ha = has(MEDIAL_HA);
            StringBuilder without = new StringBuilder().appendCodePoint(onset);
            medials.codePoints().filter(m -> m != MEDIAL_HA && (withWa || m != MEDIAL_WA))
                    .forEach(without::appendCodePoint);
            List<String> base = INITIALS.get(without.toString());
            String after = "";
            if (base == null) {
                base = INITIALS.getOrDefault(String.valueOf(Character.toChars(onset)), List.of(""));
                for (int m : medials.codePoints().toArray()) {
                    if (m != MEDIAL_HA && (withWa || m != MEDIAL_WA)) {
                        after += MEDIALS.getOrDefault(m, "");
                    }
                }
            }
            String before = ha ? MEDIALS.getOrDefault(MEDIAL_HA, "") : "";
            List<String> out = new ArrayList<>();
            for (String b : base) {
                // a y medial on a letter already read y (ယျ) is not written twice
                String tail = !after.isEmpty() && !b.isEmpty() && b.charAt(b.length() - 1) == after.charAt(0)
                        ? after.substring(1) : after;
                out.add(before + b + tail);
            }
            return out;
        }
    }
}
