package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The table-driven reading of alphabets and abjads gives exactly what ICU's rule engine gives, or defers to it. */
class ScriptFoldTest {
    private static final Transliterator ICU = Transliterator.getInstance(Transliterate.ANY_ASCII_ID);

    /** The letters of the committed table. */
    private static final List<Character> LETTERS = tableLetters();

    @Property(tries = 3000)
    void wordsOfTableLettersReadAsIcuReadsThem(@ForAll("tableWords") String word) {
        String fast = ScriptFold.fold(word);
        if (fast != null) {
            assertThat(fast).as(word).isEqualTo(ICU.transliterate(word));
        }
    }

    @Property(tries = 2000)
    void wordsOfAnyLettersOfTheseScriptsReadAsIcuOrDeferToIt(@ForAll("scriptWords") String word) {
        String fast = ScriptFold.fold(word);
        if (fast != null) {
            assertThat(fast).as(word).isEqualTo(ICU.transliterate(word));
        }
    }

    @Test
    void everyTableLetterBetweenEveryOtherOfItsScriptAsIcu() {
        // Three-letter words: the letter between each pair of its script's letters (a sample of them: all pairs
        // are what the generator checked; here a letter's context on both sides at once).
        java.util.Random random = new java.util.Random(11);
        for (char c : LETTERS) {
            for (int k = 0; k < 40; k++) {
                char a = LETTERS.get(random.nextInt(LETTERS.size()));
                char b = LETTERS.get(random.nextInt(LETTERS.size()));
                String word = "" + a + c + b;
                String fast = ScriptFold.fold(word);
                if (fast != null) {
                    assertThat(fast).as("U+%04X in %s", (int) c, word).isEqualTo(ICU.transliterate(word));
                }
            }
        }
    }

