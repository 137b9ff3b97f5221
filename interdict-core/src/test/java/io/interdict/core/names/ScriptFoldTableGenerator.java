package io.interdict.core.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code script-fold.tsv}, {@link ScriptFold}'s table, from ICU itself: the letters of the alphabets and
 * abjads that ICU transliterates one letter at a time, each with what {@link Transliterate#ANY_ASCII_ID} gives it
 * alone. A letter is in the table only when, next to every other letter of its script in the table, on either
 * side, ICU gives the two letters' outputs one after the other: ICU's rules for a few letters look at their
 * neighbours (Cyrillic "е" is "ye" after a vowel, Greek "ου" is "ou", Hebrew points, Arabic Quranic marks), so
 * the pairs that differ are collected and, most connected first, their letters are left out until none differs.
 * {@code ScriptFoldTest} checks that the committed table is what this writes and compares longer words with ICU;
 * after an ICU upgrade, regenerate: {@code mvn -q -pl interdict-core test-compile}, then {@code java -cp
 * "interdict-core/target/test-classes:interdict-core/target/classes:<icu4j jar>"
 * io.interdict.core.names.ScriptFoldTableGenerator interdict-core/src/main/resources/io/interdict/core/names/script-fold.tsv}.
 */
final class ScriptFoldTableGenerator {
    /** Greek, Cyrillic, Armenian, Hebrew, Arabic (and its supplement), Georgian. Syllabaries and abugidas
     *  (Devanagari, Thai, Hangul) are left out: there nearly every letter's reading depends on its neighbours. */
    static final int[][] RANGES = {
        {0x0370, 0x03FF}, {0x0400, 0x052F}, {0x0530, 0x058F}, {0x0590, 0x05FF},
        {0x0600, 0x06FF}, {0x0750, 0x077F}, {0x10A0, 0x10FF},
    };

    private ScriptFoldTableGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), table(), StandardCharsets.US_ASCII);
    }

    static String table() {
        Transliterator icu = Transliterator.getInstance(Transliterate.ANY_ASCII_ID);
        Normalizer2 folded = Normalizer2.getNFKCCasefoldInstance();
        // Candidates by script: letters and marks that case-folded text can hold (the pipeline folds first).
        Map<Character.UnicodeScript, List<Character>> byScript = new LinkedHashMap<>();
        Map<Character, String> alone = new TreeMap<>();
        for (int[] r : RANGES) {
            for (int c = r[0]; c <= r[1]; c++) {
                int type = Character.getType(c);
                boolean letterOrMark = Character.isLetter(c) || type == Character.NON_SPACING_MARK
                        || type == Character.COMBINING_SPACING_MARK;
                String s = String.valueOf((char) c);
                if (!Character.isDefined(c) || !letterOrMark || !folded.isNormalized(s)) {
                    continue;
                }
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED) {
                    continue;
                }
                byScript.computeIfAbsent(script, k -> new ArrayList<>()).add((char) c);
                alone.put((char) c, icu.transliterate(s));
            }
        }
        Map<Character, String> kept = new TreeMap<>();
        for (List<Character> letters : byScript.values()) {
            // The pairs ICU reads otherwise than letter by letter, as a graph; then its most connected letters out.
            Map<Character, List<Character>> differs = new TreeMap<>();
            for (char a : letters) {
                for (char b : letters) {
                    if (!icu.transliterate("" + a + b).equals(alone.get(a) + alone.get(b))) {
                        differs.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
                        differs.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
                    }
                }
            }
            List<Character> left = new ArrayList<>(letters);
            while (true) {
                char worst = 0;
                int most = 0;
                for (char c : left) {
                    int n = 0;
                    for (char d : differs.getOrDefault(c, List.of())) {
                        n += left.contains(d) ? 1 : 0;
                    }
                    if (n > most) {
                        most = n;
                        worst = c;
                    }
                }
                if (most == 0) {
                    break;
                }
                left.remove((Character) worst);
            }
            for (char c : left) {
                kept.put(c, alone.get(c));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# ICU4J ").append(com.ibm.icu.util.VersionInfo.ICU_VERSION).append(" \"")
                .append(Transliterate.ANY_ASCII_ID)
                .append("\" of each letter alone, for the letters it reads alike whatever their neighbours:\n")
                .append("# code point<TAB>its reading, as hexadecimal UTF-16 units. Generated by ScriptFoldTableGenerator\n")
                .append("# (interdict-core tests) from ICU's data (Unicode licence). Never edit by hand.\n");
        for (Map.Entry<Character, String> e : kept.entrySet()) {
            out.append(String.format("%04X", (int) e.getKey())).append('\t');
            out.append(HexTables.units(e.getValue())).append('\n');
        }
        hebrewBesideArabic(icu, kept);
        tatweelBesideArabic(icu, kept);
        marks(icu, kept, out);
        return out.toString();
    }

    /** Fails unless ICU reads every Hebrew letter of the table beside every Arabic one, on either side, as the two alone
     *  one after the other: {@link ScriptFold} reads words mixing them (ICU reads each script's run apart). */
    private static void hebrewBesideArabic(Transliterator icu, Map<Character, String> kept) {
        for (char a : kept.keySet()) {
            for (char b : kept.keySet()) {
                boolean hebrewArabic = Character.UnicodeScript.of(a) == Character.UnicodeScript.HEBREW
                        && Character.UnicodeScript.of(b) == Character.UnicodeScript.ARABIC;
                if (hebrewArabic) {
                    for (String w : new String[] {"" + a + b, "" + b + a}) {
                        if (!icu.transliterate(w).equals(kept.get(w.charAt(0)) + kept.get(w.charAt(1)))) {
                            throw new IllegalStateException("ICU reads " + w + " otherwise than its letters: ScriptFold must change");
                        }
                    }
                }
            }
        }
    }

    /** Fails unless ICU reads the tatweel as nothing beside the table's Arabic letters: one or two before, after and
     *  around each, and between every two ({@link ScriptFold#TATWEEL}). */
    private static void tatweelBesideArabic(Transliterator icu, Map<Character, String> kept) {
        String t = String.valueOf(ScriptFold.TATWEEL);
        for (char a : kept.keySet()) {
            if (Character.UnicodeScript.of(a) != Character.UnicodeScript.ARABIC) {
                continue;
            }
            java.util.Map<String, String> words = new java.util.LinkedHashMap<>();
            for (String w : new String[] {t + a, a + t, t + a + t, t + t + a, a + t + t}) {
                words.put(w, kept.get(a));
            }
            for (char b : kept.keySet()) {
                if (Character.UnicodeScript.of(b) == Character.UnicodeScript.ARABIC) {
                    words.put("" + a + t + b, kept.get(a) + kept.get(b));
                    words.put("" + a + t + t + b, kept.get(a) + kept.get(b));
                }
            }
            words.forEach((w, read) -> {
                if (!icu.transliterate(w).equals(read)) {
                    throw new IllegalStateException("ICU reads the tatweel in " + w + " otherwise than as nothing: ScriptFold must change");
                }
            });
        }
    }

    /** The vowel points of Arabic (harakat, shadda, sukun) and Hebrew (niqqud, dagesh, shin and sin dots), with the
     *  script each is read in (the Arabic ones are of the inherited script), and the basic letters of that script. */
    static final int[][] MARKS = {{0x064B, 0x0652}, {0x05B0, 0x05BC}, {0x05C1, 0x05C2}};
    static final Character.UnicodeScript[] MARK_SCRIPTS = {Character.UnicodeScript.ARABIC, Character.UnicodeScript.HEBREW,
        Character.UnicodeScript.HEBREW};
    private static final int[][] BASIC = {{0x0621, 0x064A}, {0x05D0, 0x05EA}, {0x05D0, 0x05EA}};

    /**
     * The marks' lines: each mark alone (M), what ICU reads for the second letter of a pair where one is a mark and that
     * differs from its reading alone (P: "ُو" is "u", the waw read as nothing after the damma; after a letter the shadda
     * is nothing), and the pairs ICU reads otherwise than the first letter's reading then something (X: the word goes
     * to ICU), for the pairs of a point and a point or one of the script's basic letters (B: beside any other letter a
     * point sends the word to ICU; so do two points out of canonical order, which ICU reorders and then reads with the
     * letters after them). Then every three-letter word of the basic letters and marks of a script with a mark in it is read by
     * these lines and compared with ICU; where one differs, the pair with a mark most such words hold is marked X, until
     * none differs.
     */
    private static void marks(Transliterator icu, Map<Character, String> kept, StringBuilder out) {
        Map<Character, String> alone = new TreeMap<>(kept);
        Map<Character, Character.UnicodeScript> markScript = new TreeMap<>();
        java.util.Set<Character> beginsWord = new java.util.TreeSet<>();
        for (int r = 0; r < MARKS.length; r++) {
            // A point is read after a letter (ICU leaves one alone unread): after the script's second letter (ب, ב).
            String base = String.valueOf((char) (BASIC[r][0] + (r == 0 ? 7 : 1)));
            String baseRead = kept.get(base.charAt(0));
            for (int c = MARKS[r][0]; c <= MARKS[r][1]; c++) {
                String withBase = icu.transliterate(base + (char) c);
                if (Character.isDefined(c) && !kept.containsKey((char) c) && withBase.startsWith(baseRead)) {
                    markScript.put((char) c, MARK_SCRIPTS[r]);
                    alone.put((char) c, withBase.substring(baseRead.length()));
                    if (icu.transliterate(String.valueOf((char) c)).equals(alone.get((char) c))) {
                        beginsWord.add((char) c);   // Hebrew points: ICU reads one that begins a word as after a letter
                    }
                }
            }
        }
        Map<String, String> after = new TreeMap<>();
        java.util.Set<String> further = new java.util.TreeSet<>();
        List<String> triples = new ArrayList<>();
        for (int r = 0; r < MARKS.length; r++) {
            if (r > 0 && MARK_SCRIPTS[r] == MARK_SCRIPTS[r - 1]) {
                continue;   // the script's pairs and words are made once, with all its marks
            }
            Character.UnicodeScript script = MARK_SCRIPTS[r];
            List<Character> letters = new ArrayList<>();
            List<Character> basic = new ArrayList<>();
            for (char c : kept.keySet()) {
                if (Character.UnicodeScript.of(c) == script) {
                    letters.add(c);
                    if (c >= BASIC[r][0] && c <= BASIC[r][1]) {
                        basic.add(c);
                    }
                }
            }
            List<Character> marks = new ArrayList<>();
            markScript.forEach((m, s) -> {
                if (s == script) {
                    marks.add(m);
                }
            });
            letters.addAll(marks);
            basic.addAll(marks);
            // Points stand beside the basic letters only (ICU's other Arabic letters and marks reorder with them).
            for (char a : basic) {
                for (char b : basic) {
                    if (!markScript.containsKey(a) && !markScript.containsKey(b)) {
                        continue;
                    }
                    if (markScript.containsKey(a) && markScript.containsKey(b)
                            && UCharacter.getCombiningClass(a) > UCharacter.getCombiningClass(b)) {
                        further.add("" + a + b);   // ICU puts them in canonical order, then reads them with the letters after
                        continue;
                    }
                    // A pair that begins with a point is read after the base letter, as a point never begins a word.
                    String before = markScript.containsKey(a) ? String.valueOf((char) (BASIC[r][0] + (r == 0 ? 7 : 1))) : "";
                    String ab = icu.transliterate(before + a + b);
                    String first = markScript.containsKey(a) ? icu.transliterate(before + a) : alone.get(a);
                    if (ab.equals(first + alone.get(b))) {
                        continue;
                    }
                    if (ab.startsWith(first)) {
                        after.put("" + a + b, ab.substring(first.length()));
                    } else {
                        further.add("" + a + b);
                    }
                }
            }
            for (char a : basic) {
                for (char b : basic) {
                    for (char c : basic) {
                        if (markScript.containsKey(a) || markScript.containsKey(b) || markScript.containsKey(c)) {
                            triples.add("" + a + b + c);
                        }
                    }
                }
            }
        }
        // Three-letter words read otherwise: the pair with a mark most of them hold goes to ICU, until none is left.
        List<String> otherwise = new ArrayList<>();
        for (String w : triples) {
            String model = read(w, alone, after, further, markScript, beginsWord);
            if (model != null && !model.equals(icu.transliterate(w))) {
                otherwise.add(w);
            }
        }
        while (!otherwise.isEmpty()) {
            Map<String, Integer> held = new TreeMap<>();
            for (String w : otherwise) {
                for (int i = 0; i < 2; i++) {
                    String pair = w.substring(i, i + 2);
                    if (markScript.containsKey(pair.charAt(0)) || markScript.containsKey(pair.charAt(1))) {
                        held.merge(pair, 1, Integer::sum);
                    }
                }
            }
            if (held.isEmpty()) {
                throw new IllegalStateException("ICU reads " + otherwise.get(0) + " otherwise: ScriptFold must change");
            }
            String most = null;
            for (Map.Entry<String, Integer> e : held.entrySet()) {
                if (most == null || e.getValue() > held.get(most)) {
                    most = e.getKey();
                }
            }
            further.add(most);
            after.remove(most);
            otherwise.removeIf(w -> read(w, alone, after, further, markScript, beginsWord) == null);
        }
        for (String w : triples) {
            String model = read(w, alone, after, further, markScript, beginsWord);
            if (model != null && !model.equals(icu.transliterate(w))) {
                throw new IllegalStateException("ICU reads " + w + " otherwise than the marks' lines: ScriptFold must change");
            }
        }
        out.append("# The vowel points of Arabic and Hebrew: M a point after a letter, its script, 1 where it may begin a word; B the\n")
                .append("# letters a point may stand beside (from, to); P the second letter of a pair with a point where ICU reads it\n")
                .append("# otherwise than alone; X a pair ICU reads otherwise (the word goes to ICU).\n");
        markScript.forEach((m, s) -> out.append("M\t").append(String.format("%04X", (int) m)).append('\t')
                .append(HexTables.units(alone.get(m))).append('\t').append(s.name()).append('\t')
                .append(beginsWord.contains(m) ? '1' : '0').append('\n'));
        for (int r = 0; r < BASIC.length; r++) {
            if (r == 0 || BASIC[r][0] != BASIC[r - 1][0]) {
                out.append("B\t").append(String.format("%04X %04X", BASIC[r][0], BASIC[r][1])).append("\t\n");
            }
        }
        after.forEach((pair, r) -> out.append("P\t").append(String.format("%04X %04X", (int) pair.charAt(0), (int) pair.charAt(1)))
                .append('\t').append(HexTables.units(r)).append('\n'));
        further.forEach(pair -> out.append("X\t").append(String.format("%04X %04X", (int) pair.charAt(0), (int) pair.charAt(1)))
                .append("\t\n"));
    }

    /** A word read as {@link ScriptFold} reads it with these lines: each letter alone, or after the one before. */
    private static String read(String w, Map<Character, String> alone, Map<String, String> after, java.util.Set<String> further,
            Map<Character, Character.UnicodeScript> markScript, java.util.Set<Character> beginsWord) {
        StringBuilder out = new StringBuilder();
        if (markScript.containsKey(w.charAt(0)) && !beginsWord.contains(w.charAt(0))) {
            return null;   // an Arabic point that begins a word: ICU leaves it unread
        }
        for (int i = 0; i < w.length(); i++) {
            String pair = i > 0 ? w.substring(i - 1, i + 1) : null;
            if (pair != null && further.contains(pair)) {
                return null;
            }
            String r = pair != null ? after.get(pair) : null;
            out.append(r != null ? r : alone.get(w.charAt(i)));
        }
        return out.toString();
    }
}