    @Test
    void pointedArabicAndHebrewWordsReadAsIcu() {
        // Words of the table's Arabic or Hebrew letters with vowel points (harakat, shadda, sukun; niqqud, dagesh, shin
        // and sin dots) after letters, now and then two together or one first.
        java.util.Random random = new java.util.Random(3);
        List<Character> arabic = new ArrayList<>();
        List<Character> hebrew = new ArrayList<>();
        for (char c : LETTERS) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && c <= 0x064A) {
                arabic.add(c);
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HEBREW && c >= 0x05D0) {
                hebrew.add(c);
            }
        }
        String arabicPoints = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652";
        String hebrewPoints = "\u05B0\u05B1\u05B2\u05B3\u05B4\u05B5\u05B6\u05B7\u05B8\u05B9\u05BA\u05BB\u05BC\u05C1\u05C2";
        int read = 0;
        int words = 6000;
        for (int k = 0; k < words; k++) {
            boolean isArabic = random.nextBoolean();
            List<Character> letters = isArabic ? arabic : hebrew;
            String points = isArabic ? arabicPoints : hebrewPoints;
            StringBuilder w = new StringBuilder();
            if (random.nextInt(10) == 0) {
                w.append(points.charAt(random.nextInt(points.length())));
            }
            int n = 1 + random.nextInt(7);
            for (int i = 0; i < n; i++) {
                w.append(letters.get(random.nextInt(letters.size())));
                int marks = random.nextInt(3) == 0 ? 1 + random.nextInt(random.nextInt(5) == 0 ? 2 : 1) : 0;
                for (int m = 0; m < marks; m++) {
                    w.append(points.charAt(random.nextInt(points.length())));
                }
            }
            String word = w.toString();
            String fast = ScriptFold.fold(word);
            if (fast != null) {
                read++;
                assertThat(fast).as(word).isEqualTo(ICU.transliterate(word));
            }
        }
        assertThat(read).as("pointed words the table reads").isGreaterThan(words / 3);
        for (String name : new String[] {"مُنذر", "فوّاز", "عبّاس", "الرّحمن", "سيّد", "مُتولي", "ַבאסי", "בניַ", "שושנַ", "דָּוִד"}) {
            String fast = ScriptFold.fold(name);
            if (fast != null) {
                assertThat(fast).as(name).isEqualTo(ICU.transliterate(name));
            }
        }
        assertThat(ScriptFold.fold("مُنذر")).isEqualTo(ICU.transliterate("مُنذر"));
        assertThat(ScriptFold.fold("فوّاز")).isEqualTo(ICU.transliterate("فوّاز"));
        assertThat(ScriptFold.fold("ַבאסי")).isEqualTo(ICU.transliterate("ַבאסי"));
        assertThat(ScriptFold.fold("\u064Eب")).as("an Arabic point that begins a word: ICU leaves it unread").isNull();
    }

    @Test
    void wordsMixingHebrewAndArabicLettersReadAsIcu() {
        java.util.Random random = new java.util.Random(8);
        List<Character> hebrew = new ArrayList<>();
        List<Character> arabic = new ArrayList<>();
        for (char c : LETTERS) {
            (Character.UnicodeScript.of(c) == Character.UnicodeScript.HEBREW ? hebrew
                    : Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC ? arabic : new ArrayList<Character>()).add(c);
        }
        int read = 0;
        for (int k = 0; k < 3000; k++) {
            StringBuilder w = new StringBuilder();
            int n = 2 + random.nextInt(7);
            for (int i = 0; i < n; i++) {
                List<Character> letters = random.nextBoolean() ? hebrew : arabic;
                w.append(letters.get(random.nextInt(letters.size())));
                if (random.nextInt(12) == 0) {
                    w.append(random.nextBoolean() ? '\u05B7' : '\u064E');   // a point: such a word goes to ICU
                }
            }
            String word = w.toString();
            String fast = ScriptFold.fold(word);
            if (fast != null) {
                read++;
                assertThat(fast).as(word).isEqualTo(ICU.transliterate(word));
            }
        }
        assertThat(read).isGreaterThan(1500);
        for (String word : new String[] {"جורج", "جוד", "جנא", "חוجיראת"}) {
            assertThat(ScriptFold.fold(word)).as(word).isNotNull().isEqualTo(ICU.transliterate(word));
        }
        assertThat(ScriptFold.fold("جוַד")).as("a point in a word of two scripts").isNull();
    }

    @Test
    void wordsPartedByHyphensStopsAndApostrophesReadAsIcu() {
        // Parts of table letters of one script each (Devanagari and basic Cyrillic too), between and around the marks
        // ICU reads as word boundaries.
        java.util.Random random = new java.util.Random(5);
        List<List<Character>> scripts = new ArrayList<>(scripts());
        scripts.add(DevanagariFoldTableGenerator.letters());
        List<Character> cyrillic = new ArrayList<>();
        for (char c = CyrillicFold.FIRST; c <= CyrillicFold.LAST; c++) {
            cyrillic.add(c);
        }
        scripts.add(cyrillic);
        String marks = "()-.'\u2019\uFFFD";
        int read = 0;
        for (int k = 0; k < 4000; k++) {
            StringBuilder w = new StringBuilder();
            int parts = 1 + random.nextInt(3);
            List<Character> letters = scripts.get(random.nextInt(scripts.size()));
            for (int p = 0; p < parts; p++) {
                if (p > 0 || random.nextInt(4) == 0) {
                    w.append(marks.charAt(random.nextInt(marks.length())));
                }
                if (random.nextInt(3) == 0) {
                    letters = scripts.get(random.nextInt(scripts.size()));
                }
                int n = 1 + random.nextInt(6);
                for (int i = 0; i < n; i++) {
                    w.append(letters.get(random.nextInt(letters.size())));
                }
            }
            if (random.nextInt(4) == 0) {
                w.append(marks.charAt(random.nextInt(marks.length())));
            }
            String word = w.toString();
            String fast = ScriptFold.fold(word);
            if (fast != null) {
                read++;
                assertThat(fast).as(word).isEqualTo(ICU.transliterate(word));
            }
        }
        assertThat(read).isGreaterThan(1000);
        assertThat(ScriptFold.fold("белоконска-вражалска")).isEqualTo(ICU.transliterate("белоконска-вражалска"));
        assertThat(ScriptFold.fold("мар’яна")).isEqualTo("mar'yana");
        assertThat(ScriptFold.fold("ʼёк")).as("the modifier apostrophe is a letter to ICU").isNull();
        assertThat(ScriptFold.fold("(क्षेत्री)")).isEqualTo(ICU.transliterate("(क्षेत्री)"));
        assertThat(ScriptFold.fold("ג'ורג'")).isEqualTo(ICU.transliterate("ג'ורג'"));
        assertThat(ScriptFold.fold("-")).isNull();
        assertThat(ScriptFold.fold("ل\uFFFD\uFFFD")).as("a list decoded with the wrong charset")
                .isEqualTo(ICU.transliterate("ل\uFFFD\uFFFD")).isEqualTo("l\uFFFD\uFFFD");
        assertThat(ScriptFold.fold("\uFFFD")).isNull();
    }

    @Test
    void arabicWordsStretchedByTatweelsReadAsIcu() {
        // Words of the table's Arabic letters with tatweels between, before and after letters, now and then a point.
        java.util.Random random = new java.util.Random(13);
        List<Character> arabic = new ArrayList<>();
        for (char c : LETTERS) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                arabic.add(c);
            }
        }
        String points = "\u064B\u064E\u064F\u0650\u0651\u0652";
        int read = 0;
        int words = 4000;
        for (int k = 0; k < words; k++) {
            StringBuilder w = new StringBuilder();
            int n = 1 + random.nextInt(7);
            for (int i = 0; i < n; i++) {
                if (random.nextInt(3) == 0) {
                    w.append(ScriptFold.TATWEEL);
                }
                w.append(arabic.get(random.nextInt(arabic.size())));
                if (random.nextInt(8) == 0) {
                    w.append(points.charAt(random.nextInt(points.length())));
                }
            }
            if (random.nextInt(4) == 0) {
                w.append(ScriptFold.TATWEEL);
            }
            String word = w.toString();
            String fast = ScriptFold.fold(word);
            if (fast != null) {
                read++;
                assertThat(fast).as(word).isEqualTo(ICU.transliterate(word));
            }
        }
        assertThat(read).as("stretched words the table reads").isGreaterThan(words / 3);
        for (String name : new String[] {"شعبـان", "سليــوة", "العانــي", "محمـد"}) {
            assertThat(ScriptFold.fold(name)).as(name).isNotNull().isEqualTo(ICU.transliterate(name))
                    .isEqualTo(ScriptFold.fold(name.replace("\u0640", "")));
        }
        assertThat(ScriptFold.fold("\u0640")).as("alone, ICU leaves it").isNull();
        assertThat(ScriptFold.fold("א\u0640ב")).as("between Hebrew letters, ICU leaves it").isNull();
        assertThat(ScriptFold.fold("م\u0640\u064F")).as("beside a point: ICU's").isNull();
    }

    @Test
    void theCommittedTableIsWhatIcuGives() {
        CommittedTables.assertIsGenerated("script-fold.tsv", ScriptFoldTableGenerator.table(), ScriptFoldTableGenerator.class);
    }

    @Test
    void readsCommonNamesAndDefersWhereNeighboursMatter() {
        assertThat(ScriptFold.fold("محمد")).isEqualTo(ICU.transliterate("محمد"));
        assertThat(ScriptFold.fold("דוד")).isEqualTo("dwd");
        assertThat(ScriptFold.fold("მიხეილ")).isEqualTo(ICU.transliterate("მიხეილ"));
        assertThat(ScriptFold.fold("иван")).isEqualTo("ivan");
        // "е" after "е" in BGN/PCGN depends on the letter before: read by CyrillicFold's triples, as ICU reads it.
        assertThat(ScriptFold.fold("сергеевич")).isEqualTo(ICU.transliterate("сергеевич")).isEqualTo("sergeyevich");
        assertThat(ScriptFold.fold("ivan")).as("Latin is LatinFold's").isNull();
        assertThat(ScriptFold.fold("иванדוד")).as("two scripts").isNull();
        assertThat(ScriptFold.fold("جוד")).as("Hebrew and Arabic: ICU reads each run apart").isEqualTo(ICU.transliterate("جוד"));
        assertThat(ScriptFold.fold("")).isNull();
    }

    @Test
    void theStepReadsWordsAsIcuWithOrWithoutTheTable() {
        // Through the pipeline's step, a name mixing table words, ICU words and Latin words reads as ICU reads it.
        String name = "محمد сергеевич дוד иван ivanov";
        StringBuilder icu = new StringBuilder();
        for (String w : name.split(" ")) {
            icu.append(icu.length() == 0 ? "" : " ").append(ICU.transliterate(w));
        }
        assertThat(new Transliterate().apply(name, null)).isEqualTo(Transliterate.stripMarks(icu.toString()));
    }

    @Provide
    Arbitrary<String> tableWords() {
        // Letters of one script of the table at a time, as words are.
        return Arbitraries.of(scripts()).flatMap(letters -> Arbitraries.of(letters).list().ofMinSize(1).ofMaxSize(12)
                .map(ScriptFoldTest::join));
    }

    @Provide
    Arbitrary<String> scriptWords() {
        Arbitrary<Character> any = Arbitraries.oneOf(
                Arbitraries.chars().range('\u0370', '\u03FF'), Arbitraries.chars().range('\u0400', '\u052F'),
                Arbitraries.chars().range('\u0530', '\u058F'), Arbitraries.chars().range('\u0590', '\u05FF'),
                Arbitraries.chars().range('\u0600', '\u06FF'), Arbitraries.chars().range('\u10A0', '\u10FF'));
        return any.list().ofMinSize(1).ofMaxSize(10).map(ScriptFoldTest::join);
    }

    private static List<List<Character>> scripts() {
        java.util.Map<Character.UnicodeScript, List<Character>> by = new java.util.LinkedHashMap<>();
        for (char c : LETTERS) {
            by.computeIfAbsent(Character.UnicodeScript.of(c), k -> new ArrayList<>()).add(c);
        }
        return new ArrayList<>(by.values());
    }

    private static String join(List<Character> letters) {
        StringBuilder sb = new StringBuilder();
        letters.forEach(sb::append);
        return sb.toString();
    }

    private static List<Character> tableLetters() {
        List<Character> out = new ArrayList<>();
        for (String[] row : HexTables.read("script-fold.tsv")) {
            if (row[0].length() != 4) {
                continue;   // the points' lines (M, P, X)
            }
            out.add((char) Integer.parseInt(row[0], 16));
        }
        return out;
    }
}
